// Public entry of event coding: load the lexicon, ontology and frame cues once, then code documents.
import type { Lexicon } from "./lexicon-types.js";
import { builtInOntology } from "./ontology.js";
import { loadFrameCues } from "./cues.js";
import { createEventCoder, type EventCoder } from "./coder.js";
import { UserError } from "../errors.js";

export type { EventCoder } from "./coder.js";
export { createEventCoder } from "./coder.js";

export interface CoderOptions {
  /** Verb dictionaries replacing the built-in lexicon (imported PETRARCH files or parley's own). */
  verbs?: string[];
  /** A lexicon already in memory (tests, the eval harness); wins over `verbs`. */
  lexicon?: Lexicon;
  /** Frame cue file replacing data/events/frame-cues.json. */
  cues?: string;
}

export async function loadEventCoder(opts: CoderOptions = {}): Promise<EventCoder> {
  const lexicon = opts.lexicon ?? await loadLexiconFrom(opts.verbs);
  return createEventCoder({ lexicon, ontology: builtInOntology(), cues: loadFrameCues(opts.cues) });
}

// The lexicon loader (src/events/lexicon.ts, `loadLexicon(paths?)`) is built on another branch; it is
// imported by name at run time so this module compiles before that branch is merged.
async function loadLexiconFrom(paths?: string[]): Promise<Lexicon> {
  const spec = "./lexicon.js";
  let mod: { loadLexicon?: (paths?: string[]) => Lexicon | Promise<Lexicon> };
  try {
    mod = await import(spec);
  } catch {
    throw new UserError("parley: the verb lexicon loader (src/events/lexicon.ts) is not available in this build");
  }
  if (!mod.loadLexicon) throw new UserError("parley: src/events/lexicon.ts exports no loadLexicon");
  return mod.loadLexicon(paths);
}
