// Public entry of event coding: load the lexicon, ontology and frame cues once, then code documents.
import type { Lexicon } from "./lexicon-types.js";
import { builtInOntology, type Ontology } from "./ontology.js";
import { loadFrameCues, type FrameCues } from "../clauses/cues.js";
import { loadLexicon } from "./lexicon.js";
import { conventionsFor, conventionsNamed, type CodingConventions } from "./conventions.js";

export type { EventCoder, CoderResources } from "./coder.js";
export { createEventCoder, lexiconLemmas } from "./coder.js";
export { conventionsNamed, conventionsFor, BUILTIN, PETRARCH, type CodingConventions } from "./conventions.js";

export interface CoderOptions {
  /** Verb dictionaries replacing the built-in lexicon (imported PETRARCH files or parley's own). */
  verbs?: string[];
  /** A lexicon already in memory (tests, the eval harness); wins over `verbs`. */
  lexicon?: Lexicon;
  /** Frame cue file replacing data/events/frame-cues.json. */
  cues?: string;
  /** "builtin" or "petrarch" (default: petrarch for imported PETRARCH/TABARI dictionaries, else builtin). */
  conventions?: string;
}

export interface EventResources {
  lexicon: Lexicon;
  ontology: Ontology;
  cues: FrameCues;
  conventions: CodingConventions;
}

export async function loadEventResources(opts: CoderOptions = {}): Promise<EventResources> {
  const lexicon = opts.lexicon ?? loadLexicon(opts.verbs);
  const conventions = opts.conventions ? conventionsNamed(opts.conventions) : conventionsFor(lexicon);
  return { lexicon, ontology: builtInOntology(), cues: loadFrameCues(opts.cues), conventions };
}
