// `parley eval …`: scorers for the models and for the external event-coding suites.
import type { Command } from "commander";
import type { RegisterCommand } from "./index.js";
import { registerEvalUd } from "./eval-ud.js";
import { registerEvalNer } from "./eval-ner.js";
import { register as registerPetrarch } from "./eval-petrarch.js";
import { register as registerPlover } from "./eval-plover.js";
import { withExamples } from "../help.js";

/** Each scorer registers itself as a subcommand of `eval` (ud, ner, petrarch, plover). */
export const evalSubcommands: RegisterCommand[] = [
  registerEvalUd,
  registerEvalNer,
  registerPetrarch,
  registerPlover,
];

export function register(program: Command): void {
  const ev = program.command("eval").description("score parley against gold data (UD, NER, PETRARCH, PLOVER)");
  for (const sub of evalSubcommands) sub(ev);
  withExamples(ev, [
    ["parley eval ner --help", "how one scorer works"],
    ["PARLEY_SHARED=/data/shared parley eval plover /data/shared/eval/plover-gsr/PLOVER_GSR_dev.jsonl", "gold data kept elsewhere"],
  ]);
}
