// Text → Doc with tokens and sentences: the first two stages of the pipeline, for callers that
// need no tagging or parsing (and for the pipeline itself to start from).
import { Doc } from "../text/doc.js";
import { tokenize } from "./tokenizer.js";
import { splitSentences } from "./sentences.js";

/** Tokenize `text` from `bodyStart` (after a stripped dateline) and split it into sentences. */
export function segment(text: string, bodyStart = 0): Doc {
  const doc = new Doc(text, bodyStart);
  tokenize(doc);
  splitSentences(doc);
  return doc;
}
