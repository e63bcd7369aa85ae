// `parley verbs import F --out X` then `ingest --verbs X`: the file written must load with the loader ingest uses,
// for each verb dictionary shipped in ../shared (PETRARCH-2 CAMEO.2.0, the Phoenix verb patterns, the 2.02 suite's).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { loadLexicon } from "../src/events/lexicon.js";
import { parsePetrarchVerbs } from "../src/events/petrarch-verbs.js";
import { packageRoot, sharedDir } from "../src/paths.js";
import { tempDir } from "./helpers/tmp.js";

const dicts = join(sharedDir, "reference", "petrarch-dictionaries");
const files = [
  join(dicts, "CAMEO.2.0.txt"),
  join(dicts, "CAMEO.verbpatterns.150430.txt"),
  join(sharedDir, "eval", "universalpetrarch-validate", "PETR_Validate_verbs_2_02.txt"),
];

for (const file of files) {
  const name = file.slice(file.lastIndexOf("/") + 1);
  test(`verbs import ${name} → loadLexicon reads it back`, { skip: existsSync(file) ? false : `${file} absent (set PARLEY_SHARED)` }, () => {
    const out = join(tempDir("verbs-rt"), "verbs.txt");
    const r = spawnSync(process.execPath, [join(packageRoot, "bin", "parley.js"), "verbs", "import", file, "--out", out], { encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    const lex = loadLexicon([out]);
    const imported = parsePetrarchVerbs(readFileSync(file, "utf8"), name).lexicon;
    assert.ok(lex.byLemma.size > 100, `only ${lex.byLemma.size} lemmas`);
    assert.equal(lex.byLemma.size, imported.byLemma.size);
    let a = 0, b = 0;
    for (const l of lex.byLemma.values()) a += l.length;
    for (const l of imported.byLemma.values()) b += l.length;
    assert.equal(a, b, "patterns read back = patterns imported");
  });
}

test("a braced phrase with a class and a word is one joined word, not a lower-case class", () => {
  const text = "&AIRCRAFT\n+JET\n+BOMBER\n--- SEND [042] ---\nSEND\n- * {&AIRCRAFT FIGHTERS} [190]\n";
  const lex = parsePetrarchVerbs(text, "t.txt").lexicon;
  assert.deepEqual([...lex.classes.keys()].sort(), ["AIRCRAFT"]);
  const p = lex.byLemma.get("send")!.find((x) => x.code === "190")!;
  assert.deepEqual(p.followingWords, ["&AIRCRAFT_fighters"]);
});
