// participants.conflict-parties: a past truce named aside with no parties is the article's warring sides'.
// With the trained pipeline (the rule reads nouns and their own phrases, so it does not rest on one parse).
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadAnalyzer } from "../src/pipeline/analyze.js";
import { conflictDyad } from "../src/events/rules/participants.js";
import { makeArticle } from "./helpers/articles.js";

const RULE = "participants.conflict-parties";
const FIGHTING = "Israeli troops shelled Rafah on Monday. Hamas fighters attacked Israeli soldiers near Khan Younis. ";
const analyzer = await loadAnalyzer();
const without = await loadAnalyzer({ withoutRules: [RULE] });
const truces = (text: string, a = analyzer) =>
  a.analyze({ ...makeArticle(text), date: "2024-05-08" }).events.filter((e) => e.rules.includes(RULE))
    .map((e) => `${e.source?.code}>${e.target?.code} ${e.cameo} ${e.date}${e.dateEnd ? ".." + e.dateEnd : ""}`);

test("a past ceasefire named aside is coded between the sides of the article's fighting, both ways, dated by its own phrase", () => {
  const got = truces(FIGHTING + "Since the only truce, a week-long ceasefire in November, talks have stalled.");
  assert.equal(got.length, 2, got.join("; "));
  assert.ok(got.every((g) => / 087\d? 2023-11/.test(g)), got.join("; "));
  const sides = got.map((g) => g.split(" ")[0]).sort();
  assert.equal(new Set(sides.flatMap((s) => s.split(">"))).size, 2, "two parties, each way");
  assert.deepEqual(truces(FIGHTING + "Since the only truce, a week-long ceasefire in November, talks have stalled.", without), []);
});

test("a proposed or future ceasefire, or one in an article with no fighting, is not given parties", () => {
  assert.deepEqual(truces(FIGHTING + "Hamas proposed a ceasefire of four months."), []);
  assert.deepEqual(truces(FIGHTING + "Mediators hope for a ceasefire next week."), []);
  assert.deepEqual(truces("Qatar met Egypt in Doha. Since the only truce, a week-long ceasefire in November, talks have stalled."), []);
});

test("conflictDyad: the pair of parties in most material-conflict events, sectors folded into their country, organisations kept", () => {
  const a = (code: string, country: string, org: string | null = null) => ({ text: code, start: 0, end: 1, code, country, sectors: [], org, person: null });
  const ev = (q: number, s: ReturnType<typeof a>, t: ReturnType<typeof a>) => ({ quadClass: q, source: s, target: t });
  const dyad = conflictDyad([
    ev(4, a("ISRMIL", "ISR"), a("PSEREBHMS", "PSE", "HMS")), ev(4, a("PSEREBHMS", "PSE", "HMS"), a("ISRCVL", "ISR")),
    ev(4, a("RUS", "RUS"), a("UKR", "UKR")), ev(1, a("QAT", "QAT"), a("EGY", "EGY")), ev(1, a("QAT", "QAT"), a("EGY", "EGY")), ev(1, a("QAT", "QAT"), a("EGY", "EGY")),
  ]);
  assert.deepEqual(dyad?.map((d) => d.code).sort(), ["ISR", "PSEREBHMS"]);
  assert.equal(conflictDyad([ev(1, a("QAT", "QAT"), a("EGY", "EGY"))]), null);
});
