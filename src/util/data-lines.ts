// Reads parley's human-editable data files: one record a line, "#" starts a comment,
// blank lines are skipped, and every record keeps its file:line so errors can point at it.
import { readFileSync } from "node:fs";
import { SourceError } from "../errors.js";

export interface DataLine {
  /** "path:line", for error messages and `origin` fields. */
  where: string;
  line: number;
  /** The line without its comment and outer white space. */
  text: string;
}

/** Strips a trailing comment: "#" at the start or after white space (so "&X#1" inside a token survives). */
export function stripComment(raw: string): string {
  const m = /(^|\s)#/.exec(raw);
  return (m ? raw.slice(0, m.index) : raw).trim();
}

export function readDataLines(path: string, label = path): DataLine[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new SourceError(path, `cannot read file (${(err as NodeJS.ErrnoException).code ?? "error"})`);
  }
  const out: DataLine[] = [];
  text.split(/\r?\n/).forEach((raw, k) => {
    const t = stripComment(raw);
    if (t) out.push({ where: `${label}:${k + 1}`, line: k + 1, text: t });
  });
  return out;
}

/** Tab-separated rows after the header row (the first data line), checked for the expected columns. */
export function readTsv(path: string, columns: string[], label = path): { where: string; cells: Record<string, string> }[] {
  const lines = readDataLines(path, label);
  const header = lines.shift();
  if (!header || header.text.split("\t").join(",") !== columns.join(",")) {
    throw new SourceError(header?.where ?? label, `expected a header row: ${columns.join(" <TAB> ")}`);
  }
  return lines.map(({ where, text }) => {
    const parts = text.split("\t");
    if (parts.length !== columns.length) {
      throw new SourceError(where, `expected ${columns.length} tab-separated fields, found ${parts.length}`);
    }
    const cells: Record<string, string> = {};
    columns.forEach((c, i) => (cells[c] = parts[i].trim()));
    return { where, cells };
  });
}
