// The NER gazetteer read from its cache file is the gazetteer built from the name packages (issue #16: model
// load); a file for another key, or a damaged one, is not used; a changed list builds afresh.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, readdirSync, readFileSync, writeFileSync, appendFileSync } from "node:fs";
import { join } from "node:path";
import { buildGazetteer, Gazetteer, loadGazetteer } from "../src/nlp/ner/gazetteer.js";
import { decodeTables, encodeTables } from "../src/nlp/ner/gazetteer-cache.js";
import { dataDir } from "../src/paths.js";
import { tempDir } from "./helpers/tmp.js";

const built = buildGazetteer();

test("tables written and read back give the same gazetteer, in the same order", () => {
  const buf = encodeTables("k1", built.toTables());
  assert.ok(buf);
  const back = decodeTables(buf, "k1");
  assert.ok(back);
  assert.deepEqual(new Gazetteer(back).toTables(), built.toTables());
  assert.equal(decodeTables(buf, "k2"), null, "another key");
  assert.equal(decodeTables(buf.subarray(0, buf.length - 7), "k1"), null, "truncated");
  const head = buf.readUInt32LE(8);
  const resized = Buffer.from(buf);
  resized.write(resized.toString("latin1", 12, 12 + head).replace(/("entrySlots","i32",)(\d)/, (_, a: string, d: string) => `${a}1${d}`), 12, "latin1");
  assert.equal(decodeTables(resized, "k1"), null, "a damaged header");
});

test("the gazetteer read from its file answers every lookup as the one built from the packages", () => {
  const read = new Gazetteer(decodeTables(encodeTables("k", built.toTables())!, "k")!);
  const t = built.toTables();
  // every entry, its capitals and a miss beside it; every word count; every prefix, through matches()
  const probes = [...t.entryKeys.filter((_, i) => i % 7 === 0), ...t.prefixes, "zzyzx quux", "", "são paulo", "tel aviv"];
  for (const key of probes) {
    const words = key.split(" ");
    assert.deepEqual(read.matches(words, words.map((w) => w.toUpperCase())), built.matches(words, words.map((w) => w.toUpperCase())), key);
    assert.deepEqual(read.matches(words), built.matches(words), key);
    assert.deepEqual(read.kindsOf(key), built.kindsOf(key), key);
  }
  assert.ok(probes.some((k) => built.kindsOf(k).length > 1), "some entries have several kinds");
  for (const w of [...t.words.filter((_, i) => i % 5 === 0), "Zzyzx", "London", "london"]) {
    assert.equal(read.wordCounts.get(w), built.wordCounts.get(w), w);
    assert.equal(read.frequencyBand(w), built.frequencyBand(w), w);
  }
  assert.equal(read.isA("ministry", "orgword"), true);
  assert.equal(read.isA("ministry", "city"), built.isA("ministry", "city"));
  // a sentence with capitals-only entries ("WHO" matches, "who" does not)
  const ws = ["The", "WHO", "said", "who", "met", "in", "New", "York"];
  assert.deepEqual(read.matches(ws.map((w) => w.toLowerCase()), ws), built.matches(ws.map((w) => w.toLowerCase()), ws));
});

test("loadGazetteer writes the cache once, then reads it; a changed list is not served from it", () => {
  const cache = tempDir();
  const lists = join(tempDir(), "gazetteer");
  cpSync(join(dataDir, "gazetteer"), lists, { recursive: true });
  const env = process.env.PARLEY_CACHE_DIR;
  process.env.PARLEY_CACHE_DIR = cache;
  try {
    const first = loadGazetteer(lists);
    assert.equal(readdirSync(cache).filter((f) => f.endsWith(".bin")).length, 1);
    const second = loadGazetteer(lists);
    assert.deepEqual(second.toTables(), first.toTables());
    assert.deepEqual(second.toTables().entryKeys, built.toTables().entryKeys);
    assert.ok(second.isA("ministry", "orgword"));
    assert.equal(second.kindsOf("Zzyzxville").length, 0);
    // the key is the lists' content, not their folder: an unchanged copy reads the same file
    const copy = join(tempDir(), "gazetteer");
    cpSync(lists, copy, { recursive: true });
    assert.equal(loadGazetteer(copy).kindsOf("Zzyzxville").length, 0);
    assert.equal(readdirSync(cache).filter((f) => f.endsWith(".bin")).length, 1);
    // (a folder's hash is taken once per process: the changed list is another folder here)
    const changed = join(tempDir(), "gazetteer");
    cpSync(lists, changed, { recursive: true });
    appendFileSync(join(changed, "places.txt"), "\nZzyzxville\n");
    const third = loadGazetteer(changed);
    assert.deepEqual(third.kindsOf("Zzyzxville"), ["place"]);
    assert.equal(readdirSync(cache).filter((f) => f.endsWith(".bin")).length, 2);
    // a damaged file is rebuilt, not trusted
    for (const f of readdirSync(cache)) writeFileSync(join(cache, f), readFileSync(join(cache, f)).subarray(0, 100));
    assert.deepEqual(loadGazetteer(changed).kindsOf("Zzyzxville"), ["place"]);
  } finally {
    if (env === undefined) delete process.env.PARLEY_CACHE_DIR; else process.env.PARLEY_CACHE_DIR = env;
  }
});
