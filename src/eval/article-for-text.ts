// A minimal Article for a bare sentence from an evaluation suite (no HTML, dateline or metadata).
import { createHash } from "node:crypto";
import type { Article } from "../text/article.js";

export function articleForText(text: string, date: string | null, source: string): Article {
  const hash = createHash("sha256").update(text).digest("hex");
  return {
    id: hash.slice(0, 12),
    hash,
    text,
    title: null,
    byline: null,
    url: null,
    source,
    publisher: null,
    // Suites without dates (PLOVER GSR uses a placeholder) still need a reference date; 2000-01-01 is theirs.
    date: date ?? "2000-01-01",
    dateOrigin: date ? "option" : "ingest",
    dateline: null,
    bodyStart: 0,
    meta: {},
  };
}
