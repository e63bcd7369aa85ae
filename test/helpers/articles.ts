// Test helpers: build Articles directly and feed them to runIngest without touching real sources.
import { createHash } from "node:crypto";
import type { Article } from "../../src/text/article.js";
import type { IngestItem } from "../../src/ingest/types.js";
import type { SourceReader } from "../../src/ingest-run.js";
import { SourceError } from "../../src/errors.js";

export function makeArticle(text: string, over: Partial<Article> = {}): Article {
  const hash = createHash("sha256").update(text).digest("hex");
  return {
    id: hash.slice(0, 12), hash, text, title: null, byline: null, url: null, source: "test.txt",
    publisher: null, date: "2024-05-08", dateOrigin: "option", dateline: null, bodyStart: 0, meta: {}, ...over,
  };
}

/** A SourceReader that yields prepared items, ignoring the source arguments. */
export function listReader(items: (Article | SourceError)[]): SourceReader {
  return async function* () {
    for (const it of items) {
      yield (it instanceof SourceError ? { ok: false, error: it } : { ok: true, article: it }) as IngestItem;
    }
  };
}

export const SAMPLE_TEXTS = [
  "Doha: Israel met Qatar on Monday. Hamas rejected Israel's proposal. Blinken urged Netanyahu to agree.",
  "Israel attacked Hamas in Rafah. 12 killed in the strike, officials said.",
  "Egypt urged Hamas to accept. Qatar met Egypt in Cairo.",
];
