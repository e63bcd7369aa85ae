// The NER gazetteer read from its cache file is the gazetteer built from the name packages (issue #16: model
// load); a file for another key, or a damaged one, is not used; a changed list builds afresh.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, readdirSync, readFileSync, writeFileSync, appendFileSync } from "node:fs";
import { join } from "node:path";
import { buildGazetteer, loadGazetteer } from "../src/nlp/ner/gazetteer.js";
import { decodeTables, encodeTables } from "../src/nlp/ner/gazetteer-cache.js";
import { dataDir } from "../src/paths.js";
import { tempDir } from "./helpers/tmp.js";

const built = buildGazetteer();

test("tables written and read back give the same gazetteer, in the same order", () => {
  const buf = encodeTables("k1", built.toTables());
  assert.ok(buf);
  const back = decodeTables(buf, "k1");
  assert.ok(back);
  assert.deepEqual(back, { ...built.toTables(), counts: Float64Array.from(built.toTables().counts) });
  assert.equal(decodeTables(buf, "k2"), null, "another key");
  assert.equal(decodeTables(buf.subarray(0, buf.length - 7), "k1"), null, "truncated");
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
