// What the gold-file readers share: how a record that cannot be read is reported (a skip, with file:line
// and reason, never dropped silently), how duplicate ids are found, and how a record's date is read:
// with ingest's own date reader, so that a date `parley ingest` understands is understood here too.
import { readFileSync } from "node:fs";
import { SourceError } from "../errors.js";
import { parseMetaDate } from "../ingest/refdate.js";

/** A remark about a file that does not stop a record from being scored. */
export interface Problem {
  where: string;
  reason: string;
}

/** A record that could not be read and is left out of the scores. */
export interface Skip extends Problem {
  /** The record's id when it could be read. */
  id: string | null;
}

/** A record id met again; both records are scored. */
export interface DuplicateId {
  id: string;
  where: string;
  /** Where the id was first seen. */
  first: string;
}

/** What every gold reader returns. */
export interface GoldFile<R> {
  records: R[];
  skipped: Skip[];
  warnings: Problem[];
  duplicates: DuplicateId[];
}

/** A gold file's text; one SourceError line when it cannot be read. */
export function readGoldText(path: string, what = "records"): string {
  try {
    return readFileSync(path, "utf8");
  } catch (err) {
    throw new SourceError(path, `cannot read ${what} (${(err as NodeJS.ErrnoException).code ?? "error"})`);
  }
}

/** Ids seen more than once, each repeat with the place of the first occurrence. */
export function duplicateIds(records: readonly { id: string; where: string }[]): DuplicateId[] {
  const first = new Map<string, string>();
  const out: DuplicateId[] = [];
  for (const r of records) {
    const seen = first.get(r.id);
    if (seen === undefined) first.set(r.id, r.where);
    else out.push({ id: r.id, where: r.where, first: seen });
  }
  return out;
}

/**
 * A record's date as YYYY-MM-DD: PETRARCH's YYYYMMDD, or anything ingest reads (ISO, "May 8, 2024", RFC 822).
 * Null when there is none; an error message when it is there but cannot be read (YYMMDD, 20241345, "soon").
 */
export function readRecordDate(raw: string | null | undefined): { date: string | null } | { error: string } {
  const s = raw?.trim() ?? "";
  if (!s) return { date: null };
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  const date = parseMetaDate(compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : s);
  return date ? { date } : { error: `date "${s}" cannot be read (expected YYYYMMDD or YYYY-MM-DD)` };
}
