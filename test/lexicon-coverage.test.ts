// Lexicon coverage against a reference dictionary (`parley verbs coverage`) and the WordNet fallback file.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sharedDir } from "../src/paths.js";
import { loadLexicon, readParleyVerbFiles } from "../src/events/lexicon.js";
import { lexiconCoverage } from "../src/events/lexicon-coverage.js";
import { WORDNET_FALLBACK, wordnetFallback, wordnetFallbackFile } from "../src/events/wordnet-fallback.js";
import type { Frame } from "../src/text/annotations.js";
import { tempDir } from "./helpers/tmp.js";

function lexicon(lines: string[]) {
  const dir = tempDir();
  const f = join(dir, "v.txt");
  writeFileSync(f, lines.join("\n") + "\n");
  return readParleyVerbFiles([f]);
}

test("coverage counts reference verbs our default pattern codes to the same root, and softer measures beside it", () => {
  const reference = lexicon(["190 attack", "1823 kill", "040 meet", "120 refuse", "--- add", "163 add obj=sanction|sanctions"]);
  const ours = lexicon(["180 kill", "190 attack obj=base", "111 attack", "040 meet prep=with target=prep", "130 warn"]);
  const c = lexiconCoverage(reference, [ours]);
  // reference verbs with a code of their own: attack, kill, meet, refuse ("add" has only a constrained pattern)
  assert.equal(c.verbs, 4);
  // kill: our default 180 has the reference's root 18; attack: our default is 111, only "obj=base" gives 19;
  // meet: we code it only with "with"; refuse: unknown to us
  assert.deepEqual([c.default_same_root, c.any_same_root, c.known], [1, 3, 3]);
  assert.equal(c.pct_default_same_root, 25);
  // coded reference patterns: attack, kill, meet, refuse, "add sanctions"; ours give the root for the first three
  assert.deepEqual([c.patterns, c.patterns_same_root], [5, 3]);
  // a second lexicon is consulted only for verbs the first lacks (as the coder's fallback is)
  const withFallback = lexiconCoverage(reference, [ours, lexicon(["120 refuse", "190 kill"])]);
  assert.deepEqual([withFallback.default_same_root, withFallback.known], [2, 4]);
});

test("the WordNet fallback loads, says where every verb came from, and holds no verb the hand-written files code", () => {
  const hand = loadLexicon();
  const fb = wordnetFallback();
  assert.ok(fb.byLemma.size >= 100, `only ${fb.byLemma.size} verbs in ${wordnetFallbackFile}`);
  for (const [lemma, list] of fb.byLemma) {
    assert.equal(hand.byLemma.has(lemma), false, `${lemma} is hand-written too`);
    for (const p of list) assert.match(p.origin, /wordnet\.generated\.txt:\d+/);
  }
});

test("the fallback extends the built-in lexicon only, and verbs only", () => {
  const verb = { lemma: "waylay", nominal: false } as Frame;
  assert.equal(WORDNET_FALLBACK.apply(verb, loadLexicon())?.[0]?.code, "180", "waylay is coded like its synonym ambush");
  assert.equal(WORDNET_FALLBACK.apply(verb, lexicon(["190 attack"])), undefined, "a lexicon given with --verbs gets no fallback");
  assert.equal(WORDNET_FALLBACK.apply({ ...verb, nominal: true }, loadLexicon()), undefined);
});

test("the fallback measured against PETRARCH-2's CAMEO.2.0 raises root coverage", (t) => {
  const ref = join(sharedDir, "reference/petrarch-dictionaries/CAMEO.2.0.txt");
  if (!existsSync(ref)) return t.skip(`${ref} not found (set PARLEY_SHARED)`);
  // imported lazily: the import reads a 400 kB file
  return import("../src/events/petrarch-verbs.js").then(({ importPetrarchVerbs }) => {
    const reference = importPetrarchVerbs(ref);
    const hand = lexiconCoverage(reference, [loadLexicon()]);
    const both = lexiconCoverage(reference, [loadLexicon(), wordnetFallback()]);
    assert.ok(both.default_same_root > hand.default_same_root, `${hand.default_same_root} → ${both.default_same_root}`);
  });
});
