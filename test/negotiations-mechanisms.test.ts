// General mechanisms of the negotiation board, on short texts through the whole pipeline: visits and their
// venues, summits and conferences, press conferences, fresh plural requests, what "propose" takes, and the
// rules of src/negotiations/rules.ts on sentences written for them.
// Skips, saying why, while the pipeline cannot load.
import { test } from "node:test";
import assert from "node:assert/strict";
import { noPipeline, realAnalyzer } from "./helpers/pipeline.js";
import { articleForText } from "../src/eval/article-for-text.js";
import type { NegotiationLayer } from "../src/text/annotations.js";

const skip = !realAnalyzer && noPipeline;
const board = (text: string, date = "2024-03-12"): NegotiationLayer => realAnalyzer!.analyze(articleForText(text, date, "t")).negotiations!;

test("a visit to two places is a meeting in each; talks told during a visit take its venue", { skip }, () => {
  const n = board("Japanese Prime Minister Yoshihide Suga will visit India and the Philippines in late April.");
  assert.deepEqual(n.meetings.map((m) => [m.kind, m.venue?.name, m.status]), [["visit", "India", "planned"], ["visit", "Philippines", "planned"]]);
  const m = board("Indian Prime Minister Narendra Modi paid a two-day visit to Mauritius. Following talks with Mauritius Prime Minister Navinchandra Ramgoolam, both leaders reaffirmed their commitment.");
  assert.deepEqual(m.meetings.map((x) => [x.kind, x.venue?.name]), [["visit", "Mauritius"], ["talks", "Mauritius"]]);
});

test("a summit or conference needs one named party, is one meeting when named again, and a press conference is none", { skip }, () => {
  const n = board("Protesters gathered before the 60th NATO conference. On the NATO conference, he said little. Blinken spoke at a press conference in Tel Aviv.");
  assert.deepEqual(n.meetings.map((m) => [m.kind, m.parties.map((p) => p.key)]), [["conference", ["IGONAT"]]]);
});

test("an indefinite plural request is a proposal of its own; whatever 'propose' takes is a proposal", { skip }, () => {
  const n = board("The court's president, Judge Joan Donoghue, rejected Kenya's request to brief it before the start of Monday's opening. Over the months, Kenya filed several requests for the hearing to be postponed.");
  assert.deepEqual(n.proposals.map((p) => [p.label, p.proposers.map((x) => x.key)]), [["Kenya's request", ["KEN"]], ["several requests", ["KEN"]]]);
  const z = board("Mikhail Gorbachev proposed a nuclear free zone in the region.", "1990-05-01");
  assert.deepEqual(z.proposals.map((p) => [p.label, p.proposers.map((x) => x.key)]), [["a nuclear free zone", ["SUN"]]]);
});

const answers = (n: NegotiationLayer) => n.responses.map((r) => [r.party.key, r.stanceClass, r.stance, r.proposal]);

test("stances: phrasal verbs, a negated trigger's class, and a pronoun standing for the proposal", { skip }, () => {
  // negotiations.phrasal-stance-verb: "turned down" is looked up as "turn down", "go along with" as "go along"
  assert.deepEqual(answers(board("Hamas turned down the Egyptian proposal on Sunday.")), [["HMS", "reject", "turns down", 0]]);
  assert.deepEqual(answers(board("Washington will go along with the deal, the envoy said.")).map((a) => a.slice(0, 3)), [["USA", "accept", "goes along with"]]);
  assert.deepEqual(answers(board("Hamas turned to Egypt for help.")), [], "'turn' alone is no stance");
  // negotiations.negated-stance and negotiations.proposal-pronoun: "would not consider it" rejects the zone named before
  assert.deepEqual(answers(board("Moscow proposed a buffer zone along the border, but Kyiv would not consider it.")), [["UKR", "reject", "does not consider", 0]]);
  assert.deepEqual(answers(board("Egypt presented a new ceasefire plan on Monday. Israel rejected it a day later.")), [["ISR", "reject", "rejects", 0]]);
  assert.deepEqual(answers(board("Israel rejected it a day later.")), [], "a pronoun with no proposal before it is no topic");
  // stances.tsv coverage: opposing, complying (negated: a rejection), threatening with a condition
  assert.deepEqual(answers(board("Germany opposed the French plan for joint debt.")), [["DEU", "reject", "opposes", 0]]);
  assert.deepEqual(answers(board("The UN refugee agency said it would not comply with Kenya's demands.")).slice(0, 1), [["IGOUNOREF", "reject", "does not comply", null]]);
  assert.deepEqual(answers(board("North Korea threatened to end the talks if South Korea held the drills.")), [["PRK", "conditions", "threatens if", null]]);
  assert.deepEqual(answers(board("North Korea threatened South Korea.")), [], "a threat with no condition on talks is no position");
});

test("stances: an undertaking clause, and the party of a role ('the court's president', 'the government')", { skip }, () => {
  // negotiations.undertaking-clause: a modal or bare verb in a clause whose subject is a party; it answers no proposal
  assert.deepEqual(answers(board("Serbia agreed that Serbian forces would leave the border villages.")), [["SRB", "accept", "agrees with", null]]);
  assert.deepEqual(answers(board("Seoul demanded that Pyongyang return the fishermen.")), [["KOR", "conditions", "demands", null]]);
  assert.deepEqual(answers(board("Officials agreed that the weather was bad.")), [], "an opinion is no undertaking");
  // negotiations.party-by-role: the comma apposition's possessor, a definite bare sector named before
  const icj = board("Kenya asked the International Court of Justice to delay the hearing. The court's president, Judge Mary Smith, rejected Kenya's request.");
  assert.deepEqual(answers(icj), [["IGOICJJUD", "reject", "rejects", 0]]);
  const gov = board("The Malaysian government said Chinese ships were seen near the shoal. The government demanded that Beijing remove them immediately.");
  assert.deepEqual(answers(gov), [["MYS", "conditions", "demands", null]]);
});

test("a proposing verb with a clause tells the terms of the proposal named before; hypothetical or offered talks are planned", { skip }, () => {
  // negotiations.proposal-elaboration
  const n = board("The European Commission proposed a plan for defending Europe. It has proposed raising spending by 2 percent yearly over five years.");
  assert.deepEqual(n.proposals.map((p) => p.terms.map((t) => `${t.kind}=${t.value}`)), [["duration=5 years"]]);
  // negotiations.planned-meeting: under "offered to host", "would … if", "hopes to"
  const status = (text: string) => board(text).meetings.map((m) => [m.kind, m.venue?.name ?? null, m.status]);
  assert.deepEqual(status("Turkey offered to host talks between Russia and Ukraine in Istanbul."), [["talks", "Istanbul", "planned"]]);
  assert.deepEqual(status("Trump said he hopes to meet Putin in Budapest."), [["meeting", "Budapest", "planned"]]);
  assert.deepEqual(status("The two sides plan to hold talks in Doha."), [["talks", "Doha", "planned"]]);
  assert.deepEqual(status("Putin and Trump met in Alaska in August."), [["meeting", "Alaska", "held"]]);
});

const proposalsOf = (n: NegotiationLayer) => n.proposals.map((p) => [p.label, p.proposers.map((x) => x.key), p.recipients.map((x) => x.key)]);

test("proposals (#12): what is voted on, a request coded as an appeal, a proposing clause, an ultimatum, new proposed content", { skip }, () => {
  // negotiations.vote-object
  assert.deepEqual(proposalsOf(board("The European Union will vote on a tariff increase on Chinese cars on Friday.")), [["a tariff increase", [], []]]);
  // negotiations.request-object: the addressee is the appeal event's target
  assert.deepEqual(proposalsOf(board("Canada requested dispute consultations with the United States.")), [["dispute consultations", ["CAN"], ["USA"]]]);
  // negotiations.proposing-clause: the clause is the proposal; by a pronoun it tells more of the one before (proposal-elaboration)
  assert.deepEqual(proposalsOf(board("During the talks, the Chinese side proposed to set a minimum import price.")), [["to set a minimum import price", [], []]]);
  assert.equal(board("The European Commission proposed a plan for defending Europe. It has proposed raising spending by 2 percent yearly over five years.").proposals.length, 1);
  // negotiations.ultimatum-clause: a negated "if" clause with a deadline; without the deadline it is none
  assert.deepEqual(proposalsOf(board("The army will destroy the loudspeakers if the South does not stop the broadcasts within 48 hours.")).map((p) => p[0]),
    ["if the South does not stop the broadcasts within 48 hours"]);
  assert.deepEqual(board("The army will destroy the loudspeakers if the South does not stop the broadcasts.").proposals, []);
  // … and saying that what it would stop will go on rejects it; talks going on are another matter
  const defied = (then: string) => answers(board(`The army will destroy the loudspeakers if the South does not stop the broadcasts within 48 hours. ${then}`));
  assert.deepEqual(defied("South Korea says the broadcasts will continue."), [["KOR", "reject", "says it will go on", 0]]);
  assert.deepEqual(defied("South Korea says the talks will continue."), []);
  // negotiations.new-proposed-content: a second thing proposed is a proposal of its own, definite or not
  assert.deepEqual(proposalsOf(board("Gorbachev proposed a nuclear free zone in the region. Later Bush proposed the missile defense systems in Poland.", "1990-05-01")).map((p) => p[0]),
    ["a nuclear free zone", "the missile defense systems"]);
  // negotiations.named-or-signed-not-proposal
  assert.deepEqual(board("The constitutional draft signed between the military and protest leaders took effect in August.").proposals, []);
  assert.deepEqual(board("James Schoff directs the U.S.-Japan NEXT Alliance Initiative at the foundation.").proposals, []);
});

test("responses (#12): urged acts, conditional threats, support from, a solution sought, talks that must go on, an answer with no object", { skip }, () => {
  // negotiations.urged-act: a demand on another party; undoing a proposal rejects it, accepting one supports it; not of one's own side
  assert.deepEqual(answers(board("Washington's envoy urged Beijing to use its influence with Pyongyang.")), [["USA", "conditions", "urges use", null]]);
  assert.deepEqual(answers(board("The EU proposed a tariff plan. China lobbied the EU to abandon the tariff plan.")), [["CHN", "reject", "urges to abandon", 0]]);
  assert.deepEqual(answers(board("The G7 urged Russia to accept the ceasefire proposal.")), [["IGOG7", "accept", "urges to accept", 0]]);
  assert.deepEqual(answers(board("Hamas urged Palestinian armed factions to go on fighting.")), [], "an appeal to one's own side is no demand");
  // negotiations.conditional-threat: a coded coercive act under "if"; the same act with no condition is none
  assert.deepEqual(answers(board("North Korea said it would attack the loudspeakers if the broadcasts do not stop.")), [["PRK", "conditions", "threatens if", null]]);
  assert.deepEqual(answers(board("North Korea said it would attack the loudspeakers.")), []);
  // stances.tsv needs "from", "seek", "talks", "answer"
  assert.deepEqual(answers(board("The EU proposed a tariff plan. The measure has enough votes, with support from France and Italy.")),
    [["FRA", "accept", "supports", 0], ["ITA", "accept", "supports", 0]]);
  assert.deepEqual(answers(board("China called on the parties to find a political solution.")), [["CHN", "positive", "seeks a solution", null]]);
  assert.deepEqual(answers(board("Scholz said talks with China must continue.")), [["DEU", "positive", "wants the talks to go on", null]]);
  assert.deepEqual(answers(board("Scholz said talks with China continued.")), [], "talks going on, not wished for, are no stance");
  // negotiations.side-adjective: "the European side" is the party of "The European Union"
  assert.deepEqual(answers(board("The European Union raised tariffs. China proposed a minimum price, but the European side refused.")), [["IGOEUR", "reject", "refuses", 0]]);
  // negotiations.media-not-party: the Journal refusing to support a plan is no response, the plan no proposal
  const wsj = board("Trump attacked The Wall Street Journal for refusing to support his tariff plans.");
  assert.deepEqual([wsj.proposals, wsj.responses], [[], []]);
});
