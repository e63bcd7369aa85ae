// Datelines at the head of a news article: "CAIRO/WASHINGTON/RAFAH, Gaza Strip, May 8 (Reuters) –",
// "Doha/Tel Aviv:", "GAZA CITY (AP) —", "LONDON, 5 June (AFP) -". Found by shape, never by a list of
// places, and only when the shape is unambiguous, so an ordinary first sentence is left alone.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dataDir } from "../paths.js";
import type { Dateline } from "../text/article.js";
import { monthNumber } from "./refdate.js";

export interface DatelineMatch {
  dateline: Dateline;
  /** Offset after the dateline, its dash or colon and the spaces that follow. */
  bodyStart: number;
}

// Month names in any case ("MAY 8" in all-capital datelines); the rest of the pattern is case-sensitive.
const MONTH = `(?:${["january", "jan", "february", "feb", "march", "mar", "april", "apr", "may", "june", "jun", "july",
  "jul", "august", "aug", "september", "sept", "sep", "october", "oct", "november", "nov", "december", "dec"]
  .map((w) => [...w].map((c) => `[${c.toUpperCase()}${c}]`).join("")).join("|")})`;
const S = "[ \\u00a0]";
const WORD = "\\p{Lu}[\\p{L}'’.\\-]*\\p{L}\\.?";
// Lower-case particles inside place names: "Rio de Janeiro", "Dar es Salaam".
const PARTICLE = "(?:de|del|da|das|do|dos|di|du|al|el|la|le|es|of|on|upon|am|an|bin|ibn|van|von)";
const NAME = `${WORD}(?:${S}(?:${PARTICLE}${S})?${WORD}){0,3}`;
const PLACES = `${NAME}(?:${S}?/${S}?${NAME}){0,5}`;
const DATE = `(?:${MONTH}\\.?${S}\\d{1,2}|\\d{1,2}${S}${MONTH}\\.?)(?:,${S}\\d{4})?`;
const AGENCY = `\\((\\p{L}[\\p{L}\\p{N}&.'’/ \\-]{0,40})\\)`;
// After a dash the body may start on the next line; after a colon it must go on in the same line.
// En and em dashes may touch the body ("Turkey—Officials"); a hyphen needs a space (names have hyphens).
const SEP = `(?:${S}?(?:--|[-–—])(?:${S}*\\n${S}*|${S}+)|${S}?[–—]|:${S}+)`;
const BODY = `(?=[\\p{Lu}\\p{N}"“‘'])`;

const PLACE_FORM = new RegExp(
  `^(${PLACES})((?:,${S}${NAME}){0,3})(?:,${S}(${DATE}))?(?:${S}${AGENCY})?(${SEP})${BODY}`,
  "u",
);
const AGENCY_ONLY = new RegExp(`^${AGENCY}${S}?(?:--|[-–—])${S}+${BODY}`, "u");

/** The patterns built from strings, for the regular-expression audit (scripts/audit-regex.mjs). */
export const DATELINE_PATTERNS = { PLACE_FORM, AGENCY_ONLY };

/** Labels such as "Update:" or "EXCLUSIVE -" that share the dateline's shape. */
export function loadNotPlaces(file = join(dataDir, "ingest", "dateline-not-places.txt")): Set<string> {
  const words = readFileSync(file, "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  return new Set(words.map((w) => w.toLowerCase()));
}

let defaultNotPlaces: Set<string> | undefined;

/** The dateline at the start of `text` (after leading blank space), or null. */
export function findDateline(text: string, notPlaces?: Set<string>): DatelineMatch | null {
  const skip = /^\s*/.exec(text)![0].length;
  const head = text.slice(skip, skip + 300);
  const agencyOnly = AGENCY_ONLY.exec(head);
  if (agencyOnly) return build(skip, agencyOnly[0].length, [], [], null, agencyOnly[1], agencyOnly[0]);
  const m = PLACE_FORM.exec(head);
  if (!m) return null;
  const [whole, placesText, regionsText, dateText, agency, sep] = m;
  const places = placesText.split("/").map((p) => p.trim());
  const regions = regionsText ? regionsText.split(",").map((r) => r.trim()).filter(Boolean) : [];
  const labels = notPlaces ?? (defaultNotPlaces ??= loadNotPlaces());
  if ([...places, ...regions].some((p) => labels.has(p.toLowerCase()))) return null;
  // A dash after a bare capitalised name ("Hamas - the group") is not a dateline unless the place
  // is in capitals, or slashes, a region, a date or an agency make the shape certain.
  const isDash = sep.trim() !== ":";
  const certain = agency || dateText || places.length > 1 || regions.length > 0 || places.every((p) => p === p.toUpperCase());
  if (isDash && !certain) return null;
  // "The Onion: An interview with …" on a line of its own is a headline, not a dateline.
  if (!isDash && isHeadline(head.split("\n", 1)[0])) return null;
  return build(skip, whole.length, places, regions, dateText ?? null, agency ?? null, whole);
}

/** A short first line without closing punctuation reads as a headline. */
function isHeadline(line: string): boolean {
  return line.length < 200 && !/[.!?:;"”’)\]]\s*$/.test(line);
}

function build(skip: number, length: number, places: string[], regions: string[], dateText: string | null,
  agency: string | null, matched: string): DatelineMatch | null {
  const date = dateText ? parseMonthDay(dateText) : null;
  if (dateText && !date) return null;
  const bodyStart = skip + length;
  const sepEnd = skip + matched.trimEnd().length;
  const dateline: Dateline = {
    start: skip, end: sepEnd, places, monthDay: date?.monthDay ?? null, agency: agency?.trim() ?? null,
  };
  if (regions.length) dateline.regions = regions;
  if (date?.year) dateline.year = date.year;
  return { dateline, bodyStart };
}

/** "May 8", "5 June", "Sept. 12, 2024" → {monthDay: "05-08", year?}; null for impossible days. */
export function parseMonthDay(s: string): { monthDay: string; year?: number } | null {
  const [day, year] = (s.match(/\d+/g) ?? []).map(Number);
  const m = monthNumber(/\p{L}+/u.exec(s)![0]);
  const daysIn = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  if (m < 1 || !(day >= 1 && day <= daysIn)) return null;
  const monthDay = `${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return year ? { monthDay, year } : { monthDay };
}
