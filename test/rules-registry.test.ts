// The rule registry: every rule has a stage-prefixed id, a description and an example sentence; every rule
// acts on its own example through the real pipeline (switched off by id, the result changes, or the events
// name it) unless another test names it and checks it on a hand-made parse; a rule no test names fails here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../src/paths.js";
import { allRules } from "../src/pipeline/rules.js";
import { STAGES, checkRegistry, checkRuleIds } from "../src/rules/rule.js";
import { UserError } from "../src/errors.js";
import { outcome, runExample } from "./helpers/rule-examples.js";

const THIS_FILE = "rules-registry.test.ts";
/** Rules our parser does not send down their path on their example; each is checked on hand-made parses in the test named. */
const HAND_PARSED: Record<string, string> = {
  "repair.subject-doubled-on-reporter": "rules-hand-parsed.test.ts",
  "repair.apposition-in-list": "events-petrarch-patterns.test.ts",
  "repair.name-read-as-adverb": "events-petrarch-conventions.test.ts",
  "targets.indirect-object": "rules-hand-parsed.test.ts",
  "targets.first-actor-after-verb": "events-petrarch-patterns.test.ts",
  "targets.place-acted-on": "rules-hand-parsed.test.ts",
  "filters.copula-or-relative": "events-petrarch-patterns.test.ts",
  "filters.needs-named-party": "rules-hand-parsed.test.ts",
  "filters.event-noun-needs-evidence": "rules-hand-parsed.test.ts",
  "filters.their-noun-place-only": "rules-hand-parsed.test.ts",
  "filters.nominal-echo": "rules-hand-parsed.test.ts",
  "pairs.reverse-code": "events-petrarch-patterns.test.ts",
  // the built-in lexicon has no transformations: they come with imported PETRARCH-2 dictionaries
  "framing.petrarch-transformation": "events-petrarch-transformations.test.ts",
  // since the conditional-threat framing (voa5) its example's target is Israel with or without the rule
  "participants.title-read-as-adjective": "actors-dictionary.test.ts",
  // under the built-in conventions filters.plain-statement drops its example's statement first
  "filters.statement-needs-dyad": "events-statements-and-clauses.test.ts",
};

const testSources = (() => {
  const dir = join(packageRoot, "test");
  return new Map(readdirSync(dir).filter((f) => f.endsWith(".ts") && f !== THIS_FILE).map((f) => [f, readFileSync(join(dir, f), "utf8")]));
})();

test("the registry: unique stage-prefixed ids, a description and an example for each, every stage used", () => {
  const rules = allRules();
  assert.doesNotThrow(() => checkRegistry(rules));
  for (const s of STAGES) assert.ok(rules.some((r) => r.stage === s), `no rule in stage ${s}`);
  assert.throws(() => checkRegistry([...rules, rules[0]]), /duplicate id/);
  assert.throws(() => checkRuleIds(["targets.no-such-rule"], rules), (e: unknown) => e instanceof UserError && /unknown rule id: targets.no-such-rule/.test(e.message));
});

test("every registered rule is named by a test: its example run here, or a hand-parsed test elsewhere", () => {
  for (const r of allRules()) {
    const file = HAND_PARSED[r.id];
    if (!file) continue; // run on its example below, in a test named after it
    assert.ok(testSources.get(file)?.includes(r.id), `${r.id}: ${file} does not name it`);
  }
  for (const id of Object.keys(HAND_PARSED)) assert.ok(allRules().some((r) => r.id === id), `${id} is not registered`);
});

for (const r of allRules().filter((x) => !HAND_PARSED[x.id])) {
  test(`rule ${r.id} acts on its own example: "${r.example}"`, async () => {
    const { on, off } = await runExample(r);
    const traced = on.events.some((e) => e.rules.includes(r.id)) || on.figures.some((f) => f.rules?.includes(r.id));
    assert.ok(traced || outcome(on).join("\n") !== outcome(off).join("\n"),
      `switching ${r.id} off changes nothing on its example and no event or figure names it:\n${outcome(on).join("\n")}`);
  });
}
