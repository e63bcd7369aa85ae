// Builds Docs and Articles for actor tests with the project's tokenizer and sentence splitter
// (no tagger, parser or NER: the resolver must work on tokens alone).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Doc } from "../../src/text/doc.js";
import type { Article } from "../../src/text/article.js";
import { tokenize } from "../../src/nlp/tokenizer.js";
import { splitSentences } from "../../src/nlp/sentences.js";
import { examplesDir } from "../../src/paths.js";

export function docOf(text: string): Doc {
  const doc = new Doc(text);
  tokenize(doc);
  splitSentences(doc);
  return doc;
}

export function articleOf(text: string, date: string): Article {
  return {
    id: "t", hash: "t", text, title: null, byline: null, url: null, source: "test", publisher: null,
    date, dateOrigin: "option", dateline: null, bodyStart: 0, meta: {},
  };
}

/** A seed article from examples/, dated by its file name. */
export function seed(file: string): { doc: Doc; article: Article } {
  const text = readFileSync(join(examplesDir, file), "utf8");
  return { doc: docOf(text), article: articleOf(text, file.slice(0, 10)) };
}
