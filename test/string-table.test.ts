// StringTable (src/util/string-table.ts): every string found at its index, others not, read back from the
// parts a file stores (the gazetteer's cache) as well as built.
import { test } from "node:test";
import assert from "node:assert/strict";
import { StringTable } from "../src/util/string-table.js";

const keys = ["new york", "new", "york", "são paulo", "tel aviv-yafo", "", "a", "ab", "ba", "東京", "x".repeat(300)];

test("each string is found at its index; near misses are not found", () => {
  const t = StringTable.of(keys);
  assert.equal(t.size, keys.length);
  keys.forEach((k, i) => {
    assert.equal(t.indexOf(k), i, k);
    assert.equal(t.keyAt(i), k);
  });
  for (const miss of ["new yor", "new york ", "yorknew", "sao paulo", "b", "aa", "東", "x".repeat(299), "abba"]) assert.equal(t.indexOf(miss), -1, miss);
  assert.deepEqual(t.keys(), keys);
});

test("a table rebuilt from its text, offsets and slots finds the same; many keys, duplicates refused", () => {
  const many = Array.from({ length: 5000 }, (_, i) => `w${i * 7919}`);
  const t = StringTable.of(many);
  const back = new StringTable(String(t.text), Uint32Array.from(t.starts), Int32Array.from(t.slots));
  many.forEach((k, i) => assert.equal(back.indexOf(k), i));
  assert.equal(back.indexOf("w1"), -1);
  assert.ok(t.slots.length >= 2 * many.length && t.slots.filter((s) => s < 0).length > 0);
  assert.throws(() => StringTable.of(["a", "b", "a"]), /given twice/);
  assert.throws(() => new StringTable("", new Uint32Array(1), new Int32Array(3)), /power of two/);
});
