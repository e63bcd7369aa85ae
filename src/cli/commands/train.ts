// `parley train …`: the project's own training code, producing the files under models/.
import type { Command } from "commander";
import type { RegisterCommand } from "./index.js";
import { registerTrainNer } from "./train-ner.js";

/** Each trainable component registers itself as a subcommand of `train` (syntax, ner). */
export const trainSubcommands: RegisterCommand[] = [
  registerTrainNer,
];

export function register(program: Command): void {
  const tr = program.command("train").description("train parley's models from ../shared/corpora");
  for (const sub of trainSubcommands) sub(tr);
}
