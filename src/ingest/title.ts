// A title must be the headline only: not the date line that Wikinews-style texts put after it
// ("… founder Hugh McGuire Sunday, May 28, 2006"), not a line that is only a date, and not the
// dateline of the body ("GAZA CITY (AP) — Israeli strikes …").
import { findDateline } from "./dateline.js";

const WEEKDAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
const MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const DATE = `(?:${WEEKDAY},?\\s+)?(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})`;
const ONLY_DATE = new RegExp(`^${DATE}$`);
// Only from the start of a run of separators: from each place inside one it was quadratic.
const TRAILING_DATE = new RegExp(`(?<![\\s,|–—-])[\\s,|–—-]+${DATE}$`);

/** The patterns built from strings, for the regular-expression audit (scripts/audit-regex.mjs). */
export const TITLE_PATTERNS = { ONLY_DATE, TRAILING_DATE };

/** The headline part of a title, or null when nothing of a headline is left. */
export function cleanTitle(title: string | null | undefined): string | null {
  let t = (title ?? "").replace(/\s+/g, " ").trim();
  if (ONLY_DATE.test(t)) return null;
  t = t.replace(TRAILING_DATE, "").trim();
  const dateline = findDateline(t);
  if (dateline) t = t.slice(dateline.bodyStart).trim();
  return t === "" ? null : t;
}
