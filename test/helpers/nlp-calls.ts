// Plain-argument wrappers over the tokenizer and sentence splitter, so a worker (test/helpers/time-bound.ts)
// can run them on a string.
import { Doc } from "../../src/text/doc.js";
import { tokenize } from "../../src/nlp/tokenizer.js";
import { splitSentences } from "../../src/nlp/sentences.js";

export function tokenizeText(text: string): number {
  const doc = new Doc(text, 0);
  tokenize(doc);
  return doc.tokens.length;
}

/** Token counts of the sentences of `text`. */
export function sentenceLengths(text: string): number[] {
  const doc = new Doc(text, 0);
  tokenize(doc);
  splitSentences(doc);
  return doc.sentences.map((s) => s.tokenEnd - s.tokenStart);
}
