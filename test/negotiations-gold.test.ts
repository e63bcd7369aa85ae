// The negotiation gold set: every evidence string occurs in its text (read where it lives, never copied),
// and the board meets the bar on it (proposals found ≥ 80 %, responses ≥ 75 % precision and
// recall). The VOA texts are read from ../shared (PARLEY_SHARED); without them only the seeds are scored.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { packageRoot } from "../src/paths.js";
import { goldArticle, readNegotiationGold, scoreNegotiations } from "../src/eval/negotiations.js";
import { noPipeline, realAnalyzer } from "./helpers/pipeline.js";
import { SourceError } from "../src/errors.js";
import { writeFileSync } from "node:fs";
import { tempDir } from "./helpers/tmp.js";

const GOLD = join(packageRoot, "test", "fixtures", "negotiations", "gold.jsonl");

test("negotiation gold: every mention, term, response and meeting is words of its text", async (t) => {
  const records = readNegotiationGold(GOLD);
  assert.ok(records.length >= 7);
  let checked = 0;
  for (const r of records) {
    const { article, why } = await goldArticle(r);
    if (!article) {
      t.diagnostic(`skipped ${r.id}: ${why}`);
      continue;
    }
    const words = [
      ...r.proposals.flatMap((p) => [...p.mentions, ...p.terms.map((x) => x.words)]),
      ...r.responses.map((x) => x.words), ...r.meetings.map((x) => x.words),
    ];
    for (const w of words) assert.ok(article.text.includes(w), `${r.id}: «${w}» is not in the text`);
    checked++;
  }
  assert.ok(checked >= 2, "at least the two bundled seeds are checked");
});

test("negotiation gold: a bad line is a one-line error naming file and line", () => {
  const path = join(tempDir("parley-nego-"), "bad.jsonl");
  writeFileSync(path, `{"id":"x","corpus":"examples","path":"a.txt","proposals":[],"responses":[{"party":"ISR","stance":"likes"}],"meetings":[]}\n`);
  assert.throws(() => readNegotiationGold(path), (e: unknown) => e instanceof SourceError && /bad\.jsonl:1: responses\[0\]: needs "party" and "stance"/.test((e as Error).message));
});

test("negotiation gold: proposals found ≥ 80 %, responses (party, stance) ≥ 75 % precision and recall", { skip: !realAnalyzer && noPipeline }, async (t) => {
  const { score } = await scoreNegotiations(readNegotiationGold(GOLD), (a) => realAnalyzer!.analyze(a).negotiations!);
  for (const s of score.skipped) t.diagnostic(`skipped ${s}`);
  t.diagnostic(JSON.stringify({ proposals: score.proposals, responses: score.responses }));
  assert.ok(score.texts >= 2);
  assert.ok(score.proposals.recall >= 80, `proposal recall ${score.proposals.recall}`);
  assert.ok(score.responses.precision >= 75 && score.responses.recall >= 75, `responses P ${score.responses.precision} R ${score.responses.recall}`);
});

const FURTHER = join(packageRoot, "test", "fixtures", "negotiations", "gold-further.jsonl");

test("further negotiation gold (written before tuning): proposals found ≥ 80 %, responses ≥ 75 % precision and recall", { skip: !realAnalyzer && noPipeline }, async (t) => {
  const { score } = await scoreNegotiations(readNegotiationGold(FURTHER), (a) => realAnalyzer!.analyze(a).negotiations!);
  for (const s of score.skipped) t.diagnostic(`skipped ${s}`);
  if (!score.texts) return t.skip("no text of the further set is on this machine (set PARLEY_SHARED)");
  t.diagnostic(JSON.stringify({ proposals: score.proposals, responses: score.responses }));
  assert.equal(score.texts, 13, "every text of the further set is scored when one is");
  assert.ok(score.proposals.recall >= 80, `proposal recall ${score.proposals.recall}`);
  assert.ok(score.responses.precision >= 75 && score.responses.recall >= 75, `responses P ${score.responses.precision} R ${score.responses.recall}`);
});
