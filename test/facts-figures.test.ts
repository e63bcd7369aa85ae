import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { createFigureExtractor, loadFigureRules } from "../src/facts/figures.js";
import { fixtureDoc, withClauses } from "./helpers/events.js";
import type { Figure } from "../src/text/annotations.js";
import { tempDir } from "./helpers/tmp.js";

const extractor = createFigureExtractor();
const show = (f: Figure) => [f.sentence, f.kind, f.value, f.qualifier, f.reportedBy, f.unverified, f.text];

test("casualty, hostage and prisoner figures from verbs and the nouns they count", () => {
  const figs = extractor.extract(withClauses(fixtureDoc("gaza-2024-02-08.conllu")));
  assert.deepEqual(figs.filter((f) => f.sentence === 6).map(show), [
    [6, "killed", 1200, null, null, false, "1,200 people"],
    [6, "hostages_taken", 253, null, null, false, "253 hostages"],
  ], "the 7 of 'October 7' is a day, not a count");
  assert.deepEqual(figs.filter((f) => f.sentence === 7).map(show), [
    [7, "hostages_released", 110, null, null, false, "110 hostages"],
    [7, "prisoners_freed", 240, null, null, false, "240 Palestinian prisoners"],
  ]);
});

test("qualifiers, the reporting source, 'could not independently verify', and multipliers", () => {
  const doc = fixtureDoc("figures-2024-02-08.conllu");
  const figs = extractor.extract(withClauses(doc));
  assert.deepEqual(figs.map(show), [
    [0, "killed", 7, null, "Hamas media", true, "seven people"],
    [0, "injured", 11, null, "Hamas media", true, "11"],
    [2, "killed", 27585, "at least", "Gaza's health ministry", false, "at least 27,585 Palestinians"],
    [3, "displaced", 1000000, "more than", null, false, "More than one million displaced Palestinians"],
  ]);
  for (const f of figs) assert.equal(doc.text.slice(f.start, f.end), f.text);
});

test("figure rules are data: a malformed file is reported by path and field", () => {
  const dir = tempDir("parley-figures-");
  const p = join(dir, "figures.json");
  writeFileSync(p, JSON.stringify({ kinds: [["kill", "*"]] }));
  assert.throws(() => loadFigureRules(p), (e: Error) => e.message.startsWith(p) && /"kinds"/.test(e.message));
});
