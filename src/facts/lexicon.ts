// The word lists the figure extractor reads, kept as data in data/facts/figures.json (format in
// data/facts/README.md) so an analyst can extend them without touching code. A malformed file is reported
// by path and field.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dataDir } from "../paths.js";
import { SourceError } from "../errors.js";
import { FIGURE_KINDS, type FigureKind } from "../text/annotations.js";

/** How a qualifier bounds its number: "at least" gives a minimum, "up to" a maximum, "about" neither. */
export type Bound = "min" | "max" | "approx" | "exact";

export interface FigureLexicon {
  /** (verb or adjective lemma, counted or secondary noun lemma or "*", kind): "took 253 hostages", "were killed". */
  verbs: readonly (readonly [string, string, FigureKind])[];
  /** Kinds that give way to the counted noun's own ("camps shelter 410,000 refugees" → refugees). */
  weakKinds: ReadonlySet<FigureKind>;
  /** Nouns that say what their people are ("253 hostages", "240 prisoners"); two-word keys are "compound head". */
  nouns: ReadonlyMap<string, FigureKind>;
  /** Nouns that name what happened to the people of their "of"/"to" phrase ("25 deaths", "the arrest of five people"). */
  kindNouns: ReadonlyMap<string, FigureKind | "released">;
  /** What "released" means for each kind of captive ("release of 50 prisoners"). */
  releaseKinds: ReadonlyMap<string, FigureKind>;
  /** "the death toll rose to 50", "the number of refugees declined to 230,000". */
  tollNouns: ReadonlySet<string>;
  /** Nouns that count people (a `count` figure when no other kind applies). */
  people: ReadonlySet<string>;
  /** People whose plain number is no figure ("a half-dozen officials", "five ministers"), though they can be killed or held. */
  notCounted: ReadonlySet<string>;
  /** Nouns of attacks whose possessor or modifier is the perpetrator ("in Israel's offensive"). */
  attackNouns: ReadonlySet<string>;
  /** Verbs whose subject gives the figure in their object or complement ("Estimates suggest", "Figures show"). */
  claimVerbs: ReadonlySet<string>;
  /** Verbs that forecast: their figures are not reports ("the city expects about 6 million visitors"). */
  forecastVerbs: ReadonlySet<string>;
  family: { nouns: ReadonlySet<string>; verbs: ReadonlySet<string> };
  /** Words that say a figure is confirmed ("have been confirmed killed"). */
  verify: ReadonlySet<string>;
  /** Phrases that make a figure a running total ("so far", "to date"). */
  cumulative: readonly string[];
  /** Words after a number that make it a share, not a count ("51%"). */
  qualifiers: ReadonlyMap<string, Bound>;
  /** Qualifiers after the number ("107 or more"). */
  postQualifiers: ReadonlyMap<string, Bound>;
  /** Vague plurals as a minimum: "hundreds" 200, "tens (of thousands)" 20. */
  vague: ReadonlyMap<string, number>;
  fractions: ReadonlyMap<string, number>;
  multipliers: ReadonlyMap<string, number>;
  numberWords: ReadonlyMap<string, number>;
  /** Nouns of measure a number counts instead of people ("800 days", "20 km"). */
  units: ReadonlySet<string>;
  aid: { words: ReadonlySet<string>; trucks: ReadonlySet<string>; tonnes: ReadonlySet<string> };
}

export const defaultFigureLexiconPath = join(dataDir, "facts", "figures.json");

const KINDS = new Set<string>(FIGURE_KINDS);

export function loadFigureLexicon(path = defaultFigureLexiconPath): FigureLexicon {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new SourceError(path, `cannot read figure rules (${(e as Error).message})`);
  }
  const bad = (field: string, what: string): never => {
    throw new SourceError(path, `field "${field}" must be ${what}`);
  };
  const strings = (k: string): string[] => {
    const v = raw[k];
    return Array.isArray(v) && v.every((x) => typeof x === "string") ? v.map((x) => x.toLowerCase()) : bad(k, "an array of strings");
  };
  const map = <T>(k: string, ok: (x: unknown) => x is T, what: string, v: unknown = raw[k]): Map<string, T> => {
    if (!v || typeof v !== "object" || Array.isArray(v) || !Object.values(v).every(ok)) return bad(k, what);
    return new Map(Object.entries(v as Record<string, T>).map(([w, x]) => [w.toLowerCase(), x]));
  };
  const num = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);
  const kind = (x: unknown): x is FigureKind => typeof x === "string" && KINDS.has(x);
  const kindOrReleased = (x: unknown): x is FigureKind | "released" => x === "released" || kind(x);
  const bound = (x: unknown): x is Bound => x === "min" || x === "max" || x === "approx" || x === "exact";
  const sub = (k: string, keys: string[]): Record<string, Set<string>> => {
    const v = raw[k] as Record<string, unknown> | undefined;
    if (!v || typeof v !== "object") return bad(k, `an object with ${keys.join(", ")}`);
    return Object.fromEntries(keys.map((s) => {
      const list = v[s];
      if (!Array.isArray(list) || !list.every((x) => typeof x === "string")) return bad(`${k}.${s}`, "an array of strings");
      return [s, new Set(list.map((x: string) => x.toLowerCase()))];
    }));
  };
  const verbs = raw.verbs;
  if (!Array.isArray(verbs) || !verbs.every((r) => Array.isArray(r) && r.length === 3 && typeof r[0] === "string" && typeof r[1] === "string" && kind(r[2]))) {
    bad("verbs", `a list of [lemma, noun, kind] triples with kinds among ${FIGURE_KINDS.join(", ")}`);
  }
  const family = sub("family", ["nouns", "verbs"]);
  const aid = sub("aid", ["words", "trucks", "tonnes"]);
  return {
    verbs: (verbs as [string, string, FigureKind][]).map(([v, n, k]) => [v.toLowerCase(), n.toLowerCase(), k] as const),
    weakKinds: new Set(strings("weakKinds").map((k) => (KINDS.has(k) ? k as FigureKind : bad("weakKinds", "a list of figure kinds")))),
    nouns: map("nouns", kind, "an object mapping nouns to figure kinds"),
    kindNouns: map("kindNouns", kindOrReleased, "an object mapping nouns to figure kinds (or \"released\")"),
    releaseKinds: map("releaseKinds", kind, "an object mapping captive nouns to figure kinds"),
    tollNouns: new Set(strings("tollNouns")),
    people: new Set(strings("people")),
    notCounted: new Set(strings("notCounted")),
    attackNouns: new Set(strings("attackNouns")),
    claimVerbs: new Set(strings("claimVerbs")),
    forecastVerbs: new Set(strings("forecastVerbs")),
    family: { nouns: family.nouns, verbs: family.verbs },
    verify: new Set(strings("verify")),
    cumulative: strings("cumulative"),
    qualifiers: map("qualifiers", bound, "an object mapping phrases to min, max, approx or exact"),
    postQualifiers: map("postQualifiers", bound, "an object mapping phrases to min, max, approx or exact"),
    vague: map("vague", num, "an object mapping words to numbers"),
    fractions: map("fractions", num, "an object mapping words to numbers"),
    multipliers: map("multipliers", num, "an object mapping words to numbers"),
    numberWords: map("numberWords", num, "an object mapping words to numbers"),
    units: new Set(strings("units")),
    aid: { words: aid.words, trucks: aid.trucks, tonnes: aid.tonnes },
  };
}
