// `parley eval …`: scorers for the models and for the external event-coding suites.
import type { Command } from "commander";
import type { CliDeps } from "../deps.js";
import type { RegisterCommand } from "./index.js";
import { registerEvalUd } from "./eval-ud.js";
import { registerEvalNer } from "./eval-ner.js";
import { register as registerPetrarch } from "./eval-petrarch.js";
import { register as registerPlover } from "./eval-plover.js";
import { register as registerEvents } from "./eval-events.js";
import { register as registerFigures } from "./eval-figures.js";
import { register as registerClusters } from "./eval-clusters.js";
import { register as registerNegotiations } from "./eval-negotiations.js";
import { withExamples } from "../help.js";

/** Each scorer registers itself as a subcommand of `eval` (ud, ner, petrarch, plover, events, figures, clusters, negotiations). */
export const evalSubcommands: RegisterCommand[] = [
  registerEvalUd,
  registerEvalNer,
  registerPetrarch,
  registerPlover,
  registerEvents,
  registerFigures,
  registerClusters,
  registerNegotiations,
];

export function register(program: Command, deps?: CliDeps): void {
  const ev = program.command("eval").description("score parley against gold data (UD, NER, PETRARCH, PLOVER, sentence-level gold events, figures, event clusters, negotiations)");
  for (const sub of evalSubcommands) sub(ev, deps);
  withExamples(ev, [
    ["parley eval ner --help", "how one scorer works"],
    ["PARLEY_SHARED=/data/shared parley eval events /data/shared/eval/voa-dev/voa_gold_dev.jsonl --half even", "gold data kept elsewhere"],
  ]);
}
