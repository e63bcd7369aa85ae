// PETRARCH-2 transformations (rule framing.petrarch-transformation) and form entries that must not hide a
// verb's own patterns, on hand-parsed sentences with small PETRARCH dictionaries.
import { test } from "node:test";
import assert from "node:assert/strict";
import { builtInOntology } from "../src/events/ontology.js";
import { loadFrameCues } from "../src/clauses/cues.js";
import { parsePetrarchVerbs } from "../src/events/petrarch-verbs.js";
import { parseTransformation, formatTransformation } from "../src/events/transformation-format.js";
import { RuleSwitch } from "../src/rules/rule.js";
import { SourceError } from "../src/errors.js";
import type { EventRecord } from "../src/text/annotations.js";
import { actor, article, mention, rowsDoc, testCoder } from "./helpers/events.js";

const VERBS = `
--- SAY [010] ---
SAY {SAYS SAID SAYING}
--- WANT [030] ---
WANT
--- PHYSICAL_CONFLICT [190] ---
+ATTACKED_AND_STABBED {}
ATTACK
~ a (a b ATTACK) SAY = a b 015
~ a (b . ATTACK) SAY = a b 112
~ a (_ b ATTACK) WANT = a b 138
`;
const lexicon = parsePetrarchVerbs(VERBS, "test-verbs.txt").lexicon;
const show = (es: EventRecord[]) => es.map((e) => `${e.cameo}:${e.source?.code ?? "-"}>${e.target?.code ?? "-"}`).sort();
const ISR = actor("ISR", "ISR"), HMS = actor("PSEREBHMS", "PSE", { sectors: ["REB"], org: "HMS" }), EGY = actor("EGY", "EGY");
const code = (d: ReturnType<typeof rowsDoc>, ms: ReturnType<typeof mention>[], ...off: string[]) =>
  show(testCoder({ lexicon, ontology: builtInOntology(), cues: loadFrameCues(), rules: new RuleSwitch(off) }).code(d, article(d, "2024-05-01"), ms));

test("transformation lines: read, written back the same, and a malformed one named by file:line", () => {
  const t = parseTransformation("v.txt:3", "~ a (b . ATTACK) SAY = a b 112");
  assert.deepEqual([t.verb, t.innerSource, t.innerTarget, t.innerVerb, t.target, t.code], ["say", "b", ".", "attack", "b", "112"]);
  assert.equal(formatTransformation(t), "~ a (b . attack) say = a b 112");
  assert.deepEqual(parseTransformation("v.txt:4", formatTransformation(t)).innerVerb, "attack");
  assert.throws(() => parseTransformation("v.txt:5", "~ a (b . ATTACK) SAY = c b 112"), (e: unknown) => e instanceof SourceError && /v\.txt:5/.test(e.message));
  assert.equal(lexicon.transformations?.length, 3);
});

test("a form's own entry does not hide the verb: 'attacked' has CAMEO.2.0's '+ATTACKED_AND_STABBED' entry and still codes ATTACK", () => {
  const d = rowsDoc(["1 Hamas Hamas PROPN NNP 2 nsubj", "2 attacked attack VERB VBD 0 root", "3 Egypt Egypt PROPN NNP 2 obj"]);
  assert.deepEqual(code(d, [mention(d, 0, 1, 1, 1, HMS), mention(d, 0, 3, 3, 3, EGY)]), ["190:PSEREBHMS>EGY"]);
});

test("framing.petrarch-transformation: 'Israel said Hamas attacked Egypt' is Israel's accusation of Hamas (112) in place of the attack; 'Hamas said it attacked' a claim (015)", () => {
  const rows = (subj: string) => rowsDoc(["1 Israel Israel PROPN NNP 2 nsubj", "2 said say VERB VBD 0 root", `3 ${subj} ${subj} PROPN NNP 4 nsubj`,
    "4 attacked attack VERB VBD 2 ccomp", "5 Egypt Egypt PROPN NNP 4 obj"]);
  const d = rows("Hamas");
  const ms = [mention(d, 0, 1, 1, 1, ISR), mention(d, 0, 3, 3, 3, HMS), mention(d, 0, 5, 5, 5, EGY)];
  assert.deepEqual(code(d, ms), ["112:ISR>PSEREBHMS"]);
  assert.ok(code(d, ms, "framing.petrarch-transformation").includes("190:PSEREBHMS>EGY"), "switched off, the attack is coded");
  const own = rows("Israel");
  assert.deepEqual(code(own, [mention(own, 0, 1, 1, 1, ISR), mention(own, 0, 3, 3, 3, ISR), mention(own, 0, 5, 5, 5, EGY)]), ["015:ISR>EGY"]);
});

test("framing.petrarch-transformation: 'Israel wants to attack Egypt' (a controlled act, no subject of its own) is a threat (138)", () => {
  const d = rowsDoc(["1 Israel Israel PROPN NNP 2 nsubj", "2 wants want VERB VBZ 0 root", "3 to to PART TO 4 mark", "4 attack attack VERB VB 2 xcomp",
    "5 Egypt Egypt PROPN NNP 4 obj"]);
  assert.deepEqual(code(d, [mention(d, 0, 1, 1, 1, ISR), mention(d, 0, 5, 5, 5, EGY)]), ["138:ISR>EGY"]);
});
