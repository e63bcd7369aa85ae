// The link scorer on hand-made mentions: what links, what never does (a negated mention, other countries,
// dates apart), and the features it gives as reasons.
import { test } from "node:test";
import assert from "node:assert/strict";
import { isBackground, linkScore, DEFAULT_LINK_OPTIONS, type Mention } from "../src/stories/link-score.js";

function m(over: Partial<Mention> = {}): Mention {
  return {
    id: 1, articleId: "a", articleDate: "2024-02-08", sentence: 3, triggerStart: 100, cameo: "1823", root: "18",
    source: { code: "PSEREBHMS", country: "PSE" }, target: { code: "ISRCVL", country: "ISR" },
    date: "2023-10-07", dateEnd: null, dateResolution: "clause", place: null, modality: "asserted", ...over,
  };
}

test("the killings and the hostage-taking of one day by one dyad link, with their reasons", () => {
  const s = linkScore(m(), m({ id: 2, cameo: "181", triggerStart: 140 }))!;
  assert.ok(s.score >= DEFAULT_LINK_OPTIONS.threshold, `score ${s.score}`);
  assert.deepEqual(s.reasons, ["code:root", "dyad:same/same", "date:same"]);
});

test("the rows one trigger gives for several actors are one mention", () => {
  const s = linkScore(m({ source: { code: "USA", country: "USA" } }), m({ id: 2, source: { code: "QAT", country: "QAT" } }));
  assert.deepEqual(s, { score: 1, reasons: ["same-trigger"] });
});

test("a negated or hypothetical mention never links to a reported one", () => {
  for (const modality of ["negated", "hypothetical", "intended"]) {
    assert.equal(linkScore(m(), m({ id: 2, triggerStart: 300, modality })), null, modality);
  }
  // not even to another hypothetical one with a different trigger
  assert.equal(linkScore(m({ modality: "hypothetical" }), m({ id: 2, triggerStart: 300, modality: "hypothetical" })), null);
});

test("actors of other countries, unrelated codes, far dates or places in other countries rule a pair out", () => {
  assert.equal(linkScore(m(), m({ id: 2, triggerStart: 9, target: { code: "EGYCVL", country: "EGY" } })), null);
  assert.equal(linkScore(m(), m({ id: 2, triggerStart: 9, cameo: "046", root: "04" })), null);
  assert.equal(linkScore(m(), m({ id: 2, triggerStart: 9, date: "2023-10-20" })), null);
  const place = (country: string) => ({ name: country, country, origin: "clause" });
  assert.equal(linkScore(m({ place: place("ISR") }), m({ id: 2, triggerStart: 9, place: place("LBN") })), null);
});

test("who attacked whom matters for force; talks may name their sides in either order", () => {
  const swapped = { source: { code: "ISRCVL", country: "ISR" }, target: { code: "PSEREBHMS", country: "PSE" } };
  assert.equal(linkScore(m(), m({ id: 2, triggerStart: 9, ...swapped })), null);
  const talks = { cameo: "046", root: "04" };
  const s = linkScore(m(talks), m({ id: 2, triggerStart: 9, ...talks, ...swapped }))!;
  assert.ok(s.reasons.some((r) => r.endsWith(":swapped")), s.reasons.join(" "));
});

test("a bare country code says less than a full one", () => {
  const bare = linkScore(m({ target: { code: "ISR", country: "ISR" } }), m({ id: 2, triggerStart: 9, target: { code: "ISR", country: "ISR" } }))!;
  const full = linkScore(m(), m({ id: 2, triggerStart: 9 }))!;
  assert.ok(bare.score < full.score, `${bare.score} < ${full.score}`);
});

test("an article-dated mention matches a dated one a few days earlier, less in another article", () => {
  const later = { id: 2, triggerStart: 9, date: "2023-10-09", dateResolution: "reference", articleDate: "2023-10-09" };
  const same = linkScore(m({ articleDate: "2023-10-09" }), m({ ...later }))!;
  assert.ok(same.reasons.includes("date:overlap"), same.reasons.join(" "));
  const two = linkScore(m({ dateResolution: "reference", date: "2023-10-08", articleDate: "2023-10-08" }), m({ ...later, articleId: "b" }))!;
  assert.ok(two.score < same.score);
});

test("background: a mention the text dates two days or more before its article", () => {
  assert.equal(isBackground(m()), true);
  assert.equal(isBackground(m({ date: "2024-02-07" })), false);
  assert.equal(isBackground(m({ dateResolution: "reference" })), false);
});
