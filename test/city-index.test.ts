// The compiled city index (src/actors/city-index.ts) answers as the package's records: every record's
// fields, every name's key; it is read back from the cache folder, and a file for another key or a damaged
// one is not used (issue #16: the city list was decoded at the first article of every process).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { readCities } from "../src/actors/cities.js";
import { decodeCityIndex, encodeCityIndex, loadCityIndex } from "../src/actors/city-index.js";
import { keyOf } from "../src/actors/text-key.js";
import { tempDir } from "./helpers/tmp.js";

const names: string[][] = [];
const table = readCities((i, name, alt) => { names[i] = alt ? [name, ...alt.split(",")] : [name]; });
const buf = encodeCityIndex("k1");

test("every record and every name of the package is in the index", () => {
  const index = decodeCityIndex(buf, "k1");
  assert.ok(index);
  assert.equal(index.size, table.size);
  for (let i = 0; i < table.size; i++) {
    assert.deepEqual(index.record(i), {
      name: table.names[i], country: table.countries[table.country[i]], lat: table.lat[i], lon: table.lon[i], population: table.population[i],
    });
    if (i % 20 === 0) for (const n of names[i]) assert.ok(index.idsOf(keyOf(n))?.includes(i), `${n} (${i})`);
  }
  assert.equal(index.idsOf("zzyzx quux"), undefined);
  // several Springfields, in the package's order
  const ids = index.idsOf(keyOf("Springfield"))!;
  assert.ok(ids.length > 5 && ids.every((id, k) => k === 0 || id >= ids[k - 1]));
});

test("another key, a truncated file or a damaged header is not used; the cache is written once, then read", () => {
  assert.equal(decodeCityIndex(buf, "k2"), null);
  assert.equal(decodeCityIndex(buf.subarray(0, buf.length - 9), "k1"), null);
  const damaged = Buffer.from(buf);
  damaged.write("{", 12, "latin1");
  damaged.write("X", 13, "latin1");
  assert.equal(decodeCityIndex(damaged, "k1"), null);
  const env = process.env.PARLEY_CACHE_DIR;
  process.env.PARLEY_CACHE_DIR = tempDir();
  try {
    const first = loadCityIndex();
    assert.equal(readdirSync(process.env.PARLEY_CACHE_DIR).filter((f) => f.startsWith("cities-")).length, 1);
    const second = loadCityIndex();
    assert.deepEqual(second.idsOf(keyOf("Cairo")), first.idsOf(keyOf("Cairo")));
    assert.equal(second.record(second.idsOf(keyOf("Cairo"))![0]).country, "EG");
  } finally {
    if (env === undefined) delete process.env.PARLEY_CACHE_DIR; else process.env.PARLEY_CACHE_DIR = env;
  }
});
