// Fuzz targets as plain functions of a string, for callBounded (a worker thread under a time limit).
import { Doc } from "../../src/text/doc.js";
import { tokenize } from "../../src/nlp/tokenizer.js";

export function tokenizeText(text: string): number {
  const d = new Doc(text);
  tokenize(d);
  return d.tokens.length;
}
