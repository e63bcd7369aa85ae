// From a draft (text + what the source said about it) to an Article: dateline, reference date,
// hash and id. The text is kept exactly as drafted; only the hash sees a normalised form.
import { SourceError } from "../errors.js";
import type { Article } from "../text/article.js";
import type { Draft } from "./types.js";
import { findDateline } from "./dateline.js";
import { parseMetaDate, referenceDate } from "./refdate.js";
import { shortId, textHash } from "./hash.js";
import { cleanTitle } from "./title.js";

export interface BuildContext {
  /** --date, already validated. */
  date?: string;
  now: () => Date;
}

export function buildArticle(draft: Draft, ctx: BuildContext): Article {
  const text = draft.text;
  if (!text.trim()) throw new SourceError(draft.source, "no text in it");
  // Whatever the source (a JSON string's \u0000, a UTF-16 file, a feed), text with a NUL in it is not stored.
  const nul = text.indexOf("\0");
  if (nul !== -1) throw new SourceError(draft.source, `has a NUL character (line ${text.slice(0, nul).split("\n").length}): binary data, not text`);
  const found = findDateline(text);
  const meta: Record<string, unknown> = { ...(draft.meta ?? {}) };
  const lineDate = draft.date ? null : headerDate(text);
  if (lineDate) meta.dateFrom = "date line";
  const metaDate = parseMetaDate(draft.date ?? null) ?? lineDate;
  // A date we cannot read is kept for the record but does not decide anything.
  if (draft.date && !metaDate) meta.unreadableDate = draft.date;
  const ref = referenceDate({ option: ctx.date, metadata: metaDate, dateline: found?.dateline, now: ctx.now() });
  const hash = textHash(text);
  return {
    id: draft.id ?? shortId(hash),
    hash,
    text,
    title: cleanTitle(draft.title),
    byline: draft.byline ?? null,
    url: draft.url ?? null,
    source: draft.source,
    publisher: draft.publisher ?? found?.dateline.agency ?? null,
    date: ref.date,
    dateOrigin: ref.origin,
    dateline: found?.dateline ?? null,
    bodyStart: found?.bodyStart ?? 0,
    meta,
  };
}

const WEEKDAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
const DATE_LINE = new RegExp(`^(?:${WEEKDAY},?\\s+)?(?:[A-Z][a-z]+\\.?\\s+\\d{1,2},\\s+\\d{4}|\\d{1,2}\\s+[A-Z][a-z]+\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})$`);

const WEEKDAY_DATE = new RegExp(`\\b${WEEKDAY},\\s+[A-Z][a-z]+\\.?\\s+\\d{1,2},\\s+\\d{4}\\b`);

/** The patterns built from strings, for the regular-expression audit (scripts/audit-regex.mjs). */
export const DATE_LINE_PATTERNS = { DATE_LINE, WEEKDAY_DATE };

/**
 * A publication date written in the article's head: a line among the first three that is nothing
 * but a date, or a full "Friday, July 21, 2017" (weekday included) in the first 300 characters.
 */
function headerDate(text: string): string | null {
  const lines = text.slice(0, 600).split("\n").map((l) => l.trim()).filter(Boolean).slice(0, 3);
  for (const line of lines) if (DATE_LINE.test(line)) return parseMetaDate(line);
  const m = WEEKDAY_DATE.exec(text.slice(0, 300));
  return m ? parseMetaDate(m[0]) : null;
}
