// Metadata kept beside a file: "story.meta.json" next to "story.txt" (title, date, url, source,
// byline, id), and a date that opens the file name ("2024-05-08-rafah.txt").
import { lstat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { SourceError } from "../errors.js";
import type { Draft } from "./types.js";
import { isIsoDate } from "./refdate.js";
import { readFileCapped } from "./files.js";
import { extraMeta } from "./meta.js";

/** A sidecar is a few fields; anything bigger is not one. */
const SIDECAR_MAX_BYTES = 1024 * 1024;

export type FileMeta = Pick<Draft, "id" | "url" | "title" | "date" | "publisher" | "byline"> & {
  meta: Record<string, unknown>;
  /** A date that opens the file name: weaker than the document's own metadata. */
  nameDate?: string;
};

const FIELDS = ["id", "url", "title", "date", "source", "byline"];
const KNOWN = new Set(FIELDS);

/** The sidecar path for a file: the same name with its extension replaced by ".meta.json". */
export function sidecarPath(path: string): string {
  return path.slice(0, path.length - extname(path).length) + ".meta.json";
}

/** Metadata for `path` from its sidecar (if present) and its file name; a broken sidecar is a SourceError. */
export async function fileMeta(path: string): Promise<FileMeta> {
  const out: FileMeta = { meta: {} };
  const dated = /^(\d{4}-\d{2}-\d{2})(?:[-_. ]|$)/.exec(basename(path));
  if (dated && isIsoDate(dated[1])) out.nameDate = dated[1];
  const side = sidecarPath(path);
  let raw: string;
  try {
    await lstat(side);
  } catch {
    return out; // no sidecar
  }
  // A regular file within the cap only: a sidecar that is a FIFO or /dev/zero must not hang or fill memory.
  raw = Buffer.from(await readFileCapped(side, SIDECAR_MAX_BYTES)).toString("utf8");
  let rec: unknown;
  try {
    rec = JSON.parse(raw);
  } catch (err) {
    throw new SourceError(side, `not valid JSON (${(err as Error).message})`);
  }
  if (!rec || typeof rec !== "object" || Array.isArray(rec)) throw new SourceError(side, "expected a JSON object");
  const r = rec as Record<string, unknown>;
  for (const key of FIELDS) {
    const v = r[key];
    if (v == null) continue;
    if (typeof v !== "string" && !(key === "id" && typeof v === "number")) {
      throw new SourceError(side, `field "${key}" must be a string`);
    }
  }
  if (r.id != null) out.id = String(r.id);
  if (r.url != null) out.url = r.url as string;
  if (r.title != null) out.title = r.title as string;
  if (r.byline != null) out.byline = r.byline as string;
  if (r.source != null) out.publisher = r.source as string;
  if (r.date != null) {
    out.date = r.date as string;
    out.meta.dateFrom = "sidecar";
  }
  Object.assign(out.meta, extraMeta(r, KNOWN));
  out.meta.sidecar = side;
  return out;
}
