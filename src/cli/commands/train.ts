// `parley train …`: the project's own training code, producing the files under models/.
// With no subcommand, every registered trainer runs in order (syntax first; NER may use its parses).
import type { Command } from "commander";
import type { RegisterCommand } from "./index.js";
import { registerTrainSyntax } from "./train-syntax.js";
import { registerTrainNer } from "./train-ner.js";
import { registerTrainClusters } from "./train-clusters.js";
import { withExamples } from "../help.js";

/** Each trainable component registers itself as a subcommand of `train` (syntax, clusters, ner). */
export const trainSubcommands: RegisterCommand[] = [registerTrainSyntax, registerTrainClusters, registerTrainNer];

export function register(program: Command): void {
  const tr = program.command("train").description("train parley's models from ../shared/corpora (all of them when no subcommand is given)");
  for (const sub of trainSubcommands) sub(tr);
  withExamples(tr, [
    ["nice parley train", "every model, syntax first (npm run train does the same)"],
    ["PARLEY_SHARED=/data/shared parley train ner", "training data kept elsewhere"],
  ]);
  tr.action(async () => {
    for (const sub of tr.commands) {
      console.error(`== parley train ${sub.name()}`);
      await sub.parseAsync([], { from: "user" });
    }
  });
}
