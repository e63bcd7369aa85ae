// Inputs the fuzz harness (scripts/fuzz.mjs) found, kept as tests. One still open is marked todo: it runs
// and reports, but does not fail the suite until it is fixed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { callBounded } from "./helpers/time-bound.js";

const tokenizeText = new URL("./helpers/fuzz-targets.js", import.meta.url);

test("tokenizer: 15,600 possessive 's in a row (fuzz, 2026-12-02) tokenizes within 3 s", { todo: "open: over 5 s in the fuzz run" }, async () => {
  const r = await callBounded(tokenizeText, "tokenizeText", ["MEET" + "'s".repeat(15_600)], 3000);
  assert.equal(r.error, undefined);
  assert.notEqual(r.ms, null, "ran past 3 s");
});
