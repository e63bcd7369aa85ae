// The figures the figures-tracker issue lists for the two seed articles, checked through the whole
// pipeline on the articles as ingest reads them (dates from the sidecars, datelines found). Skips, saying
// why, while a stage cannot load (e.g. no trained parser yet).
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { examplesDir } from "../src/paths.js";
import { noPipeline, realAnalyzer } from "./helpers/pipeline.js";
import { readSources } from "../src/ingest/index.js";
import type { AnalysedDoc } from "../src/text/analysed.js";
import type { Figure } from "../src/text/annotations.js";

const analyzer = realAnalyzer;
const why = noPipeline;

async function analysed(file: string): Promise<AnalysedDoc> {
  for await (const item of readSources([join(examplesDir, file)])) {
    if (item.ok) return analyzer!.analyze(item.article);
    throw item.error;
  }
  throw new Error(`no article read from ${file}`);
}

function only(figs: Figure[], kind: string, best: number): Figure {
  const found = figs.filter((f) => f.kind === kind && f.value.best === best);
  assert.equal(found.length, 1, `one ${kind} ${best} figure (have: ${figs.map((f) => `${f.kind} ${f.value.best}`).join(", ")})`);
  return found[0];
}

test("seed article 2024-02-08: the figures the figures issue lists", { skip: !analyzer && why }, async () => {
  const doc = await analysed("2024-02-08-gaza-ceasefire-talks.txt");
  const figs = doc.figures;
  const event = (f: Figure) => (f.event === null ? null : doc.events[f.event]);

  // 1, 2: killed 1,200 and 253 hostages taken in southern Israel on 2023-10-07 by Hamas militants from Gaza
  const killed = only(figs, "killed", 1200);
  assert.equal(killed.subjects?.text, "people");
  assert.match(killed.perpetrator?.text ?? "", /^Hamas militants/);
  assert.equal(killed.perpetrator?.org, "HMS");
  assert.deepEqual([killed.period.type, killed.period.start, killed.place?.country], ["incident", "2023-10-07", "ISR"]);
  assert.equal(event(killed)?.date, "2023-10-07", "1,200 killed belongs to the 2023-10-07 assault");
  const taken = only(figs, "hostages_taken", 253);
  assert.deepEqual([taken.period.start, taken.perpetrator?.org, event(taken)?.cameo], ["2023-10-07", "HMS", "181"]);

  // 3: at least 27,585 Palestinians confirmed killed, cumulative since 2023-10-07, per Gaza's health ministry
  const toll = only(figs, "killed", 27585);
  assert.deepEqual([toll.value.min, toll.value.max, toll.qualifier], [27585, null, "at least"]);
  assert.deepEqual([toll.subjects?.text, toll.subjects?.country], ["Palestinians", "PSE"]);
  assert.deepEqual([toll.claimant?.text, toll.claimant?.code], ["Gaza's health ministry", "PSEHLH"]);
  assert.equal(toll.verification, "confirmed");
  assert.deepEqual([toll.period.type, toll.period.start, toll.period.end, toll.asOf], ["cumulative", "2023-10-07", "2024-02-08", "2024-02-08"]);
  assert.match(toll.addition?.text ?? "", /^thousands more feared buried under rubble/);
  assert.ok(!figs.some((f) => f.value.best === 2000 && f.qualifier === "thousands"), "the addition is not a figure of its own");

  // 4: 110 hostages and 240 Palestinian prisoners (by Israel) released in the truce at the end of November 2023
  const hostages = only(figs, "hostages_released", 110);
  const prisoners = only(figs, "prisoners_released", 240);
  assert.equal(prisoners.subjects?.text, "Palestinian prisoners");
  assert.equal(prisoners.perpetrator?.code, "ISR");
  for (const f of [hostages, prisoners]) {
    assert.equal(f.period.type, "incident");
    assert.ok(f.period.start?.startsWith("2023-11"), `${f.kind}: ${f.period.start}`);
  }

  // 5: killed 7 and injured 11, per Hamas media, unverified (Reuters could not independently verify)
  for (const f of [only(figs, "killed", 7), only(figs, "injured", 11)]) {
    assert.equal(f.claimant?.text, "Hamas media");
    assert.equal(f.verification, "unverified");
    assert.equal(f.subjects?.text, "people");
    const e = event(f);
    assert.ok(e && ["18", "19", "20"].includes(e.root), `${f.kind} ${f.value.best} belongs to the Tel Al-Sultan strikes`);
  }

  // 6: about half of 2.3 million people penned in Rafah: sheltering, about 1.15 million, arithmetic recorded
  const rafah = only(figs, "sheltering", 1150000);
  assert.deepEqual([rafah.qualifier, rafah.value.min, rafah.value.max, rafah.place?.name], ["about", null, null, "Rafah"]);
  assert.match(rafah.valueRule, /half × 2,300,000/);

  // 7: the poll's 51% and 36% are shares, not figures of people
  assert.ok(!figs.some((f) => [51, 36].includes(f.value.best)), "no poll figure is recorded");
  for (const f of figs) assert.equal(doc.text.slice(f.start, f.end), f.text);
});

test("seed article 2024-05-08: displaced Palestinians sheltering in Rafah, hundreds of thousands homeless", { skip: !analyzer && why }, async () => {
  const doc = await analysed("2024-05-08-rafah-crossing.txt");
  const figs = doc.figures;
  const sheltering = only(figs, "sheltering", 1000000);
  assert.deepEqual([sheltering.qualifier, sheltering.value.max, sheltering.subjects?.text, sheltering.place?.name],
    ["more than", null, "displaced Palestinians", "Rafah"]);
  const homeless = only(figs, "homeless", 200000);
  assert.deepEqual([homeless.qualifier, homeless.subjects?.text], ["hundreds of thousands", "people"]);
  assert.equal(sheltering.outlet, "Reuters");
  assert.ok(!figs.some((f) => f.kind === "count"), `no plain counts of delegations or sources: ${figs.map((f) => f.text).join("; ")}`);
});
