// The evidence every exported event carries: where in which article it was read.
import type { StoredEvent } from "../store/events-read.js";

export interface Evidence {
  article: string;
  start: number;
  end: number;
  sentence: number;
  text: string;
}

/** Anything stored with an evidence sentence: events, figures. */
export type WithEvidence = Pick<StoredEvent, "articleId" | "evidence" | "sentence" | "sentenceText">;

export function evidenceOf(e: WithEvidence): Evidence {
  return { article: e.articleId, start: e.evidence.start, end: e.evidence.end, sentence: e.sentence, text: e.sentenceText };
}

/** A locator for the evidence in URL form: RFC 5147 `#char=start,end` on the article's URL. */
export function evidenceUrl(e: WithEvidence & { article: { url: string | null } }): string {
  const base = e.article.url ?? `parley:article/${encodeURIComponent(e.articleId)}`;
  return `${base.split("#")[0]}#char=${e.evidence.start},${e.evidence.end}`;
}
