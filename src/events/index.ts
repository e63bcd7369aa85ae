// Public entry of event coding: load the lexicon, ontology and frame cues once, then code documents.
import type { Lexicon } from "./lexicon-types.js";
import { builtInOntology } from "./ontology.js";
import { loadFrameCues } from "./cues.js";
import { createEventCoder, type EventCoder } from "./coder.js";
import { loadLexicon } from "./lexicon.js";
import { loadVerificationCues } from "../facts/verification.js";

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
  const lexicon = opts.lexicon ?? loadLexicon(opts.verbs);
  return createEventCoder({ lexicon, ontology: builtInOntology(), cues: loadFrameCues(opts.cues), verification: loadVerificationCues() });
}
