import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot, sharedDir } from "../src/paths.js";
import { loadLexicon, lexiconStats, matchesWord, patternsFor, readParleyVerbFiles } from "../src/events/lexicon.js";
import { formatTransformation } from "../src/events/transformation-format.js";
import { formatLexicon, formatPattern } from "../src/events/lexicon-format.js";
import { importPetrarchVerbsDetailed } from "../src/events/petrarch-verbs.js";
import { cameo } from "../src/events/ontology.js";
import { NO_EVENT, type Lexicon } from "../src/events/lexicon-types.js";
import { SourceError } from "../src/errors.js";
import { tempDir } from "./helpers/tmp.js";

const builtIn = loadLexicon();

/** The first pattern of `lemma` whose constraints all name the given lemmas (a tiny stand-in for the coder). */
function code(lex: Lexicon, lemma: string, frame: { obj?: string; prep?: [string, string?]; comp?: string; particle?: string; neg?: boolean; noun?: boolean } = {}): string | undefined {
  return patternsFor(lex, lemma).find((p) =>
    (!p.object || (frame.obj !== undefined && matchesWord(lex, p.object, frame.obj))) &&
    (!p.prep || (frame.prep?.[0] === p.prep.word && (!p.prep.object || (frame.prep[1] !== undefined && matchesWord(lex, p.prep.object, frame.prep[1]))))) &&
    (!p.complement || (frame.comp !== undefined && matchesWord(lex, p.complement, frame.comp))) &&
    (p.particles ?? []).every((x) => x === frame.particle) &&
    !!p.negated === !!frame.neg && !!p.noun === !!frame.noun && !p.precedingWords && !p.followingWords,
  )?.code;
}

test("the built-in lexicon covers every CAMEO root with valid codes and several hundred patterns", () => {
  const stats = lexiconStats(builtIn);
  assert.ok(stats.patterns >= 800, `patterns ${stats.patterns}`);
  assert.ok(stats.classes >= 25 && stats.nouns >= 40);
  const roots = new Set<string>();
  for (const list of builtIn.byLemma.values()) {
    for (const p of list) {
      // "---": the frame is known and codes nothing ("meet the deadline")
      assert.ok(p.code === NO_EVENT || cameo(p.code), `${p.origin}: ${p.code} is not a CAMEO code`);
      if (p.code === NO_EVENT) continue;
      roots.add(p.code.slice(0, 2));
    }
  }
  assert.equal(roots.size, 20);
});

test("no two built-in patterns differ only in their code", () => {
  const seen = new Map<string, string>();
  for (const list of builtIn.byLemma.values()) {
    for (const p of list) {
      const k = formatPattern({ ...p, code: "X" });
      assert.ok(!seen.has(k), `${p.origin} repeats ${seen.get(k)}`);
      seen.set(k, p.origin);
    }
  }
});

test("object, preposition and complement constraints pick the code", () => {
  assert.equal(code(builtIn, "reject", { obj: "offer" }), "127");
  assert.equal(code(builtIn, "reject", { obj: "proposal" }), "127");
  assert.equal(code(builtIn, "reject", { obj: "accusation" }), "120"); // rejecting an accusation is a denial, coded 120 (PLOVER REJECT)
  assert.equal(code(builtIn, "deny", { obj: "responsibility" }), "016");
  assert.equal(code(builtIn, "reject"), "120");
  assert.equal(code(builtIn, "seize", { obj: "crossing" }), "192");
  assert.equal(code(builtIn, "release", { obj: "hostage" }), "0841");
  assert.equal(code(builtIn, "free", { obj: "prisoner" }), "0841");
  assert.equal(code(builtIn, "mediate"), "045");
  assert.equal(code(builtIn, "hold", { obj: "talks" }), "046");
  assert.equal(code(builtIn, "travel", { prep: ["to", "cairo"] }), "042");
  assert.equal(code(builtIn, "pledge", { comp: "destroy" }), "138");
  assert.equal(code(builtIn, "expand", { obj: "campaign", prep: ["into", "rafah"] }), "190");
  assert.equal(code(builtIn, "step", { obj: "assault", prep: ["on", "rafah"], particle: "up" }), "190");
  assert.equal(code(builtIn, "take", { obj: "hostage" }), "181");
  assert.equal(code(builtIn, "propose", { obj: "ceasefire" }), "0356");
  assert.equal(code(builtIn, "approve", { obj: "proposal" }), "037");
  assert.equal(code(builtIn, "declare", { obj: "proposal", comp: "unacceptable" }), "127");
  assert.equal(code(builtIn, "call", { obj: "it", comp: "delusional" }), "111");
  assert.equal(code(builtIn, "urge", { comp: "fight" }), "020");
  assert.equal(code(builtIn, "impose", { obj: "sanctions" }), "163");
  assert.equal(code(builtIn, "hit", { obj: "house" }), "195");
  assert.equal(code(builtIn, "accept", { obj: "proposal", neg: true }), "127");
  assert.equal(code(builtIn, "talks", { noun: true }), "046");
  assert.equal(code(builtIn, "offensive", { noun: true }), "190");
  assert.equal(code(builtIn, "ceasefire", { noun: true }), "0871");
  assert.equal(code(builtIn, "tell", { comp: "go" }), "100");
});

test("patterns are ordered most specific first", () => {
  const list = patternsFor(builtIn, "reject");
  assert.ok(list[0].object, "a constrained pattern comes first");
  assert.equal(list.at(-1)!.object, undefined);
});

test("malformed lexicon lines are reported as file:line", () => {
  const dir = tempDir("parley-verbs-");
  const cases: [string, RegExp][] = [
    ["127 reject obj=&NOPE\n", /bad\.txt:1: unknown word class &NOPE/],
    ["# c\n\n12.7 reject\n", /bad\.txt:3: expected "CODE LEMMA/],
    ["127 Reject\n", /bad\.txt:1: expected a lower-case lemma/],
    ["127 reject colour=red\n", /bad\.txt:1: unknown key "colour="/],
    ["127 reject target=prep\n", /bad\.txt:1: target=prep needs a prep=WORD/],
    ["&lower = a b\n", /bad\.txt:1: expected "&NAME = word/],
  ];
  for (const [text, re] of cases) {
    const f = join(dir, "bad.txt");
    writeFileSync(f, text);
    assert.throws(() => readParleyVerbFiles([f]), (e: unknown) => e instanceof SourceError && re.test(e.message), text);
  }
});

const fixture = join(packageRoot, "test/fixtures/petrarch-verbs.txt");

test("imports a PETRARCH-style dictionary: synonyms, multi-word verbs, classes, slots, codes", () => {
  const r = importPetrarchVerbsDetailed(fixture);
  assert.equal(r.blocks, 3);
  assert.equal(r.verbs, 5);
  assert.equal(r.patternLines, 8);
  assert.deepEqual(r.rejected.map((x) => x.where), ["petrarch-verbs.txt:25", "petrarch-verbs.txt:26", "petrarch-verbs.txt:31"]);
  assert.match(r.rejected[0].reason, /bad code \[12x!\]/);
  assert.match(r.rejected[1].reason, /verb marker \*/);
  assert.match(r.rejected[2].reason, /not a verb, pattern/);
  const lex = r.lexicon;
  // a PETRARCH-2 transformation line is read (rule framing.petrarch-transformation), not rejected
  assert.deepEqual(lex.transformations?.map((t) => [t.verb, t.innerSource, t.innerTarget, t.innerVerb, t.target, t.code, t.origin]),
    [["say", "a", "b", "x", "b", "015", "petrarch-verbs.txt:32"]]);
  assert.deepEqual([...lex.classes.get("OFFERS")!].sort(), ["offer", "peace_plan", "proposal", "roadmap"]);
  assert.equal(lex.forms!.get("spurned"), "spurn");
  assert.equal(lex.forms!.get("turned"), "turn");
  const spurn = patternsFor(lex, "spurn");
  const offer = spurn.find((p) => p.code === "127")!;
  assert.deepEqual(offer.object, ["&OFFERS"]);
  assert.match(offer.origin, /petrarch-verbs\.txt:18 - \* &OFFERS +\[127\]/);
  const slot = spurn.find((p) => p.code === "111")!;
  assert.equal(slot.target, "subj");
  assert.equal(slot.source, "prep");
  assert.equal(slot.sourcePrep, "in");
  const withBoard = spurn.find((p) => p.code === "128")!;
  assert.deepEqual(withBoard.prep, { word: "with", object: ["board"] });
  assert.equal(withBoard.reverseCode, "129");
  assert.equal(spurn.find((p) => p.code === "081")!.negated, true);
  assert.deepEqual(spurn.find((p) => p.code === "102")!.complement, ["reconsider"]);
  assert.equal(spurn.find((p) => p.code === NO_EVENT)!.object![0], "budget");
  assert.deepEqual(spurn.find((p) => p.code === "030")!.particles, ["on"]);
  assert.equal(patternsFor(lex, "snub").find((p) => !p.object && !p.prep && !p.complement && !p.negated && !p.particles && !p.precedingWords)!.code, "121");
  const turnDown = patternsFor(lex, "turn").filter((p) => p.particles?.[0] === "down");
  assert.ok(turnDown.some((p) => p.code === "127"), "block patterns apply to every verb of the block");
  assert.equal(patternsFor(lex, "greet").find((p) => p.reciprocal)?.code, "043");
  assert.equal(patternsFor(lex, "greet").length, 1, "a [---] block default adds no pattern");
});

test("an imported lexicon written in parley's format reads back the same", () => {
  const { lexicon } = importPetrarchVerbsDetailed(fixture);
  const dir = tempDir("parley-verbs-");
  const f = join(dir, "imported.txt");
  writeFileSync(f, formatLexicon(lexicon, ["test"]));
  const back = loadLexicon([f]);
  assert.deepEqual(lexiconStats(back), lexiconStats(lexicon));
  const strip = (l: Lexicon) => [...l.byLemma.values()].flat().map(formatPattern).sort();
  assert.deepEqual(strip(back), strip(lexicon));
  const lines = (l: Lexicon) => (l.transformations ?? []).map((t) => formatTransformation(t));
  assert.deepEqual(lines(back), lines(lexicon), "transformations survive the round trip");
  assert.equal(lines(back).length, 1);
  assert.equal(loadLexicon([fixture]).byLemma.get("spurn")!.length, lexicon.byLemma.get("spurn")!.length, "loadLexicon detects PETRARCH files");
});

const suites: [string, number, number][] = [
  ["eval/petrarch-unittest/PETR.Validate.verbs.txt", 473, 3],
  ["eval/universalpetrarch-validate/PETR_Validate_verbs_2_02.txt", 357, 2],
  // CAMEO.2.0's one rejected line is a typo in the reference ("[080!]"); its eight transformations are read
  ["reference/petrarch-dictionaries/CAMEO.2.0.txt", 4667, 1],
];
for (const [rel, lines, rejected] of suites) {
  const path = join(sharedDir, rel);
  test(`imports ${rel.split("/").pop()}`, { skip: !existsSync(path) && "../shared absent" }, () => {
    const r = importPetrarchVerbsDetailed(path);
    assert.equal(r.patternLines, lines);
    assert.equal(r.rejected.length, rejected, r.rejected.map((x) => `${x.where} ${x.reason}`).join("\n"));
    assert.ok(r.patterns >= r.patternLines);
    if (rel.includes("CAMEO.2.0")) assert.equal(r.lexicon.transformations?.length, 8);
  });
}
