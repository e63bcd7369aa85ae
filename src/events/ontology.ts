// The CAMEO codebook and PLOVER v2 types/modes as typed tables, read from data/ontology/*.tsv.
// Read at run time rather than generated into code so an analyst's edit to the TSV takes effect
// without a build step; the tables are small (311 codes) and load in a few milliseconds.
import { join } from "node:path";
import { dataDir } from "../paths.js";
import { SourceError } from "../errors.js";
import { readTsv, readDataLines } from "../util/data-lines.js";
import type { QuadClass } from "../text/annotations.js";

export interface PloverCode {
  type: string;
  mode: string | null;
}

export interface CameoEntry {
  /** The code as a string ("0231"): the leading zero is part of it. */
  code: string;
  /** Two-digit root ("02"). */
  root: string;
  description: string;
  quadClass: QuadClass;
  goldstein: number;
  /** PLOVER equivalent; null where PLOVER drops the code (CAMEO 01 public statements). */
  plover: PloverCode | null;
  /** PLOVER contexts suggested by the CAMEO→PLOVER table (may be empty). */
  contexts: string[];
  /** Where the PLOVER mapping comes from: the 2021 table, the table with the mode adjusted to v2, the v2
   *  manual's text where it overrules the table (163 sanctions → SANCTION), or parley's choice. */
  ploverBasis: "map" | "map*" | "manual" | "parley";
}

export interface CameoRoot {
  root: string;
  quadClass: QuadClass;
  name: string;
}

export interface PloverMode {
  type: string;
  name: string;
  description: string;
}

export interface PloverType {
  name: string;
  quadClass: QuadClass;
  description: string;
  modes: PloverMode[];
}

export interface Ontology {
  codes: Map<string, CameoEntry>;
  roots: Map<string, CameoRoot>;
  ploverTypes: Map<string, PloverType>;
  /** Older PLOVER labels → v2 type ("DEMAND" → "REQUEST"). */
  ploverAliases: Map<string, string>;
  /** Non-ISO country codes met in event data → ISO alpha-3 ("JAP" → "JPN"). */
  countryAliases: Map<string, string>;
  /** Code prefix → the code when that action is promised/threatened/demanded/appealed for/refused. */
  derived: Map<string, Partial<Record<Stance, string>>>;
}

/** How a clause relates to an action it mentions without doing it. */
export type Stance = "promise" | "threaten" | "demand" | "appeal" | "refuse";
const STANCES: Stance[] = ["promise", "threaten", "demand", "appeal", "refuse"];

const CAMEO_COLUMNS = ["code", "goldstein", "plover_type", "plover_mode", "contexts", "basis", "description"];
const ROOT_COLUMNS = ["root", "quad", "name"];

function quad(where: string, s: string): QuadClass {
  if (s === "1" || s === "2" || s === "3" || s === "4") return Number(s) as QuadClass;
  throw new SourceError(where, `QuadClass must be 1-4, got "${s}"`);
}

function readPlover(path: string): { types: Map<string, PloverType>; aliases: Map<string, string> } {
  const types = new Map<string, PloverType>();
  const aliases = new Map<string, string>();
  for (const { where, text } of readDataLines(path)) {
    const [kind, a, b, description] = text.split("\t");
    if (kind === "alias" && a && b) {
      if (!types.has(b)) throw new SourceError(where, `alias to unknown PLOVER type "${b}"`);
      aliases.set(a, b);
    } else if (kind === "type" && a && b && description) {
      types.set(a, { name: a, quadClass: quad(where, b), description, modes: [] });
    } else if (kind === "mode" && a && b && description) {
      const t = types.get(a);
      if (!t) throw new SourceError(where, `mode for unknown PLOVER type "${a}"`);
      t.modes.push({ type: a, name: b, description });
    } else {
      throw new SourceError(where, `expected "type<TAB>NAME<TAB>quad<TAB>description", "mode<TAB>TYPE<TAB>name<TAB>description" or "alias<TAB>OLD<TAB>TYPE<TAB>note"`);
    }
  }
  return { types, aliases };
}

/** Reads the three ontology tables from `dir` (default: the package's data/ontology) and checks them against each other. */
export function loadOntology(dir = join(dataDir, "ontology")): Ontology {
  const roots = new Map<string, CameoRoot>();
  for (const { where, cells } of readTsv(join(dir, "cameo-roots.tsv"), ROOT_COLUMNS)) {
    if (!/^\d\d$/.test(cells.root)) throw new SourceError(where, `root must be two digits, got "${cells.root}"`);
    roots.set(cells.root, { root: cells.root, quadClass: quad(where, cells.quad), name: cells.name });
  }
  const { types: ploverTypes, aliases: ploverAliases } = readPlover(join(dir, "plover.tsv"));
  const countryAliases = new Map<string, string>();
  for (const { where, cells } of readTsv(join(dir, "country-aliases.tsv"), ["code", "iso3", "note"])) {
    if (!/^[A-Z]{3}$/.test(cells.code) || !/^[A-Z]{3}$/.test(cells.iso3)) throw new SourceError(where, "country codes must be three capital letters");
    countryAliases.set(cells.code, cells.iso3);
  }
  const codes = new Map<string, CameoEntry>();
  for (const { where, cells } of readTsv(join(dir, "cameo.tsv"), CAMEO_COLUMNS)) {
    const { code } = cells;
    if (!/^\d{2,4}$/.test(code)) throw new SourceError(where, `CAMEO code must be 2-4 digits, got "${code}"`);
    if (codes.has(code)) throw new SourceError(where, `duplicate CAMEO code ${code}`);
    const root = roots.get(code.slice(0, 2));
    if (!root) throw new SourceError(where, `code ${code} has no root line in cameo-roots.tsv`);
    const goldstein = Number(cells.goldstein);
    if (!Number.isFinite(goldstein) || goldstein < -10 || goldstein > 10) {
      throw new SourceError(where, `Goldstein value must be a number in -10..10, got "${cells.goldstein}"`);
    }
    let plover: PloverCode | null = null;
    if (cells.plover_type !== "-") {
      const t = ploverTypes.get(cells.plover_type);
      if (!t) throw new SourceError(where, `unknown PLOVER type "${cells.plover_type}"`);
      const mode = cells.plover_mode === "-" ? null : cells.plover_mode;
      if (mode && !t.modes.some((m) => m.name === mode)) {
        throw new SourceError(where, `"${mode}" is not a PLOVER mode of ${t.name}`);
      }
      plover = { type: t.name, mode };
    }
    const basis = cells.basis;
    if (basis !== "map" && basis !== "map*" && basis !== "manual" && basis !== "parley") {
      throw new SourceError(where, `basis must be map, map*, manual or parley, got "${basis}"`);
    }
    codes.set(code, {
      code,
      root: root.root,
      description: cells.description,
      quadClass: root.quadClass,
      goldstein,
      plover,
      contexts: cells.contexts === "-" ? [] : cells.contexts.split(";"),
      ploverBasis: basis,
    });
  }
  const derived = new Map<string, Partial<Record<Stance, string>>>();
  for (const { where, cells } of readTsv(join(dir, "derived-codes.tsv"), ["prefix", ...STANCES])) {
    const row: Partial<Record<Stance, string>> = {};
    for (const s of STANCES) {
      if (cells[s] === "-") continue;
      if (!codes.has(cells[s])) throw new SourceError(where, `${s}: ${cells[s]} is not a CAMEO code`);
      row[s] = cells[s];
    }
    derived.set(cells.prefix, row);
  }
  return { codes, roots, ploverTypes, ploverAliases, countryAliases, derived };
}

// The built-in tables are read once on first use and never modified afterwards.
let builtIn: Ontology | undefined;
export function builtInOntology(): Ontology {
  return (builtIn ??= loadOntology());
}

/** The codebook entry for a code, or undefined for codes outside CAMEO (imported dictionaries may carry some). */
export function cameo(code: string): CameoEntry | undefined {
  return builtInOntology().codes.get(code);
}

export function ploverFor(code: string): PloverCode | null {
  return cameo(code)?.plover ?? null;
}

/** QuadClass by root, so it is defined even for a code missing from the codebook but with a valid root. */
export function quadClassFor(code: string): QuadClass | undefined {
  return builtInOntology().roots.get(code.slice(0, 2))?.quadClass;
}

export function goldsteinFor(code: string): number | undefined {
  return cameo(code)?.goldstein;
}

export function rootOf(code: string): string {
  return code.slice(0, 2);
}

export function ploverTypes(): PloverType[] {
  return [...builtInOntology().ploverTypes.values()];
}

export function ploverModes(type: string): PloverMode[] {
  return builtInOntology().ploverTypes.get(type)?.modes ?? [];
}

/** The v2 PLOVER type for a label, mapping older labels ("FIGHT" → "ASSAULT"); unknown labels come back unchanged. */
export function ploverTypeName(label: string): string {
  const up = label.trim().toUpperCase();
  return builtInOntology().ploverAliases.get(up) ?? up;
}

/** ISO alpha-3 for a country code, mapping the few non-ISO codes event data uses ("JAP" → "JPN"). */
export function isoCountry(code: string): string {
  const up = code.trim().toUpperCase();
  return builtInOntology().countryAliases.get(up) ?? up;
}

/**
 * The codebook entry for a code, or for its nearest listed parent when the code itself is not in CAMEO
 * (imported dictionaries carry variants such as "174K" → 174, "1952" → 195, "0579" → 057). Undefined when
 * not even the root is a CAMEO root ("903").
 */
export function nearestCameo(code: string): CameoEntry | undefined {
  const digits = /^\d+/.exec(code)?.[0] ?? "";
  for (let n = Math.min(digits.length, 4); n >= 2; n--) {
    const e = cameo(digits.slice(0, n));
    if (e) return e;
  }
  return undefined;
}

/**
 * The code for an action that is promised, threatened, demanded, appealed for or refused rather than done
 * ("will withdraw": derivedCode("0874", "promise") = "0356"), from the longest listed prefix of its code;
 * undefined when the codebook has no specific code for it.
 */
export function derivedCode(code: string, stance: Stance, ont: Ontology = builtInOntology()): string | undefined {
  const table = ont.derived;
  for (let n = code.length; n >= 2; n--) {
    const row = table.get(code.slice(0, n));
    if (row) return row[stance];
  }
  return undefined;
}

// CAMEO families the coder asks about by meaning rather than by number.

/** Statements (root 01): what is said, not done to anyone. */
export function isStatement(code: string): boolean {
  return rootOf(code) === "01";
}

/** Appeals (root 02). */
export function isAppeal(code: string): boolean {
  return rootOf(code) === "02";
}

/** Consultations (root 04): meetings, visits, talks, which have no direction of their own. */
export function isConsultation(code: string): boolean {
  return rootOf(code) === "04";
}

/**
 * Acts a joint subject does with each other when no counterpart is named ("Tokyo and Washington agreed to
 * strengthen deterrence", "the two sides signed an accord"): consultations, material cooperation, and the
 * cooperative intents and agreements (030/031 cooperate, 036 meet, 037 settle, 057 sign an agreement).
 */
export function isJointAct(code: string): boolean {
  return isConsultation(code) || rootOf(code) === "06" || ["030", "031", "036", "037", "057"].some((c) => code.startsWith(c));
}

/** Acts made only of words (statements and appeals): their place is where they were said, not a place acted on. */
export function isSpeechAct(code: string): boolean {
  return isStatement(code) || isAppeal(code);
}
