// Public entry of the syntactic core (issue 3 fills this in).
import type { Doc } from "../text/doc.js";

export interface NlpOptions {
  /** Folder holding the trained models (default: the package's models/). */
  modelsDir?: string;
}

/** Runs tokenizer, sentence splitter, tagger, lemmatizer, parser and NER over one text. */
export interface Nlp {
  /** Analyse `text`, starting at `bodyStart` (after a stripped dateline). */
  process(text: string, bodyStart?: number): Doc;
}

export async function loadNlp(_opts: NlpOptions = {}): Promise<Nlp> {
  throw new Error("parley: the NLP pipeline is not built yet (issue 3)");
}
