// Reading the dictionaries from disk: parley's built-in files under data/actors/ plus any extra
// files (parley format or PETRARCH/TABARI, told apart by their look), merged or replacing.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { dataDir } from "../paths.js";
import { SourceError, UserError } from "../errors.js";
import { cutAt } from "../util/scan.js";
import { parseCountries, parseEntries, type CountryRecord, type DictEntry } from "./format.js";
import { looksLikePetrarch, parsePetrarch } from "./petrarch.js";
import { ActorDictionary } from "./dictionary.js";
import type { SectorTable } from "./codes.js";

export const actorsDataDir = join(dataDir, "actors");
/** Files under data/actors/ that are not actor/agent entry lists. */
const SPECIAL = new Set(["countries.generated.txt", "countries.txt", "sectors.txt", "places.txt", "org-heads.txt"]);

function read(path: string): string {
  if (!existsSync(path)) throw new UserError(`${path}: no such dictionary file`);
  return readFileSync(path, "utf8");
}

export function loadSectors(dir = actorsDataDir): SectorTable {
  const file = join(dir, "sectors.txt");
  const table: SectorTable = { sectors: new Set(), leading: new Set() };
  read(file).split(/\r?\n/).forEach((raw, n) => {
    const line = raw.replace(/^#.*$/, "").trim();
    if (!line) return;
    const m = /^([A-Z]{3})\s+(\*)?/.exec(line);
    if (!m) throw new SourceError(`${file}:${n + 1}`, "sector lines start with a three-letter code");
    (m[2] ? table.leading : table.sectors).add(m[1]);
  });
  return table;
}

/** Words that end organisation names (org-heads.txt), folded to lower case. */
export function loadOrgHeads(dir = actorsDataDir): Set<string> {
  return new Set(loadOrgHeadSectors(dir).keys());
}

/** org-heads.txt with each word's sector where a second column gives one ("Airlines BUS"), else "". */
export function loadOrgHeadSectors(dir = actorsDataDir): Map<string, string> {
  const out = new Map<string, string>();
  for (const raw of read(join(dir, "org-heads.txt")).split(/\r?\n/)) {
    const [w, sector = ""] = cutAt(raw, "#").trim().split(/\s+/);
    if (w) out.set(w.toLowerCase(), sector.toUpperCase());
  }
  return out;
}

export function loadCountries(dir = actorsDataDir): Map<string, CountryRecord> {
  const out = new Map<string, CountryRecord>();
  for (const f of ["countries.generated.txt", "countries.txt"]) {
    const p = join(dir, f);
    if (existsSync(p)) parseCountries(read(p), p, out);
  }
  return out;
}

/** The built-in entry files: every other .txt under data/actors/, in name order. */
export function builtInEntryFiles(dir = actorsDataDir): string[] {
  return readdirSync(dir).filter((f) => f.endsWith(".txt") && !SPECIAL.has(f)).sort().map((f) => join(dir, f));
}

/** Entries of one file in either format. PETRARCH lines that cannot be read are skipped and listed. */
export function readEntryFile(path: string): { entries: DictEntry[]; problems: string[] } {
  const text = read(path);
  if (looksLikePetrarch(text)) return parsePetrarch(text, path);
  return { entries: parseEntries(text, path), problems: [] };
}

export interface DictionaryOptions {
  /** Use only `paths` (and the sector table): no built-in countries, organisations, people or agents. */
  replaceBuiltIn?: boolean;
  /** Receives "file:line: reason" for PETRARCH lines that were skipped. */
  onProblem?: (problem: string) => void;
}

/** Load the actor dictionaries: built-ins (unless replaced) then `paths`, later files extending earlier ones. */
export function loadActorDictionaries(paths: string[] = [], opts: DictionaryOptions = {}): ActorDictionary {
  const countries = opts.replaceBuiltIn ? new Map<string, CountryRecord>() : loadCountries();
  const files = [...(opts.replaceBuiltIn ? [] : builtInEntryFiles()), ...paths];
  const entries: DictEntry[] = [];
  for (const f of files) {
    const r = readEntryFile(f);
    entries.push(...r.entries);
    for (const p of r.problems) opts.onProblem?.(p);
  }
  const heads = loadOrgHeadSectors();
  return new ActorDictionary(countries, entries, loadSectors(), new Set(heads.keys()), heads);
}
