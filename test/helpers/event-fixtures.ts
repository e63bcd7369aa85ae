// The two hand-parsed fixture documents (sentences from the seed articles, plus a few made-up
// contrasts) with the actor and place mentions an actor resolver would give, and a small lexicon.
import { actor, article, fixtureDoc, lexicon, mention, place } from "./events.js";
import type { Doc } from "../../src/text/doc.js";
import type { Article } from "../../src/text/article.js";
import type { Mention, Place } from "../../src/text/annotations.js";

export interface Fixture {
  doc: Doc;
  article: Article;
  mentions: Mention[];
  places: Place[];
}

const HMS = actor("PSEHMS", "PSE", { org: "HMS" });
const ISR = actor("ISR", "ISR");
const ISRGOV = actor("ISRGOV", "ISR", { sectors: ["GOV"] });
const ISRMIL = actor("ISRMIL", "ISR", { sectors: ["MIL"] });

/**
 * Sentences 0–12: mediators, delegation, reject/urge, proposal, strikes, stepped up, October 7, truce,
 * not agree, propose, pledge, Blinken's meetings, expand into Rafah.
 */
export function gazaFixture(): Fixture {
  const doc = fixtureDoc("gaza-2024-02-08.conllu");
  const m = (s: number, f: number, t: number, h: number, a: ReturnType<typeof actor>, type = "") => mention(doc, s, f, t, h, a, type);
  const mentions = [
    m(0, 4, 4, 4, actor("USA", "USA"), "GPE"), m(0, 6, 6, 6, actor("QAT", "QAT"), "GPE"), m(0, 8, 8, 8, actor("EGY", "EGY"), "GPE"),
    m(0, 15, 15, 15, ISR, "GPE"), m(0, 17, 17, 17, HMS, "ORG"),
    m(1, 2, 4, 4, HMS, "ORG"), m(1, 9, 11, 9, { ...HMS, person: "Khalil al-Hayya" }, "PER"),
    m(1, 24, 24, 24, actor("EGY", "EGY"), "GPE"), m(1, 26, 26, 26, actor("QAT", "QAT"), "GPE"),
    m(2, 1, 5, 4, { ...ISRGOV, person: "Benjamin Netanyahu" }, "PER"), m(2, 9, 9, 9, HMS, "ORG"), m(2, 19, 19, 19, HMS, "ORG"),
    m(2, 21, 23, 23, actor("PSEREB", "PSE", { sectors: ["REB"] })),
    m(3, 2, 2, 2, HMS, "ORG"), m(3, 13, 13, 13, actor("USA", "USA"), "GPE"), m(3, 15, 15, 15, ISR, "NORP"),
    m(3, 21, 21, 21, HMS, "ORG"), m(3, 25, 25, 25, actor("QAT", "QAT"), "NORP"), m(3, 27, 27, 27, actor("EGY", "EGY"), "NORP"),
    m(4, 2, 2, 2, ISR, "NORP"),
    m(5, 10, 10, 10, ISR, "GPE"),
    m(6, 1, 1, 1, ISR, "GPE"), m(6, 7, 8, 8, HMS),
    m(7, 22, 22, 22, ISR, "GPE"), m(7, 25, 26, 26, actor("PSE", "PSE")),
    m(8, 1, 1, 1, HMS, "ORG"),
    m(9, 1, 1, 1, HMS, "ORG"), m(9, 8, 8, 8, ISR, "GPE"),
    m(10, 1, 1, 1, { ...ISRGOV, person: "Benjamin Netanyahu" }, "PER"), m(10, 7, 9, 9, HMS),
    m(11, 6, 6, 6, actor("USA", "USA"), "GPE"), m(11, 8, 8, 8, actor("USAGOV", "USA", { sectors: ["GOV"], person: "Antony Blinken" }), "PER"),
    m(11, 15, 15, 15, ISR, "GPE"),
    m(12, 4, 4, 4, ISR, "GPE"),
  ];
  const places = [
    place(doc, 1, 19, 19, "EGY"), place(doc, 4, 11, 12, "PSE"), place(doc, 5, 5, 6, "PSE"), place(doc, 5, 16, 16, "PSE"),
    place(doc, 6, 10, 10, "PSE"), place(doc, 6, 19, 20, "ISR"), place(doc, 9, 14, 14, "PSE"), place(doc, 12, 12, 12, "PSE"),
  ];
  const dateline = { start: 0, end: 0, places: ["Doha", "Tel Aviv"], monthDay: null, agency: null };
  return { doc, article: article(doc, "2024-02-08", dateline), mentions, places };
}

/** Sentences 0–6: seized, Burns, declared, Hamdan, military said, told civilians, five delegations. */
export function rafahFixture(): Fixture {
  const doc = fixtureDoc("rafah-2024-05-08.conllu");
  const m = (s: number, f: number, t: number, h: number, a: ReturnType<typeof actor>, type = "") => mention(doc, s, f, t, h, a, type);
  const mentions = [
    m(0, 1, 2, 2, ISRMIL), m(0, 13, 13, 13, actor("EGY", "EGY"), "GPE"),
    m(1, 1, 4, 3, actor("USASPY", "USA", { sectors: ["SPY"], person: "William Burns" }), "PER"),
    m(1, 17, 21, 20, { ...ISRGOV, person: "Benjamin Netanyahu" }, "PER"), m(1, 23, 24, 24, ISRGOV),
    m(2, 1, 1, 1, ISR, "GPE"), m(2, 11, 11, 11, HMS, "ORG"),
    m(3, 1, 4, 3, { ...HMS, person: "Osama Hamdan" }, "PER"), m(3, 17, 17, 17, ISR, "GPE"),
    m(4, 1, 3, 3, ISRMIL),
    m(5, 3, 3, 3, actor("CVL", null, { sectors: ["CVL"] })),
    m(6, 14, 14, 14, HMS, "ORG"), m(6, 16, 16, 16, ISR, "GPE"), m(6, 19, 19, 19, actor("USA", "USA"), "GPE"),
    m(6, 21, 21, 21, actor("EGY", "EGY"), "GPE"), m(6, 23, 23, 23, actor("QAT", "QAT"), "GPE"),
  ];
  const places = [
    place(doc, 0, 11, 11, "PSE"), place(doc, 0, 15, 15, "PSE"), place(doc, 1, 9, 9, "EGY"), place(doc, 1, 11, 11, "ISR"),
    place(doc, 3, 10, 10, "LBN"), place(doc, 3, 23, 23, "PSE"), place(doc, 4, 12, 12, "PSE"), place(doc, 6, 2, 2, "EGY"),
  ];
  const dateline = { start: 0, end: 0, places: ["Cairo", "Washington", "Rafah"], monthDay: "05-08", agency: "Reuters" };
  return { doc, article: article(doc, "2024-05-08", dateline), mentions, places };
}

/** Just enough lexicon for the fixtures; the codes are CAMEO's. */
export function fixtureLexicon() {
  return lexicon([
    { lemma: "forge", object: ["&CEASEFIRE"], code: "045" },
    { lemma: "travel", prep: { word: "to" }, target: "prep", code: "042" },
    { lemma: "talk", noun: true, prep: { word: "with" }, target: "prep", code: "046" },
    { lemma: "reject", object: ["&PROPOSAL"], code: "125" },
    { lemma: "reject", code: "120" },
    { lemma: "call", complement: ["delusional"], code: "111" },
    { lemma: "urge", complement: ["fight"], code: "0256" },
    { lemma: "urge", code: "020" },
    { lemma: "draw", particles: ["up"], object: ["&PROPOSAL"], code: "036" },
    { lemma: "deliver", object: ["&PROPOSAL"], prep: { word: "to" }, target: "prep", code: "045" },
    { lemma: "hit", code: "195" },
    { lemma: "step", particles: ["up"], object: ["assault", "attack"], code: "190" },
    { lemma: "kill", code: "1823" },
    { lemma: "take", object: ["hostage"], code: "181" },
    { lemma: "free", object: ["prisoner", "hostage"], code: "0841" },
    { lemma: "agree", prep: { word: "to" }, code: "057" },
    { lemma: "propose", object: ["&CEASEFIRE"], code: "036" },
    { lemma: "withdraw", code: "0874" },
    { lemma: "pledge", noun: true, complement: ["destroy"], code: "138" },
    { lemma: "offensive", noun: true, code: "190" },
    { lemma: "seize", code: "192" },
    { lemma: "meet", code: "040" },
    { lemma: "declare", complement: ["unacceptable"], code: "120" },
    { lemma: "warn", code: "130" },
    { lemma: "tell", complement: ["go"], code: "100" },
    { lemma: "say", code: "010" },
    { lemma: "hold", object: ["meeting", "talk"], code: "040" },
    { lemma: "expand", prep: { word: "into" }, target: "prep", code: "190" },
    { lemma: "participate", prep: { word: "in", object: ["talk", "negotiation"] }, code: "046" },
  ], { CEASEFIRE: ["ceasefire", "truce"], PROPOSAL: ["proposal", "offer", "plan"] });
}
