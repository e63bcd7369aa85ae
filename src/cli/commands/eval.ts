// `parley eval …`: scorers for the models and for the external event-coding suites.
import type { Command } from "commander";
import type { RegisterCommand } from "./index.js";
import { registerEvalUd } from "./eval-ud.js";
import { registerEvalNer } from "./eval-ner.js";
import { register as registerPetrarch } from "./eval-petrarch.js";
import { register as registerPlover } from "./eval-plover.js";
import { register as registerFigures } from "./eval-figures.js";

/** Each scorer registers itself as a subcommand of `eval` (ud, ner, petrarch, plover, figures). */
export const evalSubcommands: RegisterCommand[] = [
  registerEvalUd,
  registerEvalNer,
  registerPetrarch,
  registerPlover,
  registerFigures,
];

export function register(program: Command): void {
  const ev = program.command("eval").description("score parley against gold data (UD, NER, PETRARCH, PLOVER, figures)");
  for (const sub of evalSubcommands) sub(ev);
}
