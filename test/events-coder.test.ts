import { testCoder } from "./helpers/events.js";
import { test } from "node:test";
import assert from "node:assert/strict";
import { builtInOntology } from "../src/events/ontology.js";
import { loadFrameCues } from "../src/clauses/cues.js";
import type { EventRecord } from "../src/text/annotations.js";
import { fixtureLexicon, gazaFixture, rafahFixture, type Fixture } from "./helpers/event-fixtures.js";
import { tempDir } from "./helpers/tmp.js";

const coder = testCoder({ lexicon: fixtureLexicon(), ontology: builtInOntology(), cues: loadFrameCues() });
const code = (f: Fixture) => coder.code(f.doc, f.article, f.mentions, f.places);
const gaza = code(gazaFixture());
const rafah = code(rafahFixture());

/** The acts themselves: not the statements of intent stance.intent-code adds beside a planned act. */
const acts = (events: EventRecord[]) => events.filter((e) => !e.rules.includes("stance.intent-code"));

/** Events of a sentence whose trigger starts with `trigger`, as "SRC>TGT" strings (code, else text, else "-"). */
function pairs(events: EventRecord[], sentence: number, trigger: string): string[] {
  return acts(events).filter((e) => e.sentence === sentence && e.trigger.text.startsWith(trigger))
    .map((e) => `${e.source?.code ?? e.source?.text ?? "-"}>${e.target?.code ?? "-"}`).sort();
}
function one(events: EventRecord[], sentence: number, trigger: string): EventRecord {
  const found = acts(events).filter((e) => e.sentence === sentence && e.trigger.text.startsWith(trigger));
  assert.equal(found.length, 1, `one "${trigger}" event in sentence ${sentence}, got ${found.length}`);
  return found[0];
}

test("compound subjects and objects give one event per pair; a subject named in a modifier counts", () => {
  // "Mediators from the US, Qatar and Egypt scrambled to forge a ceasefire between Israel and Hamas."
  assert.deepEqual(pairs(gaza, 0, "forge"),
    ["EGY>ISR", "EGY>PSEHMS", "QAT>ISR", "QAT>PSEHMS", "USA>ISR", "USA>PSEHMS"]);
  const e = gaza.find((x) => x.sentence === 0)!;
  assert.equal(e.cameo, "045");
  assert.equal(e.root, "04");
  assert.equal(e.quadClass, 1);
  assert.equal(e.goldstein, 5);
  assert.equal(e.plover.type, "CONSULT");
  assert.deepEqual(e.place && [e.place.text, e.place.origin], ["Doha", "dateline"]);
  assert.equal(e.dateResolution, "reference");
  assert.equal(e.date, "2024-02-08");
});

test("raising through 'was due to': the delegation travels to Cairo (Egypt), intended, on Thursday", () => {
  const e = one(gaza, 1, "travel");
  assert.equal(e.source?.code, "PSEHMS");
  assert.equal(e.target?.code, "EGY");
  assert.equal(e.target?.text, "Cairo");
  assert.equal(e.modality, "intended");
  assert.equal(e.date, "2024-02-08");
  assert.equal(e.dateText, "on Thursday");
  assert.equal(e.dateResolution, "clause");
  // the event noun "talks with Egypt and Qatar" takes the traveller as subject and the plan's modality
  assert.deepEqual(pairs(gaza, 1, "talks"), ["PSEHMS>EGY", "PSEHMS>QAT"]);
  assert.ok(gaza.filter((x) => x.trigger.text === "talks").every((x) => x.modality === "intended" && x.dateResolution === "inherited"));
});

test("active verb with possessor target, participial clause with pronoun object, and object control", () => {
  const reject = one(gaza, 2, "rejected");
  assert.deepEqual([reject.source?.code, reject.target?.code, reject.cameo], ["ISRGOV", "PSEHMS", "125"]);
  assert.equal(reject.date, "2024-02-07", "on Wednesday in a past clause of a Thursday article");
  const call = one(gaza, 2, "calling");
  assert.deepEqual([call.source?.code, call.target?.code, call.cameo], ["ISRGOV", "PSEHMS", "111"]);
  assert.equal(call.dateResolution, "inherited");
  const urge = one(gaza, 2, "urged");
  assert.deepEqual([urge.source?.code, urge.target?.code, urge.cameo], ["PSEHMS", "PSEREB", "0256"], "urge + to go on fighting");
  assert.equal(urge.trigger.text, "urged");
  assert.equal(gaza[0].evidence.start, 0);
  assert.equal(gazaFixture().doc.text.slice(reject.evidence.start, reject.evidence.end).split(" ")[0], "Israeli");
});

test("participial clauses: 'drawn up by' and 'delivered to Hamas last week by' take the by-phrase as source", () => {
  assert.deepEqual(pairs(gaza, 3, "drawn"), ["ISR>-", "USA>-"]);
  assert.ok(gaza.filter((x) => x.trigger.text === "drawn up").every((x) => x.cameo === "036"), "trigger spans the particle");
  assert.deepEqual(pairs(gaza, 3, "delivered"), ["EGY>PSEHMS", "QAT>PSEHMS"]);
  const d = gaza.find((x) => x.trigger.text === "delivered")!;
  assert.deepEqual([d.date, d.dateEnd, d.dateText], ["2024-01-29", "2024-02-04", "last week"]);
});

test("reported speech: a trailing 'residents said' attributes the event; the place hit becomes the target", () => {
  const hit = one(gaza, 4, "hit");
  assert.equal(hit.source?.code, "ISR", "Israeli strikes");
  assert.equal(hit.target?.text, "Tel Al-Sultan");
  assert.equal(hit.modality, "reported");
  assert.equal(hit.attribution?.text, "residents");
  assert.deepEqual(hit.place && [hit.place.text, hit.place.origin], ["Tel Al-Sultan", "clause"]);
  const step = one(gaza, 5, "stepped up");
  assert.deepEqual([step.source?.code, step.target?.text, step.cameo], ["ISR", "Rafah", "190"]);
  assert.equal(step.attribution?.text, "residents");
  assert.equal(step.date, "2024-02-08");
  // the statement itself has an uncoded source and no target of its own: no event
  assert.equal(gaza.filter((x) => x.sentence === 5 && x.trigger.text === "said").length, 0);
});

test("coordinated verbs share a date and place: killed and took hostages in southern Israel on October 7 (2023)", () => {
  for (const t of ["killed", "took"]) {
    const e = one(gaza, 6, t);
    assert.equal(e.source?.code, "PSEHMS");
    assert.equal(e.target?.code, "ISR");
    assert.equal(e.date, "2023-10-07");
    assert.equal(e.place?.text, "southern Israel");
  }
  assert.equal(one(gaza, 6, "took").cameo, "181");
  assert.equal(one(gaza, 6, "killed").dateResolution, "inherited");
  // "its military offensive": an event noun whose only subject is a pronoun makes no event
  assert.equal(gaza.filter((x) => x.trigger.text === "offensive").length, 0);
});

test("passive without agent gives no event; the active conjunct does, dated by the truce", () => {
  assert.equal(gaza.filter((x) => x.sentence === 7 && x.trigger.text === "released").length, 0);
  const e = one(gaza, 7, "freed");
  assert.deepEqual([e.source?.code, e.target?.code, e.cameo, e.plover.mode], ["ISR", "PSE", "0841", "release"]);
  assert.equal(e.date?.slice(0, 7), "2023-11");
});

test("negation, proposal and pledge modalities", () => {
  assert.equal(one(gaza, 8, "agree").modality, "negated");
  assert.equal(one(gaza, 9, "proposed").modality, "proposed");
  const w = one(gaza, 9, "withdraw");
  assert.equal(w.source?.code, "ISR");
  assert.equal(w.modality, "proposed", "a term of the proposed ceasefire, though phrased with 'would'");
  const pledge = one(gaza, 10, "pledge");
  assert.deepEqual([pledge.source?.code, pledge.target?.code, pledge.cameo, pledge.quadClass], ["ISRGOV", "PSEHMS", "138", 3]);
});

test("'on Tuesday' in a Wednesday article is the day before; the seized crossing's place is Rafah", () => {
  assert.deepEqual(pairs(rafah, 0, "seized"), ["ISRMIL>EGY", "ISRMIL>PSE"]);
  const e = rafah.find((x) => x.trigger.text === "seized")!;
  assert.equal(e.date, "2024-05-07");
  assert.deepEqual(e.place && [e.place.text, e.place.origin], ["Rafah", "clause"]);
});

test("'was to travel … to meet': intended, a purpose clause shares the subject, reported by a source", () => {
  const travel = one(rafah, 1, "travel");
  assert.deepEqual([travel.source?.code, travel.target?.code, travel.modality], ["USASPY", "ISR", "intended"]);
  assert.equal(travel.date, "2024-05-08");
  assert.equal(travel.attribution?.text, "a source familiar with his travel");
  const meet = one(rafah, 1, "meet"); // Netanyahu and Israeli officials share a code: one event
  assert.deepEqual([meet.source?.code, meet.target?.code, meet.modality], ["USASPY", "ISRGOV", "intended"]);
});

test("declared that a proposal approved by Hamas was unacceptable: the target comes from the content clause", () => {
  const e = one(rafah, 2, "declared");
  assert.deepEqual([e.source?.code, e.target?.code, e.cameo, e.date], ["ISR", "PSEHMS", "120", "2024-05-06"]);
});

test("a participial aside of the subject dates and places the event ('speaking … in Beirut on Tuesday')", () => {
  const e = one(rafah, 3, "warned");
  assert.deepEqual([e.source?.code, e.target?.code, e.cameo], ["PSEHMS", "ISR", "130"]);
  assert.equal(e.place?.text, "Beirut");
  assert.equal(e.date, "2024-05-07");
  assert.equal(e.dateResolution, "clause");
});

test("a sentence-initial pronoun takes the previous sentence's subject ('It told civilians to go')", () => {
  const e = one(rafah, 5, "told");
  assert.deepEqual([e.source?.code, e.target?.code, e.cameo], ["ISRMIL", "CVL", "100"]);
  assert.ok(e.confidence < one(rafah, 3, "warned").confidence + 0.2);
});

test("coding is deterministic and confidences stay in (0, 1]", () => {
  assert.deepEqual(code(gazaFixture()), gaza);
  for (const e of [...gaza, ...rafah]) assert.ok(e.confidence > 0 && e.confidence <= 1, `${e.trigger.text}: ${e.confidence}`);
  const direct = one(gaza, 2, "rejected").confidence, viaPronoun = one(rafah, 5, "told").confidence;
  assert.ok(direct > viaPronoun, "a pronoun-resolved source lowers confidence");
});

test("'was due to hold meetings in Israel': the visited place is the target when no party is named", () => {
  const e = one(gaza, 11, "hold");
  assert.deepEqual([e.source?.code, e.target?.code, e.modality, e.date], ["USAGOV", "ISR", "intended", "2024-02-08"]);
  assert.deepEqual(e.place && [e.place.text, e.place.origin], ["Israel", "clause"]);
});

test("'Israel said it would expand its campaign into Rafah': pronoun via the reporter, 'would' in reported speech is intended", () => {
  const e = one(gaza, 12, "expand");
  assert.deepEqual([e.source?.code, e.target?.text, e.modality, e.attribution?.code], ["ISR", "Rafah", "intended", "ISR"]);
  // the statement itself names no one it is made to: CAMEO leaves it uncoded
  assert.equal(gaza.filter((e) => e.sentence === 12 && e.trigger.text === "said").length, 0);
});

test("parties listed in apposition consult each other; the event noun does not repeat its verb", () => {
  const talks = rafah.filter((e) => e.sentence === 6);
  assert.equal(talks.length, 20, "5 parties, each with each other one");
  assert.ok(talks.every((e) => e.trigger.text === "participating" && e.cameo === "046"));
  assert.ok(talks.some((e) => e.source?.code === "PSEHMS" && e.target?.code === "QAT"));
  assert.ok(talks.every((e) => e.date === "2024-05-07" && e.place?.text === "Cairo"), "date from its clause, place from the clause it modifies");
});

test("loadEventResources reads parley-format verb files given as options", async () => {
  const { loadEventResources } = await import("../src/events/index.js");
  const { writeFileSync } = await import("node:fs");
  const { join } = await import("node:path");
  const dir = tempDir("parley-verbs-");
  writeFileSync(join(dir, "verbs.txt"), "125 reject obj=offer|proposal\n111 call comp=delusional\n");
  const loaded = testCoder(await loadEventResources({ verbs: [dir] }));
  const f = gazaFixture();
  const got = loaded.code(f.doc, f.article, f.mentions, f.places).map((e) => `${e.trigger.text}:${e.cameo}:${e.target?.code}`);
  assert.deepEqual(got, ["rejected:125:PSEHMS", "calling:111:PSEHMS"]);
});

test("mention shapes of the actor resolver: one span with several actors, generic sector actors", async () => {
  const { mention, actor } = await import("./helpers/events.js");
  const g = gazaFixture();
  const gen = (s: number, f: number, t: number, h: number, code: string) => mention(g.doc, s, f, t, h, actor(code, null, { sectors: [code] }));
  const mentions = [
    // "Mediators from the US, Qatar and Egypt": one span, three actors
    ...["USAGOV", "QATGOV", "EGYGOV"].map((c) => mention(g.doc, 0, 1, 8, 1, actor(c, c.slice(0, 3), { sectors: ["GOV"] }))),
    ...g.mentions.filter((m) => g.doc.tokens[m.headToken].sent !== 0 || ["Israel", "Hamas"].includes(m.text)),
    gen(6, 12, 13, 13, "CVL"), gen(6, 16, 17, 17, "CVL"),
  ];
  const events = coder.code(g.doc, g.article, mentions, g.places);
  assert.deepEqual(pairs(events, 0, "forge"),
    ["EGYGOV>ISR", "EGYGOV>PSEHMS", "QATGOV>ISR", "QATGOV>PSEHMS", "USAGOV>ISR", "USAGOV>PSEHMS"]);
  // "killed 1,200 people and took 253 hostages in southern Israel": the civilians are Israel's
  assert.deepEqual(pairs(events, 6, "took"), ["PSEHMS>ISRCVL"]);
  assert.deepEqual(pairs(events, 6, "killed"), ["PSEHMS>ISRCVL"]);
  const r = rafahFixture();
  const withGeneric = [...r.mentions, mention(r.doc, 6, 4, 6, 6, actor("GOV", null, { sectors: ["GOV"] }))];
  const talks = coder.code(r.doc, r.article, withGeneric, r.places).filter((e) => e.sentence === 6);
  assert.equal(talks.length, 20, "the generic 'all five delegations' gives way to the parties in apposition");
});

test("events in sentences a 'could not independently verify' note covers are marked unverified", async () => {
  const { fixtureDoc, mention, actor, article } = await import("./helpers/events.js");
  const doc = fixtureDoc("figures-2024-02-08.conllu"); // media said …; Reuters could not verify …; ministry says …
  // statements with no target are not coded: the killings reported are the events checked
  const mentions = [mention(doc, 0, 1, 2, 2, actor("PSEREBHMSMED", "PSE", { org: "HMS" })), mention(doc, 2, 1, 4, 4, actor("PSEHLH", "PSE")),
    mention(doc, 0, 4, 5, 5, actor("CVL", null, { sectors: ["CVL"] })), mention(doc, 2, 8, 9, 9, actor("PSECVL", "PSE", { sectors: ["CVL"] }))];
  const killed = coder.code(doc, article(doc, "2024-02-08"), mentions, []).filter((e) => e.root === "18");
  assert.deepEqual(killed.map((e) => [e.sentence, e.unverified]), [[0, true], [2, false]]);
});
