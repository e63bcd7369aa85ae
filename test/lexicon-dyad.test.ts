// The lexicon's `dyad` flag (broad verbs coded only between a named source and a target, rule
// filters.broad-verb-needs-dyad), and `parley verbs coverage --gaps`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { RuleSwitch } from "../src/rules/rule.js";
import { loadFrameCues } from "../src/clauses/cues.js";
import { builtInOntology } from "../src/events/ontology.js";
import { loadLexicon, parsePatternLine, readParleyVerbFiles } from "../src/events/lexicon.js";
import { formatPattern } from "../src/events/lexicon-format.js";
import { lexiconCoverage, lexiconGaps } from "../src/events/lexicon-coverage.js";
import { main } from "../src/cli/main.js";
import type { EventRecord } from "../src/text/annotations.js";
import { actor, article, lexicon, mention, rowsDoc, testCoder } from "./helpers/events.js";
import { tempDir } from "./helpers/tmp.js";

const cues = loadFrameCues();
const show = (es: EventRecord[]) => es.map((e) => `${e.source?.code ?? "-"}>${e.target?.code ?? "-"}:${e.cameo}@${e.trigger.text}`).sort();
const RULE = "filters.broad-verb-needs-dyad";

function verbFile(lines: string[]): string {
  const f = join(tempDir(), "v.txt");
  writeFileSync(f, lines.join("\n") + "\n");
  return f;
}

test("the loader reads the dyad flag, the writer writes it back, and only flagged patterns carry it", () => {
  const lex = readParleyVerbFiles([verbFile(["172 hold dyad", "181 hold obj=hostage", "190 hit obj=base target=obj dyad"])]);
  const hold = lex.byLemma.get("hold")!;
  assert.deepEqual(hold.map((p) => [p.code, p.dyad === true]), [["181", false], ["172", true]]);
  const hit = lex.byLemma.get("hit")![0];
  assert.equal(hit.dyad, true);
  assert.equal(formatPattern(hit), "190 hit obj=base target=obj dyad");
  assert.deepEqual(parsePatternLine("x:1", formatPattern(hit)), { ...hit, origin: "x:1" });
  assert.throws(() => parsePatternLine("x:2", "190 hit dyads"), /x:2: unknown flag "dyads" \(flags: noun, neg, recip, dyad/);
});

test("the built-in lexicon flags its broad verbs, and not its specific ones", () => {
  const lex = loadLexicon();
  const def = (lemma: string) => lex.byLemma.get(lemma)?.find((p) => !p.object && !p.prep && !p.complement && !p.noun && !p.particles);
  for (const broad of ["take", "back", "give", "grant"]) assert.equal(def(broad)?.dyad, true, `${broad} should carry dyad`);
  for (const specific of ["kidnap", "bomb"]) assert.notEqual(def(specific)?.dyad, true, `${specific} should not carry dyad`);
});

test("rule filters.broad-verb-needs-dyad: a broad verb without a target makes no event; switched off, it does", () => {
  // "Iran took the lead." / "Iran took Mosul." (Mosul named as an actor here, to keep the parse simple)
  const alone = rowsDoc(["1 Iran Iran PROPN NNP 2 nsubj", "2 took take VERB VBD 0 root", "3 the the DET DT 4 det", "4 lead lead NOUN NN 2 obj"]);
  const withTarget = rowsDoc(["1 Iran Iran PROPN NNP 2 nsubj", "2 took take VERB VBD 0 root", "3 Iraq Iraq PROPN NNP 2 obj"]);
  const take = [{ code: "171", lemma: "take", dyad: true }];
  const coder = (off: string[] = []) => testCoder({ lexicon: lexicon(take), ontology: builtInOntology(), cues, rules: new RuleSwitch(off) });
  const iran = (d: typeof alone) => [mention(d, 0, 1, 1, 1, actor("IRN", "IRN"))];
  const a = article(alone, "2024-02-08");
  assert.deepEqual(coder().code(alone, a, iran(alone)), []);
  assert.deepEqual(show(coder([RULE]).code(alone, a, iran(alone))), ["IRN>-:171@took"]);
  const ms = [...iran(withTarget), mention(withTarget, 0, 3, 3, 3, actor("IRQ", "IRQ"))];
  assert.deepEqual(show(coder().code(withTarget, article(withTarget, "2024-02-08"), ms)), ["IRN>IRQ:171@took"], "with both actors it is coded");
  // the same verb without the flag is coded alone: the rule acts on the flag, not on the verb
  const plain = testCoder({ lexicon: lexicon([{ code: "171", lemma: "take" }]), ontology: builtInOntology(), cues, rules: new RuleSwitch() });
  assert.deepEqual(show(plain.code(alone, a, iran(alone))), ["IRN>-:171@took"]);
});

test("coverage gaps: the reference verbs our default patterns miss, most reference patterns first", () => {
  const reference = readParleyVerbFiles([verbFile(["190 attack", "190 attack obj=base", "190 attack obj=town", "1823 kill", "040 meet", "040 meet prep=in", "120 refuse", "--- add"])]);
  const ours = readParleyVerbFiles([verbFile(["180 kill", "111 attack", "040 meet"])]);
  assert.deepEqual(lexiconGaps(reference, [ours]), [
    { verb: "attack", code: "190", patterns: 3, ours: "111" },
    { verb: "refuse", code: "120", patterns: 1, ours: null },
  ]);
  const c = lexiconCoverage(reference, [ours]);
  assert.equal(c.verbs - c.default_same_root, lexiconGaps(reference, [ours]).length, "gaps are the verbs the root figure misses");
});

/** Runs the CLI with console.log and console.error captured. */
async function run(args: string[]): Promise<{ code: number; out: string[]; errors: string[] }> {
  const out: string[] = [], errors: string[] = [];
  const [log, err] = [console.log, console.error];
  console.log = (...a: unknown[]) => void out.push(a.join(" "));
  console.error = (...a: unknown[]) => void errors.push(a.join(" "));
  try {
    return { code: await main(["node", "parley", ...args]), out, errors };
  } finally {
    [console.log, console.error] = [log, err];
    process.exitCode = undefined;
  }
}

test("parley verbs coverage --gaps lists the missed verbs; --gaps N the first N; a bad N is one clear error", async () => {
  const reference = verbFile(["--- ATTACK [190] ---", "ATTACK", "- * BASE [190]", "", "--- REFUSE [120] ---", "REFUSE", "",
    "--- TRAVEL [042] ---", "TRAVEL", "", "--- KILL [1823] ---", "KILL"]);
  const ours = verbFile(["1823 kill", "111 attack"]);
  const all = await run(["verbs", "coverage", reference, "--verbs", ours, "--gaps"]);
  assert.equal(all.code, 0, all.errors.join("\n"));
  const rows = all.out.filter((l) => /^ {2}\d/.test(l)).map((l) => l.trim().split(/\s+/));
  assert.deepEqual(rows, [["190", "attack", "2", "111"], ["120", "refuse", "1", "-"], ["042", "travel", "1", "-"]]);
  const two = await run(["verbs", "coverage", reference, "--verbs", ours, "--gaps", "2", "--json"]);
  const j = JSON.parse(two.out.join("\n"));
  assert.deepEqual(j.gaps.map((g: { verb: string }) => g.verb), ["attack", "refuse"]);
  assert.equal(j.pct_default_same_root, 25);
  const bad = await run(["verbs", "coverage", reference, "--verbs", ours, "--gaps", "0"]);
  assert.equal(bad.code, 2);
  assert.deepEqual(bad.errors, ['parley: --gaps takes a positive whole number, got "0"']);
});
