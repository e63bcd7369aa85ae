// Terms read by the patterns of data/negotiations/terms.tsv, the data files' checks, and the board's
// links across articles (window, proposer, evidence) over hand-made layers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadNegotiationLexicon, loadStances, loadTermPatterns } from "../src/negotiations/lexicon.js";
import { readAmount, readTerms } from "../src/negotiations/terms.js";
import { buildBoard, type BoardArticle } from "../src/negotiations/board.js";
import type { NegotiationLayer, Proposal } from "../src/text/annotations.js";
import { WORD_LIST_FILES } from "../src/util/word-lists.js";
import { tempDir } from "./helpers/tmp.js";

const { terms } = loadNegotiationLexicon();
const read = (s: string) => readTerms(s, { start: 0, end: s.length }, terms).map((t) => `${t.kind}=${t.value}`);

test("terms: durations, phases, ceasefire type, releases, withdrawal, end of war, sanctions", () => {
  assert.equal(readAmount("4-1/2"), 4.5);
  assert.equal(readAmount("three"), 3);
  assert.deepEqual(read("a ceasefire of 4-1/2 months"), ["duration=4.5 months"]);
  assert.deepEqual(read("an immediate, interim 30-day ceasefire"), ["ceasefire_type=temporary", "duration=30 days"]);
  assert.deepEqual(read("a three-phase proposal"), ["phases=3"]);
  assert.deepEqual(read("a promise of a permanent end to the conflict"), ["ceasefire_type=permanent", "end_of_war=yes"]);
  assert.deepEqual(read("Israel would withdraw its troops from Gaza"), ["withdrawal=Israel from Gaza"]);
  assert.deepEqual(read("the release of 33 hostages"), ["hostage_release=33"]);
  assert.deepEqual(read("to lift sanctions on the North"), ["sanctions_relief=yes"]);
  assert.deepEqual(read("a seven-month-old offensive"), [], "an age is no duration");
  const t = readTerms("x a 4-1/2 months", { start: 2, end: 16 }, terms)[0];
  assert.deepEqual([t.evidence.start, t.evidence.text, t.rule], [4, "4-1/2 months", t.rule]);
  assert.match(t.rule, /^terms\.tsv:\d+$/);
});

test("terms: counted releases, withdrawals of forces, aid, handovers of control, durations 'over' a span, phases and lasting truces", () => {
  assert.deepEqual(read("Hamas would free 25 Israeli hostages in the first stage"), ["hostage_release=25"]);
  assert.deepEqual(read("under the plan 40 hostages would be released"), ["hostage_release=40"]);
  assert.deepEqual(read("Israel would release 600 Palestinian prisoners"), ["prisoner_release=600"]);
  assert.deepEqual(read("in exchange for hundreds of Palestinian prisoners"), ["prisoner_release=hundreds"]);
  assert.deepEqual(read("Russian forces would pull back from Kherson"), ["withdrawal=Russian from Kherson"]);
  assert.deepEqual(read("pulling its troops out of Lebanon"), ["withdrawal=from Lebanon"]);
  assert.deepEqual(read("a withdrawal plan for the troops"), [], "no place, no withdrawal term");
  assert.deepEqual(read("a package of military aid to Taiwan"), ["aid=Taiwan"], "the named recipient, not also a bare \"yes\" from the same words");
  assert.deepEqual(read("more humanitarian assistance"), ["aid=yes"]);
  assert.deepEqual(read("a fund for arming and supporting Moldova"), ["aid=Moldova"]);
  assert.deepEqual(read("they support the idea"), [], "a lower-case word after 'support' is no aid recipient");
  assert.deepEqual(read("a treaty to hand over control of the Falkland Islands to Argentina"), ["governance=Argentina over Falkland Islands"]);
  assert.deepEqual(read("spending would rise by 2 percent a year over the next five years"), ["duration=5 years"]);
  assert.deepEqual(read("the talks began over two years ago"), [], "a time ago is no duration");
  assert.deepEqual(read("the truce would be carried out in three stages"), ["phases=3"]);
  assert.deepEqual(read("a lasting ceasefire and an end to the fighting"), ["ceasefire_type=permanent", "end_of_war=yes"]);
  assert.deepEqual(read("talks on ending the war"), ["end_of_war=yes"]);
});

test("data files: an unknown class, need or kind, or a broken pattern, is an error naming file and line", () => {
  const dir = tempDir("parley-nego-");
  const stances = join(dir, "stances.tsv");
  const head = "lemma\tpos\tstance\tclass\tneeds\tnegated\n";
  writeFileSync(stances, head + "reject\tVERB\trejects\tdislike\ttopic\t-\n");
  assert.throws(() => loadStances(stances), /stances\.tsv:2: class must be accept, reject, positive, conditions, not "dislike"/);
  writeFileSync(stances, head + "reject\tVERB\trejects\treject\ttopic,mood\t-\n");
  assert.throws(() => loadStances(stances), /stances\.tsv:2: needs must be .*not "mood"/);
  writeFileSync(stances, head + "consider\tVERB\tconsiders\tpositive\ttopic\tmaybe\n");
  assert.throws(() => loadStances(stances), /stances\.tsv:2: negated must be/);
  writeFileSync(stances, head + "turn down\tADJ\tturns down\treject\ttopic\t-\n");
  assert.throws(() => loadStances(stances), /stances\.tsv:2: a lemma of two words is a phrasal verb/);
  writeFileSync(stances, head + "agree\tVERB\tagrees\taccept\ttopic, clause\treject\nturn down\tVERB\tturns down\treject\ttopic\t-\n");
  const read = loadStances(stances);
  assert.deepEqual([read.get("agree/VERB")?.needs, read.get("agree/VERB")?.negated, read.get("turn down/VERB")?.negated], [["topic", "clause"], "reject", null]);
  const t = join(dir, "terms.tsv");
  writeFileSync(t, "kind\tvalue\tpattern\nduration\t$duration\t(unclosed\n");
  assert.throws(() => loadTermPatterns(t), /terms\.tsv:2: pattern is no regular expression/);
  writeFileSync(t, "kind\tvalue\tpattern\nmood\tyes\tx\n");
  assert.throws(() => loadTermPatterns(t), /terms\.tsv:2: kind must be one of duration/);
});

const party = (key: string) => ({ key, text: key, code: key });

function proposal(label: string, proposer: string, definite: boolean, text: string): Proposal {
  const start = text.indexOf(label);
  return {
    label, mentions: [{ start, end: start + label.length, text: label, sentence: 0, definite }], proposers: [party(proposer)], drafters: [],
    mediators: [], recipients: [], relation: null, steps: [], terms: [], evidence: { start: 0, end: text.length },
  };
}

function article(id: string, date: string, text: string, p: Proposal, rejectBy?: string): BoardArticle {
  const layer: NegotiationLayer = {
    process: { name: "Israel–Hamas", parties: [party("ISR"), party("HMS")], mediators: [] }, proposals: [p],
    responses: rejectBy ? [{
      sentence: 0, party: party(rejectBy), stance: "rejects", stanceClass: "reject", proposal: 0, date, speaker: null, modality: "asserted",
      trigger: { start: 0, end: 8, text: "rejected" }, conditions: [], evidence: { start: 0, end: text.length }, rule: "stances.tsv:13",
    }] : [],
    meetings: [], agreements: [],
  };
  return { id, title: null, url: null, date, text, layer, proposalIds: new Map([[0, Number(id.slice(1))]]) };
}

test("board: a later definite mention by the same proposer within the window joins the record, with its evidence; later or other proposers do not", () => {
  const a = article("a1", "2024-02-06", "Hamas made a new offer.", proposal("a new offer", "HMS", false, "Hamas made a new offer."));
  const b = article("a2", "2024-02-08", "Israel rejected Hamas' latest offer.", proposal("Hamas' latest offer", "HMS", true, "Israel rejected Hamas' latest offer."), "ISR");
  const c = article("a3", "2024-05-08", "Israel rejected Hamas' latest offer.", proposal("Hamas' latest offer", "HMS", true, "Israel rejected Hamas' latest offer."), "ISR");
  const d = article("a4", "2024-02-09", "Israel rejected the US offer.", proposal("the US offer", "USA", true, "Israel rejected the US offer."));
  const proc = buildBoard([c, b, d, a]).processes[0];
  assert.deepEqual(proc.proposals.map((p) => p.articles), [["a1", "a2"], ["a4"], ["a3"]]);
  const linked = proc.proposals[0];
  assert.match(linked.links[0].reason, /^same proposer \(HMS\), mentioned as known \(«Hamas' latest offer»\), 2 days apart$/);
  assert.deepEqual([linked.rows, linked.status, linked.responses.map((r) => r.party.key)], [[1, 2], "rejected", ["ISR"]]);
});

test("board: the same proposer's offer again in a later article of the same talks is one record with the mentions of both, unless it is a new version or a term disagrees", () => {
  const term = (kind: "duration", value: string, words: string) => ({ kind, value, rule: "terms.tsv:9", evidence: { start: 0, end: words.length, text: words } });
  const a = article("a1", "2025-03-13", "Ukraine accepted a U.S. proposal.", proposal("a U.S. proposal", "USA", false, "Ukraine accepted a U.S. proposal."));
  a.layer.proposals[0].terms.push(term("duration", "30 days", "30-day"));
  const b = article("a2", "2025-03-14", "Russia rejected a U.S.-proposed ceasefire.", proposal("a U.S.-proposed ceasefire", "USA", false, "Russia rejected a U.S.-proposed ceasefire."), "RUS");
  const revised = article("a3", "2025-03-15", "The U.S. sent a revised proposal.", proposal("a revised proposal", "USA", false, "The U.S. sent a revised proposal."));
  revised.layer.proposals[0].relation = { type: "revision_of", to: 0, evidence: { start: 0, end: 5, text: "revised" } };
  revised.layer.proposals[0].terms.push(term("duration", "30 days", "30-day"));
  const other = article("a4", "2025-03-16", "The U.S. made an offer.", proposal("an offer", "USA", false, "The U.S. made an offer."));
  other.layer.proposals[0].terms.push(term("duration", "6 weeks", "six-week"));
  const proc = buildBoard([b, revised, a, other]).processes[0];
  assert.deepEqual(proc.proposals.map((p) => p.articles), [["a1", "a2"], ["a3"], ["a4"]]);
  const one = proc.proposals[0];
  assert.deepEqual(one.mentions.map((m) => [m.article, m.text]), [["a1", "a U.S. proposal"], ["a2", "a U.S.-proposed ceasefire"]]);
  assert.match(one.links[0].reason, /^same proposer \(USA\) in the same talks, no new version and no term at odds, 1 days apart$/);
  assert.deepEqual(one.responses.map((r) => r.party.key), ["RUS"]);
});

test("the negotiation lexicon holds exactly the lists the word-list schema names for words.tsv", () => {
  assert.deepEqual(Object.keys(loadNegotiationLexicon().words), [...WORD_LIST_FILES["negotiations/words.tsv"]]);
});
