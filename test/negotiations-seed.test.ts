// The board the negotiation issue lists for the two seed articles, through the whole pipeline on the
// articles as ingest reads them; then stored, read back unchanged, and shown by `parley negotiations`.
// Skips, saying why, while a stage cannot load.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { examplesDir } from "../src/paths.js";
import { noPipeline, realAnalyzer } from "./helpers/pipeline.js";
import { readSources } from "../src/ingest/index.js";
import type { AnalysedDoc } from "../src/text/analysed.js";
import type { NegotiationLayer, NegotiationParty } from "../src/text/annotations.js";
import { openStore } from "../src/store/open.js";
import { saveAnalysis } from "../src/store/save.js";
import { readNegotiations } from "../src/store/negotiations-rows.js";
import { boardArticles } from "../src/store/negotiations-read.js";
import { buildBoard } from "../src/negotiations/board.js";
import { boardMarkdown } from "../src/export/negotiations.js";
import { tmpDbPath } from "./helpers/store.js";
import { runCli } from "./helpers/cli.js";

const skip = !realAnalyzer && noPipeline;

async function analysed(file: string): Promise<AnalysedDoc> {
  for await (const item of readSources([join(examplesDir, file)])) {
    if (item.ok) return realAnalyzer!.analyze(item.article);
    throw item.error;
  }
  throw new Error(`no article read from ${file}`);
}

const keys = (ps: NegotiationParty[]) => ps.map((p) => p.key).sort();
const board = (d: AnalysedDoc): NegotiationLayer => d.negotiations!;
const text = (d: AnalysedDoc, s: { start: number; end: number }) => d.text.slice(s.start, s.end);

test("seed 2024-02-08: the framework, Hamas's counter-offer with its terms, Israel's rejection, US room to negotiate, Cairo talks, the November truce", { skip }, async () => {
  const d = await analysed("2024-02-08-gaza-ceasefire-talks.txt");
  const n = board(d);
  assert.equal(n.process?.name, "Israel–Hamas");
  assert.deepEqual(keys(n.process!.mediators), ["EGY", "QAT", "USA"]);

  const framework = n.proposals.findIndex((p) => /drawn up|proposal$/.test(p.label) && keys(p.drafters).join() === "ISR,USA");
  assert.ok(framework >= 0, `a proposal drawn up by US and Israeli spy chiefs (have ${n.proposals.map((p) => p.label).join("; ")})`);
  const p1 = n.proposals[framework];
  assert.deepEqual([keys(p1.mediators), keys(p1.recipients)], [["EGY", "QAT"], ["HMS"]]);
  assert.equal(p1.steps.find((s) => s.step === "delivered")?.date, "2024-01-29", "delivered last week");

  const offer = n.proposals.findIndex((p) => keys(p.proposers).join() === "HMS");
  const p2 = n.proposals[offer];
  assert.deepEqual([p2.relation?.type, p2.relation?.to], ["response_to", framework]);
  const terms = Object.fromEntries(p2.terms.map((t) => [t.kind, t.value]));
  assert.deepEqual(terms, { duration: "4.5 months", hostage_release: "all", withdrawal: "Israel from Gaza", end_of_war: "yes" });
  assert.equal(text(d, p2.terms.find((t) => t.kind === "duration")!.evidence), "4-1/2 months");
  assert.ok(p2.mentions.some((m) => m.text === "Hamas' latest offer") && p2.mentions.some((m) => m.text === "The Hamas offer"));

  const answers = n.responses.filter((r) => r.proposal === offer).map((r) => [r.party.key, r.stanceClass, r.date]);
  assert.deepEqual(answers, [["ISR", "reject", "2024-02-07"], ["USA", "positive", "2024-02-08"]]);
  const nbc = n.responses.find((r) => r.party.key === "ISR" && r.stanceClass === "conditions");
  assert.ok(nbc, "Israel's reported position (Sinwar's exile …)");
  assert.deepEqual(nbc.conditions.map((t) => t.kind).sort(), ["exile", "governance", "hostage_release"]);
  assert.equal(nbc.modality, "hypothetical");

  const cairo = n.meetings.find((m) => m.venue?.name === "Cairo");
  assert.ok(cairo);
  assert.deepEqual([cairo.status, cairo.date, cairo.leader?.text], ["planned", "2024-02-08", "senior official Khalil Al Hayya"]);
  assert.ok(["HMS", "EGY", "QAT"].every((k) => cairo.parties.some((p) => p.key === k)));

  const truce = n.agreements.find((a) => /truce/.test(a.trigger.text));
  assert.ok(truce);
  assert.deepEqual(truce.figures.map((k) => d.figures[k].value.best), [110, 240]);
  assert.deepEqual(truce.terms.map((t) => `${t.kind} ${t.value}`), ["duration 1 week"]);
});

test("seed 2024-05-08: the three-phase proposal approved by Hamas and declared unacceptable, Hamas's revised proposal, the sticking points, Cairo talks and Burns's visit", { skip }, async () => {
  const d = await analysed("2024-05-08-rafah-crossing.txt");
  const n = board(d);
  assert.equal(n.process?.name, "Israel–Hamas");
  const three = n.proposals.findIndex((p) => p.label === "a three-phase proposal");
  assert.ok(three >= 0);
  assert.deepEqual(n.proposals[three].terms.map((t) => [t.kind, t.value]), [["phases", "3"]]);
  const answers = n.responses.filter((r) => r.proposal === three).map((r) => [r.party.key, r.stanceClass, r.stance, r.date]).sort();
  assert.deepEqual(answers, [["HMS", "accept", "approves", "2024-05-08"], ["ISR", "reject", "declares unacceptable", "2024-05-06"]]);

  const revised = n.proposals.findIndex((p) => p.label === "a revised proposal");
  const p4 = n.proposals[revised];
  assert.deepEqual([keys(p4.proposers), p4.relation?.type, p4.relation?.to], [["HMS"], "revision_of", three]);
  assert.ok(p4.steps.some((s) => s.step === "presented"));
  const kirby = n.responses.find((r) => r.proposal === revised && r.party.key === "USA" && r.rule.startsWith("stances.tsv"));
  assert.ok(kirby && kirby.stanceClass === "positive", "the US (Kirby): the gaps can be closed");

  const sticking = n.responses.filter((r) => r.proposal === null && r.stanceClass === "conditions");
  const terms = (k: string) => sticking.filter((r) => r.party.key === k).flatMap((r) => r.conditions.map((t) => `${t.kind} ${t.value}`));
  assert.ok(terms("HMS").includes("ceasefire_type permanent"), "Hamas requires a permanent end");
  assert.ok(terms("ISR").includes("ceasefire_type temporary"), "Israel: only a temporary halt");
  assert.ok(sticking.some((r) => r.party.key === "HMS" && r.stance.startsWith("warns")), "Hamdan: no truce if the Rafah operation continues");

  const talks = n.meetings.find((m) => m.venue?.name === "Cairo" && m.parties.length === 5);
  assert.ok(talks, "five delegations in Cairo");
  assert.deepEqual([talks.status, talks.date, keys(talks.parties)], ["held", "2024-05-07", ["EGY", "HMS", "ISR", "QAT", "USA"]]);
  const burns = n.meetings.find((m) => m.kind === "visit" && m.venue?.name === "Israel");
  assert.deepEqual([burns?.status, burns?.date], ["planned", "2024-05-08"]);
  assert.ok(n.agreements.some((a) => a.terms.some((t) => t.kind === "duration" && t.value === "1 week")), "the week-long ceasefire in November");
});

test("seed boards stored and read back unchanged; the board across both articles and `parley negotiations`", { skip }, async () => {
  const path = tmpDbPath();
  const store = await openStore(path);
  const docs = [await analysed("2024-02-08-gaza-ceasefire-talks.txt"), await analysed("2024-05-08-rafah-crossing.txt")];
  for (const d of docs) {
    const saved = await saveAnalysis(store.db, d);
    const back = await readNegotiations(store.db, saved.articleId);
    assert.deepEqual(back.layer, JSON.parse(JSON.stringify(d.negotiations)));
  }
  const b = buildBoard(await boardArticles(store.db));
  await store.close();
  assert.equal(b.processes.length, 1, "both seeds are the Israel–Hamas talks");
  const proc = b.processes[0];
  assert.equal(proc.articles.length, 2);
  // three months apart: the February and May proposals stay apart
  assert.equal(proc.proposals.length, 4);
  assert.deepEqual(proc.proposals.map((p) => p.status), ["rejected", "countered", "under consideration", "revised"]);
  const md = boardMarkdown(b);
  for (const want of [/^# Israel–Hamas/m, /Mediators: US, Qatar, Egypt/, /## Positions and sticking points/, /## Next meetings/, /Cairo: Hamas/, /## Earlier agreements/]) assert.match(md, want);

  const table = await runCli(["negotiations", "--db", path]);
  assert.equal(table.code, 0, table.stderr);
  assert.match(table.stdout, /Hamas' latest offer +by Hamas +rejected/);
  const json = JSON.parse((await runCli(["negotiations", "--format", "json", "--db", path])).stdout);
  const first = json.processes[0].proposals[0];
  const show = await runCli(["negotiations", "show", String(first.id), "--db", path]);
  assert.match(show.stdout, new RegExp(`^#${first.id} Hamas' latest offer \\(Israel–Hamas\\) — rejected`));
  assert.match(show.stdout, /term duration 4\.5 months {2}«4-1\/2 months»/);
  const none = await runCli(["negotiations", "show", "9999", "--db", path]);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /no proposal #9999 on the board/);
  // `parley show` marks the article's negotiation items and lists them
  const article = await runCli(["show", json.processes[0].articles[0], "--db", path], { NO_COLOR: "1" });
  assert.equal(article.code, 0, article.stderr);
  assert.match(article.stdout, new RegExp(`latest «offer»\\(proposal #${first.id}\\)`));
  assert.match(article.stdout, /\{rejected\}\(127 · ISR reject\)/, "a response on an event trigger: both labels");
  assert.match(article.stdout, /^Negotiations \(\d+;/m);
  assert.match(article.stdout, new RegExp(`^  response  ISR rejects proposal #${first.id}  2024-02-07$`, "m"));
  assert.match(article.stdout, /^  planned visit in Cairo {2}2024-02-08/m);
  const other = await runCli(["negotiations", "--process", "Ukraine", "--db", path]);
  assert.match(other.stdout, /\(no negotiations stored\)/);
  const bad = await runCli(["negotiations", "--format", "csv", "--db", path]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--format must be table, json, jsonl, md, not "csv"/);
});
