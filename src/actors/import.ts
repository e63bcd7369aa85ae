// `parley actors import`: PETRARCH/TABARI dictionaries → one file in parley's format.
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { basename } from "node:path";
import { UserError } from "../errors.js";
import { parsePetrarch } from "./petrarch.js";
import { renderEntries, type DictEntry } from "./format.js";

export interface ImportSummary {
  files: number;
  actors: number;
  agents: number;
  names: number;
  datedCodes: number;
  /** "file:line: reason" for each skipped line. */
  problems: string[];
}

/** Read PETRARCH/TABARI files and convert them; nothing is written. */
export function importPetrarch(paths: string[]): { entries: DictEntry[]; summary: ImportSummary } {
  if (!paths.length) throw new UserError("actors import: give at least one dictionary file");
  const entries: DictEntry[] = [];
  const problems: string[] = [];
  for (const p of paths) {
    if (!existsSync(p)) throw new UserError(`${p}: no such file`);
    const r = parsePetrarch(readFileSync(p, "utf8"), p);
    entries.push(...r.entries);
    problems.push(...r.problems);
  }
  // Agents first, then actors: one section header each in the output.
  const ordered = [...entries.filter((e) => e.section === "agents"), ...entries.filter((e) => e.section !== "agents")];
  const summary: ImportSummary = {
    files: paths.length,
    actors: entries.filter((e) => e.section !== "agents").length,
    agents: entries.filter((e) => e.section === "agents").length,
    names: entries.reduce((n, e) => n + e.names.length, 0),
    datedCodes: entries.reduce((n, e) => n + e.codes.filter((c) => c.from || c.to).length, 0),
    problems,
  };
  return { entries: ordered, summary };
}

/** Convert and write `out`; returns the summary for the caller to print. */
export function importToFile(paths: string[], out: string): ImportSummary {
  const { entries, summary } = importPetrarch(paths);
  const header = [
    `Imported by \`parley actors import\` from: ${paths.map((p) => basename(p)).join(", ")}`,
    "parley actor dictionary format: see data/actors/README.md. Edit freely.",
  ];
  writeFileSync(out, renderEntries(entries, header));
  return summary;
}
