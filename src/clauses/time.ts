// Event dates: a clause's time expression resolved against the article's reference date with
// chrono-node, wrapped so that past-tense clauses land in the past and plans in the future,
// with weeks and bare months kept as ranges.
import { createRequire } from "node:module";

type ChronoEnglish = typeof import("chrono-node/en");
let english: ChronoEnglish | undefined;
/** chrono's English parsers, loaded on first use: the package's root loads every locale (about 900 modules), which every command paid at start-up. */
const chrono = (): ChronoEnglish => (english ??= createRequire(import.meta.url)("chrono-node/en") as ChronoEnglish);

/**
 * Which way an ambiguous date leans: a past-tense clause back, a plan forward, a hypothetical nowhere
 * (chrono's own reading: the nearest such date).
 */
export type TimePreference = "past" | "future" | "nearest";

export interface ResolvedTime {
  date: string;
  /** Last day of a range ("last week", "in November"), else null. */
  dateEnd: string | null;
  /** The words the date came from ("on Wednesday", "last week"). */
  text: string;
}

const DAY = 86_400_000;
// chrono is thorough but slow; text without a digit or a calendar word cannot hold a date
const MAYBE_DATE = /\d|\b(mon|tues|wednes|thurs|fri|satur|sun)day|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(today|tonight|yesterday|tomorrow|week|month|year|ago|weekend|morning|evening|night|afternoon|noon|midnight|now)\b/i;
const WEEK_RE = /\b(last|past|previous|this|next|coming)\s+week\b/i;
// "4-1/2 months", "a 4 1/2-month truce", "1/2 hour": a fraction of a duration, which chrono reads as a day and month
const SLASH_PAIR = /^\d{1,2}\/\d{1,2}$/;
const WHOLE_BEFORE = /\d\s*[- ]\s*$/;
const UNIT_AFTER = /^\s*-?\s*(?:minute|hour|day|week|month|year)s?\b/i;

/** Whether chrono's match `words` at `at` in `text` is the fraction of an amount ("4-1/2 months") rather than a date. */
export function isFractionOfAmount(text: string, at: number, words: string): boolean {
  if (!SLASH_PAIR.test(words)) return false;
  return WHOLE_BEFORE.test(text.slice(Math.max(0, at - 4), at)) || UNIT_AFTER.test(text.slice(at + words.length, at + words.length + 12));
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function noon(isoDate: string): Date {
  return new Date(`${isoDate}T12:00:00Z`);
}

/** Monday of the week containing d (ISO weeks, UTC). */
function monday(d: Date): Date {
  return new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY);
}

/**
 * Resolve the first time expression in `text` against `referenceDate` (YYYY-MM-DD).
 * Returns null when `text` holds no date (a bare time of day does not count).
 */
export function resolveTimeExpression(text: string, referenceDate: string, prefer: TimePreference): ResolvedTime | null {
  const ref = noon(referenceDate);
  const week = WEEK_RE.exec(text);
  if (week) {
    const which = week[1].toLowerCase();
    const shift = which === "this" ? 0 : which === "next" || which === "coming" ? 7 : -7;
    const start = new Date(monday(ref).getTime() + shift * DAY);
    return { date: iso(start), dateEnd: iso(new Date(start.getTime() + 6 * DAY)), text: week[0] };
  }
  if (!MAYBE_DATE.test(text)) return null;
  const results = chrono().parse(text, { instant: ref, timezone: 0 }, { forwardDate: prefer === "future" });
  for (const r of results) {
    const c = r.start;
    if (isFractionOfAmount(text, r.index, r.text)) continue;
    const dated = c.isCertain("day") || c.isCertain("weekday") || c.isCertain("month")
      || /\b(today|yesterday|tomorrow|tonight|ago)\b/i.test(r.text);
    if (!dated) continue;
    let d = c.date();
    if (prefer === "past" && d.getTime() > ref.getTime() + DAY / 2) {
      // "October 7" told in 2024 about the past is 2023; "Wednesday" told on a Tuesday is last week's
      if (c.isCertain("month") && !c.isCertain("year")) d = new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate(), 12));
      else if (c.isCertain("weekday") && !c.isCertain("day")) d = new Date(d.getTime() - 7 * DAY);
    } else if (prefer === "future" && d.getTime() < ref.getTime() - DAY / 2 && c.isCertain("weekday") && !c.isCertain("day")) {
      d = new Date(d.getTime() + 7 * DAY);
    }
    // a bare month ("in November") is the whole month
    if (c.isCertain("month") && !c.isCertain("day") && !c.isCertain("weekday")) {
      const first = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1, 12));
      const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0, 12));
      return { date: iso(first), dateEnd: iso(last), text: r.text };
    }
    let dateEnd: string | null = null;
    if (r.end && (r.end.isCertain("day") || r.end.isCertain("weekday"))) dateEnd = iso(r.end.date());
    return { date: iso(d), dateEnd, text: r.text };
  }
  return null;
}
