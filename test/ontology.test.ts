import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { join } from "node:path";
import { sharedDir, dataDir } from "../src/paths.js";
import { cameo, derivedCode, nearestCameo, ploverTypeName, isoCountry, ploverFor, quadClassFor, goldsteinFor, ploverTypes, ploverModes, builtInOntology, loadOntology } from "../src/events/ontology.js";
import { SourceError } from "../src/errors.js";
import { tempDir } from "./helpers/tmp.js";

const goldsteinFile = join(sharedDir, "reference/cameo/CAMEO.goldsteinscale.txt");
const mapFile = join(sharedDir, "reference/plover/CAMEO2PLOVER-2021.txt");

test("every code in the reference Goldstein table is present with its value", { skip: !existsSync(goldsteinFile) && "../shared absent" }, () => {
  const rows = readFileSync(goldsteinFile, "utf8").trim().split(/\r?\n/).slice(1).map((l) => l.split("\t"));
  assert.equal(rows.length, 311);
  for (const [code, value] of rows) {
    assert.equal(goldsteinFor(code), Number(value), `Goldstein of ${code}`);
  }
  assert.equal(builtInOntology().codes.size, rows.length);
});

test("PLOVER types agree with the CAMEO2PLOVER table wherever the table maps a codebook code", { skip: !existsSync(mapFile) && "../shared absent" }, () => {
  let checked = 0;
  const seen = new Set<string>();
  for (const line of readFileSync(mapFile, "utf8").split(/\r?\n/)) {
    const m = /^(\d+):\s*([A-Z]+)\s*,/.exec(line);
    if (!m || seen.has(m[1]) || !cameo(m[1]) || cameo(m[1])!.ploverBasis === "manual") continue;
    seen.add(m[1]);
    assert.equal(ploverFor(m[1])?.type, m[2], `PLOVER type of ${m[1]}`);
    checked++;
  }
  assert.ok(checked > 250, `checked ${checked}`);
});

test("roots 01-20 are all present with the right QuadClass", () => {
  for (let r = 1; r <= 20; r++) {
    const root = String(r).padStart(2, "0");
    const expected = r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
    assert.equal(cameo(root)?.quadClass, expected, root);
    assert.equal(quadClassFor(root + "0"), expected);
  }
});

test("known facts and mapping sanity", () => {
  const e = cameo("0231");
  assert.ok(e);
  assert.equal(e.root, "02");
  assert.equal(e.quadClass, 1);
  assert.equal(e.goldstein, 3.4);
  assert.equal(cameo("195")?.goldstein, -10);
  assert.deepEqual(ploverFor("0841"), { type: "RETREAT", mode: "release" });
  assert.deepEqual(ploverFor("042"), { type: "CONSULT", mode: "visit" });
  assert.equal(ploverFor("081")?.type, "CONCEDE");
  assert.equal(ploverFor("0871")?.type, "RETREAT");
  assert.equal(ploverFor("112")?.type, "ACCUSE");
  assert.equal(ploverFor("093")?.type, "ACCUSE");
  assert.equal(ploverFor("1056")?.type, "REQUEST");
  assert.equal(ploverFor("190")?.type, "ASSAULT");
  assert.deepEqual(ploverFor("163"), { type: "SANCTION", mode: "discontinue" }, "the manual: sanctions are SANCTION discontinue");
  assert.equal(ploverFor("010"), null, "PLOVER drops public statements");
  assert.equal(cameo("999"), undefined);
  assert.equal(cameo("0234")?.description.length! > 5, true);
});

test("every code's PLOVER mode belongs to its type, and the 16 v2 types are listed", () => {
  assert.equal(ploverTypes().length, 16);
  assert.ok(ploverModes("ASSAULT").some((m) => m.name === "aerial"));
  for (const e of builtInOntology().codes.values()) {
    if (e.plover?.mode) assert.ok(ploverModes(e.plover.type).some((m) => m.name === e.plover!.mode), e.code);
  }
});

test("a malformed codebook line is reported with file:line", () => {
  const dir = tempDir("parley-onto-");
  for (const f of ["cameo-roots.tsv", "plover.tsv", "country-aliases.tsv", "derived-codes.tsv"]) copyFileSync(join(dataDir, "ontology", f), join(dir, f));
  writeFileSync(join(dir, "cameo.tsv"), "code\tgoldstein\tplover_type\tplover_mode\tcontexts\tbasis\tdescription\n010\tabc\t-\t-\t-\tparley\tx\n");
  assert.throws(() => loadOntology(dir), (err: unknown) => err instanceof SourceError && /cameo\.tsv:2: Goldstein/.test(err.message));
});

test("non-CAMEO codes from imported dictionaries fall back to their nearest listed parent", () => {
  assert.equal(nearestCameo("174K")?.code, "174");
  assert.equal(nearestCameo("1952")?.code, "195");
  assert.equal(nearestCameo("0579")?.code, "057");
  assert.equal(nearestCameo("0841")?.code, "0841");
  assert.equal(nearestCameo("903"), undefined);
  assert.equal(nearestCameo("---"), undefined);
});

test("old PLOVER labels and non-ISO country codes are mapped", () => {
  assert.equal(ploverTypeName("FIGHT"), "ASSAULT");
  assert.equal(ploverTypeName("demand"), "REQUEST");
  assert.equal(ploverTypeName("AGREE"), "AGREE");
  assert.equal(isoCountry("JAP"), "JPN");
  assert.equal(isoCountry("ISR"), "ISR");
});

test("promised, threatened, demanded and refused actions get their own codes", () => {
  assert.equal(derivedCode("0874", "promise"), "0356");
  assert.equal(derivedCode("0841", "demand"), "1053");
  assert.equal(derivedCode("0841", "refuse"), "1243");
  assert.equal(derivedCode("163", "threaten"), "1312");
  assert.equal(derivedCode("195", "threaten"), "1384");
  assert.equal(derivedCode("0841", "threaten"), undefined);
  assert.equal(derivedCode("010", "promise"), undefined);
});

test("an appeal for, demand for or refusal of a stated intent is one for the act intended; an intent is not promised again", () => {
  assert.equal(derivedCode("0356", "appeal"), "0256");
  assert.equal(derivedCode("036", "demand"), "106");
  assert.equal(derivedCode("0332", "refuse"), "1222");
  // an intent is not promised again (the loader refuses a derived code the codebook lacks)
  assert.equal(derivedCode("0356", "promise"), undefined);
});
