// The article's reference date, the day that "on Tuesday" or "last week" resolve against:
// the user's --date, else the source's metadata, else the dateline's month/day, else the ingest day.
import { UserError } from "../errors.js";
import type { DateOrigin, Dateline } from "../text/article.js";

export interface ReferenceDate {
  date: string;
  origin: DateOrigin;
}

/** Validates a --date value; throws a UserError naming the flag. */
export function checkDateOption(value: string | undefined): void {
  if (value !== undefined && !isIsoDate(value)) {
    throw new UserError(`--date: expected a calendar date as YYYY-MM-DD, got "${value}"`);
  }
}

export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** 1–12 for an English month name or abbreviation ("May", "Sept", "june"), 0 when it is none. */
export function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/**
 * A metadata date as YYYY-MM-DD, taking the calendar day as written ("2024-05-08T23:30:00-04:00" is
 * May 8, not May 9 in UTC); RFC 822 ("Wed, 08 May 2024 10:00:00 GMT") and "May 8, 2024" too. Null if unreadable.
 */
export function parseMetaDate(raw: unknown): string | null {
  if (typeof raw !== "string" && typeof raw !== "number") return null;
  const s = String(raw).trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(s);
  if (iso) return isIsoDate(`${iso[1]}-${iso[2]}-${iso[3]}`) ? `${iso[1]}-${iso[2]}-${iso[3]}` : null;
  const dmy = /\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(s);
  const mdy = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(s);
  const parts = dmy ? [dmy[3], dmy[2], dmy[1]] : mdy ? [mdy[3], mdy[1], mdy[2]] : null;
  if (parts) {
    const month = monthNumber(parts[1]);
    const out = `${parts[0]}-${String(month).padStart(2, "0")}-${parts[2].padStart(2, "0")}`;
    if (month > 0 && isIsoDate(out)) return out;
  }
  return null;
}

/** The ingest day as YYYY-MM-DD in UTC. */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * Precedence: option, metadata, dateline, ingest. A dateline without a year takes the latest year
 * that does not put the date after the ingest day (a "Dec 30" dateline read on Jan 2 is last year's).
 */
export function referenceDate(input: {
  option?: string;
  metadata?: string | null;
  dateline?: Dateline | null;
  now: Date;
}): ReferenceDate {
  if (input.option) return { date: input.option, origin: "option" };
  if (input.metadata) return { date: input.metadata, origin: "metadata" };
  const today = isoDay(input.now);
  const md = input.dateline?.monthDay;
  if (md) {
    if (input.dateline?.year && isIsoDate(`${input.dateline.year}-${md}`)) {
      return { date: `${input.dateline.year}-${md}`, origin: "dateline" };
    }
    let year = input.now.getUTCFullYear();
    // Feb 29 only exists in leap years; step back until the day exists and is not in the future.
    while (!isIsoDate(`${year}-${md}`) || `${year}-${md}` > today) year--;
    return { date: `${year}-${md}`, origin: "dateline" };
  }
  return { date: today, origin: "ingest" };
}
