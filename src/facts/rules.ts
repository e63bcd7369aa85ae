// The named rules of the figure extractor (stage "figures"): how number words become values, which numbers
// are not figures of people, and how a figure finds its people, claimant, place and period when the
// sentence does not say so plainly. Each is switchable with `--without-rule ID`; a figure lists the ids of
// the rules that shaped it.
import { defineRule, type Rule } from "../rules/rule.js";
import type { AnalysedDoc } from "../text/analysed.js";
import type { EventRecord, Figure, FigureValue, Frame } from "../text/annotations.js";
import type { Tree } from "../clauses/tree.js";
import type { FigureLexicon } from "./lexicon.js";

/** What a figure rule may read. */
export interface FigureView {
  readonly tree: Tree;
  readonly lex: FigureLexicon;
  /** A verbal or adjectival predicate of the clause layer. */
  isClausal(i: number): boolean;
  /** Whether the words reporting a clause are a reporting verb ("say", "tell"). */
  isReporting(i: number): boolean;
  /** The frames of a sentence whose predicate reports or estimates. */
  reporters(sentence: number): readonly Frame[];
}

// ── reading numbers ─────────────────────────────────────────────────────────────────────────────────

export const VAGUE_PLURAL = defineRule({
  id: "figures.vague-plural",
  stage: "figures",
  description: "a vague plural is two of its unit, as a minimum: dozens 24, hundreds 200, hundreds of thousands 200,000",
  example: "Hundreds of thousands of people are homeless and hungry.",
  /** The minimum a vague plural stands for: its own minimum, times the unit of a second plural ("hundreds of thousands"). */
  apply: (base: number, unit = 1): number => base * unit,
});

export const FRACTION_OF = defineRule({
  id: "figures.fraction-of",
  stage: "figures",
  description: "a fraction before a number takes that share of it, and the arithmetic is recorded",
  example: "About half the enclave's 2.3 million people are penned against the border.",
  apply: (fraction: number, of: number): number => Math.round(fraction * of),
});

export const RANGE = defineRule({
  id: "figures.range",
  stage: "figures",
  description: "two numbers joined as a range give min and max; the best value is the lower bound, the conservative reading",
  example: "Estimates put the number of fighters at between 1,500 and 3,000.",
  apply: (low: number, high: number): FigureValue => ({ min: low, best: low, max: high }),
});

// ── numbers that are not figures of people ──────────────────────────────────────────────────────────

export const SOURCE_NOT_SUBJECT = defineRule({
  id: "figures.source-not-subject",
  stage: "figures",
  description: "people counted as the ones who report something are the source of a statement, not a figure",
  example: "A half-dozen residents have told NBC News the camp was shelled.",
  apply(v: FigureView, anchor: number): boolean {
    const tr = v.tree;
    const first = tr.firstConjunct(anchor);
    const h = tr.head(first);
    const reports = (p: number) => v.isReporting(p) || v.lex.claimVerbs.has(tr.lemma(p));
    if (h >= 0 && ["nsubj", "nsubj:pass"].includes(tr.rel(first)) && reports(h)) return true;
    // the frame builder's subjects, parser slips repaired ("…, a half-dozen officials have told NBC News")
    return v.reporters(tr.tok(anchor).sent).some((f) => f.subjects.includes(anchor) || f.subjects.includes(first));
  },
});

export const SINGLE_PERSON = defineRule({
  id: "figures.single-person",
  stage: "figures",
  description: "a plain count of one person is an individual, not a figure",
  example: "One Chinese American who found success in 1960s Houston was Albert Gee.",
  apply: (best: number): boolean => best < 2,
});

export const FAMILY = defineRule({
  id: "figures.family",
  stage: "figures",
  description: "the children of one person or household are not a figure",
  example: "He married in the camp and has been raising 12 children there.",
  apply(v: FigureView, noun: number): boolean {
    const tr = v.tree;
    if (!v.lex.family.nouns.has(tr.lemma(noun)) && !v.lex.family.nouns.has(tr.lower(noun))) return false;
    const owned = tr.childrenExact(noun, "nmod:poss").some((k) => tr.upos(k) === "PRON");
    const h = tr.head(noun);
    return owned || (h >= 0 && tr.rel(noun) === "obj" && v.lex.family.verbs.has(tr.lemma(h)));
  },
});

/** Modal cues that make a number a capacity or a guess about the unreal ("could hold up to 30,000"); "may" is an estimate. */
const UNREAL_MODALS = new Set(["would", "could", "can", "might", "should", "must", "'d"]);

export const UNREAL = defineRule({
  id: "figures.unreal",
  stage: "figures",
  description: "numbers in hypothetical, proposed, planned, negated or forecast clauses and capacities are not reported figures",
  example: "Trump suggested the base could be used to hold up to 30,000 migrants.",
  /** Whether a clause with this modality and these cues (and, when forecast, its verb) reports no figure. */
  apply(modality: string, cues: readonly string[], forecast: boolean): boolean {
    if (forecast) return true;
    if (modality === "negated" || modality === "proposed" || modality === "intended") return true;
    return modality === "hypothetical" && (cues.includes("if") || cues.some((c) => UNREAL_MODALS.has(c)));
  },
});

// ── finding the people counted ──────────────────────────────────────────────────────────────────────

export const PARTITIVE = defineRule({
  id: "figures.partitive",
  stage: "figures",
  description: "a number with an of-phrase counts the people of the of-phrase",
  example: "Four of them blew themselves up; Sixty of those who escaped have been caught.",
  /** The head of the counted phrase starting at token `at`: the last noun or pronoun of its noun words. */
  apply(v: FigureView, at: number): number | null {
    const tr = v.tree;
    const sent = tr.tok(at).sent;
    let found: number | null = null;
    for (let k = at; k < tr.doc.tokens.length && tr.tok(k).sent === sent; k++) {
      const u = tr.upos(k);
      if (u === "PRON" && found === null && k === at) return k;
      if (u === "NOUN" || u === "PROPN") found = k;
      else if (!["DET", "ADJ", "PART", "ADV", "NUM", "PUNCT"].includes(u) || (u === "PUNCT" && tr.lower(k) !== "-")) break;
      if (u === "PART" && found === null) break;
    }
    return found;
  },
});

export const ELIDED_NOUN = defineRule({
  id: "figures.elided-noun",
  stage: "figures",
  description: "a bare number coordinated with a figure shares its people (and its kind, when it names none)",
  example: "Hamas media said seven people were killed and 11 injured.",
  /** Whether the clause or phrase `b` is coordinated with `a` (one is a conjunct of the other, or both of one head). */
  apply(v: FigureView, a: number, b: number): boolean {
    const tr = v.tree;
    const fa = tr.firstConjunct(a);
    const fb = tr.firstConjunct(b);
    return fa === fb || fa === b || fb === a || tr.conjuncts(fa).includes(b) || tr.conjuncts(fb).includes(a);
  },
});

export const PART_OF = defineRule({
  id: "figures.part-of",
  stage: "figures",
  description: "the parts of a figure introduced by 'including' or 'among them' are figures of the same kind",
  example: "104 passengers, including 58 men, 31 women and 15 children, had been rescued.",
  /** Whether a noun (through coordination) is introduced by "including" or "among them". */
  apply(v: FigureView, noun: number): boolean {
    const tr = v.tree;
    const first = tr.firstConjunct(noun);
    const cases = tr.children(first, "case", "mark").map((k) => tr.lower(k));
    return cases.includes("including") || cases.includes("among");
  },
});

export const TOLL = defineRule({
  id: "figures.toll",
  stage: "figures",
  description: "a number a toll or count noun rises to, stands at or is put at counts the people of that noun",
  example: "The number of refugees in Dadaab declined to the current figure of 230,000.",
  /** The toll noun a number phrase anchored at `anchor` gives the value of, or -1. */
  apply(v: FigureView, anchor: number): number {
    const tr = v.tree;
    const tolls = (k: number) => v.lex.tollNouns.has(tr.lemma(k));
    // "the current figure of 230,000": the number hangs on a toll noun that hangs on the verb
    let k = anchor;
    if (["nmod", "appos"].includes(tr.baseRel(k)) && tolls(tr.head(k))) k = tr.head(k);
    const h = tr.head(k);
    if (h < 0 || !["obl", "nmod", "obj", "xcomp"].includes(tr.baseRel(k))) return -1;
    // "the toll rose to 50", "put the number at 1,500" (and parsers hanging the verb on the toll noun)
    const args = [...tr.children(h, "nsubj", "obj", "nsubj:pass"), ...(tolls(h) ? [h] : [])];
    if (tr.baseRel(h) === "acl" && tolls(tr.head(h))) args.push(tr.head(h));
    return args.find((a) => a !== k && tolls(a)) ?? (tolls(k) && k !== anchor ? k : -1);
  },
});

export const TOLL_WORDS = defineRule({
  id: "figures.toll-words",
  stage: "figures",
  description: "a number after 'at' or 'to' gives the value of the toll noun shortly before it, however the parser hung it",
  example: "Various intelligence estimates put the number of IS fighters across Iraq and Syria at between 1,500 and 3,000.",
  /** The toll noun a number phrase starting at `first` completes, or -1: "… at 1,500", "… to the current figure of 230,000". */
  apply(v: FigureView, first: number): number {
    const tr = v.tree;
    const sent = tr.tok(first).sent;
    const start = tr.doc.sentences[sent].tokenStart;
    const tolls = (k: number) => tr.upos(k) === "NOUN" && v.lex.tollNouns.has(tr.lemma(k));
    let k = first - 1;
    while (k >= start && ["between", "the", "a", "current", "new", "latest"].includes(tr.lower(k))) k--;
    // "to the current figure of 230,000": the figure is a stand-in; the toll is further back
    if (k > start && tr.lower(k) === "of" && tolls(k - 1)) k -= 2;
    while (k >= start && ["the", "a", "current", "new", "latest"].includes(tr.lower(k))) k--;
    if (k < start || !["at", "to"].includes(tr.lower(k))) return -1;
    for (let j = k - 1; j >= start && j >= k - 12; j--) {
      if (tolls(j)) return j;
      if (tr.upos(j) === "PUNCT" && [";", ":"].includes(tr.lower(j))) break;
    }
    return -1;
  },
});

export const POPULATION = defineRule({
  id: "figures.population",
  stage: "figures",
  description: "a place's people as a whole are its population, not a figure (unless a share of them is taken)",
  example: "Arabs constitute 50% of Syria's nearly 24 million people.",
  /** Whether the counted noun has a place as its possessor. */
  apply: (v: FigureView, noun: number, isPlace: (k: number) => boolean): boolean =>
    v.tree.childrenExact(noun, "nmod:poss").some((k) => isPlace(k)),
});

export const ACCORDING_LIST = defineRule({
  id: "figures.according-list",
  stage: "figures",
  description: "a figure the parser listed after an 'according to' phrase is the subject of the clause that phrase hangs on",
  example: "According to security sources, 104 passengers, including 58 men, had been rescued.",
  /** The clause a figure noun wrongly coordinated with an according-to oblique belongs to, or -1. */
  apply(v: FigureView, noun: number): number {
    const tr = v.tree;
    const first = tr.firstConjunct(noun);
    if (first === noun || tr.baseRel(first) !== "obl") return -1;
    return tr.children(first, "case").some((c) => tr.lower(c) === "according") ? tr.head(first) : -1;
  },
});

// ── claimant, place, period ─────────────────────────────────────────────────────────────────────────

export const CLAIM_VERB = defineRule({
  id: "figures.claim-verb",
  stage: "figures",
  description: "the subject of an estimating or showing verb gives the figure in its object or complement",
  example: "Intelligence estimates put the number of IS fighters at between 1,500 and 3,000.",
  /** The claimant heads for a figure clause `p` under a claim verb, else []. */
  apply(v: FigureView, p: number): number[] {
    const tr = v.tree;
    if (v.lex.claimVerbs.has(tr.lemma(p))) return tr.children(p, "nsubj");
    for (let k = p, n = 0; k >= 0 && n < 4; k = tr.head(k), n++) {
      const h = tr.head(k);
      if (h < 0) break;
      if (v.lex.claimVerbs.has(tr.lemma(h)) && ["ccomp", "obj", "xcomp", "nsubj"].includes(tr.baseRel(k))) {
        const subj = tr.children(h, "nsubj");
        if (subj.length && subj[0] !== k) return subj;
      }
    }
    return [];
  },
});

export const TRAILING_REPORTER = defineRule({
  id: "figures.trailing-reporter",
  stage: "figures",
  description: "a reporting verb after the figure's clause that a parser hung on it as an adverbial ('…, the ministry said') reports it",
  example: "At least 30,800 Palestinians have been killed since October 7, Gaza's health ministry said on Friday.",
  apply(v: FigureView, p: number): number[] {
    const tr = v.tree;
    const k = tr.children(p, "advcl", "parataxis").find((c) => c > p && v.isReporting(c) && !tr.children(c, "mark").length);
    return k === undefined ? [] : tr.children(k, "nsubj");
  },
});

export const AS_REPORTED = defineRule({
  id: "figures.as-reported",
  stage: "figures",
  description: "an 'as X reported' clause names who reports the clause it hangs on",
  example: "As Reuters reported, 40 people were killed in the strike.",
  apply(v: FigureView, p: number): number[] {
    const tr = v.tree;
    for (const k of [p, ...tr.ancestors(p)].slice(0, 4)) {
      for (const c of tr.children(k, "advcl")) {
        if (tr.children(c, "mark").some((m) => tr.lower(m) === "as") && v.isReporting(c)) return tr.children(c, "nsubj");
      }
    }
    return [];
  },
});

export const WHERE_CLAUSE = defineRule({
  id: "figures.where-clause",
  stage: "figures",
  description: "a 'where' clause locates its figure at the place it describes, in the writer's words (not the reporter's)",
  example: "Israel said it would expand its campaign into Rafah, where about half the enclave's 2.3 million people are penned.",
  /** The "where" word of the clause p, or -1. */
  apply(v: FigureView, p: number): number {
    const tr = v.tree;
    return tr.children(p, "advmod").find((k) => tr.lower(k) === "where") ?? -1;
  },
});

export const SINCE_THEN = defineRule({
  id: "figures.since-then",
  stage: "figures",
  description: "'since then' starts a running total at the last date an earlier sentence gave",
  example: "Hamas killed 1,200 people on October 7. The ministry says 27,585 Palestinians have been killed since then.",
  apply: (words: string): boolean => /\bsince then\b|\bsince that (day|date|attack)\b/i.test(words),
});

export const ADDITION = defineRule({
  id: "figures.addition",
  stage: "figures",
  description: "'with N more …' after a figure is an unquantified addition to it, not a figure of its own",
  example: "At least 27,585 Palestinians have been confirmed killed, with thousands more feared buried under rubble.",
  /** Whether the number phrase ending at `last` is followed by "more" inside a with-clause. */
  apply(v: FigureView, last: number, clause: number): boolean {
    const tr = v.tree;
    const next = last + 1 < tr.doc.tokens.length ? tr.lower(last + 1) : "";
    return next === "more" && tr.children(clause, "mark", "case").some((k) => tr.lower(k) === "with");
  },
});

export const ATTACK_PERPETRATOR = defineRule({
  id: "figures.attack-perpetrator",
  stage: "figures",
  description: "the owner of the attack a figure happened in ('in Israel's offensive', 'Israeli strikes') is its perpetrator",
  example: "At least 27,585 Palestinians have been killed in Israel's offensive, the ministry says.",
  /** The possessor or national modifier of an attack noun, or -1. */
  apply(v: FigureView, noun: number): number {
    const tr = v.tree;
    if (!v.lex.attackNouns.has(tr.lemma(noun)) && !v.lex.attackNouns.has(tr.lower(noun))) return -1;
    const poss = tr.childrenExact(noun, "nmod:poss").find((k) => tr.upos(k) === "PROPN" || tr.upos(k) === "NOUN");
    if (poss !== undefined) return poss;
    return tr.childrenExact(noun, "amod", "compound").find((k) => tr.upos(k) === "PROPN" || (tr.upos(k) === "ADJ" && /^\p{Lu}/u.test(tr.tok(k).text))) ?? -1;
  },
});

export const CONFIRMED = defineRule({
  id: "figures.confirmed",
  stage: "figures",
  description: "a figure the sentence says was confirmed is graded confirmed",
  example: "At least 27,585 Palestinians have been confirmed killed.",
  apply: (v: FigureView, tokens: readonly number[]): boolean => tokens.some((k) => v.lex.verify.has(v.tree.lemma(k))),
});

// ── the event a figure belongs to (src/facts/link.ts) ─────────────────────────────────────────────────

export const EVENT_SAME_TRIGGER = defineRule({
  id: "figures.event-same-trigger",
  stage: "figures",
  description: "a figure belongs to the event coded from its own word",
  example: "Hamas militants from Gaza killed 1,200 people and took 253 hostages in southern Israel on October 7.",
  apply: (events: readonly EventRecord[], f: Figure): number =>
    f.trigger ? events.findIndex((e) => e.sentence === f.sentence && e.trigger.start < f.trigger!.end && f.trigger!.start < e.trigger.end) : -1,
});

export const EVENT_NEARBY = defineRule({
  id: "figures.event-nearby",
  stage: "figures",
  description: "a figure with no event of its own belongs to the nearest event of its kind in its sentence (casualties: or the one before, in the same paragraph)",
  example: "Two Israeli strikes hit two houses in Rafah, residents said. Hamas media said seven people were killed and 11 injured.",
  apply(doc: AnalysedDoc, f: Figure, roots: readonly string[], before: boolean): number {
    const fits = (e: EventRecord) => roots.includes(e.root) && e.modality !== "negated" && e.modality !== "hypothetical";
    const same = doc.events.map((e, k) => [e, k] as const).filter(([e]) => e.sentence === f.sentence && fits(e));
    if (same.length) return same.sort(([a], [b]) => Math.abs(a.trigger.start - f.start) - Math.abs(b.trigger.start - f.start))[0][1];
    if (!before || f.sentence === 0) return -1;
    const prev = doc.sentences[f.sentence - 1];
    const gap = doc.text.slice(prev.end, doc.sentences[f.sentence].start);
    if (/\n\s*\n/.test(gap)) return -1;
    const k = doc.events.map((e, n) => [e, n] as const).filter(([e]) => e.sentence === f.sentence - 1 && fits(e)).pop();
    return k ? k[1] : -1;
  },
});

export const figureRules: readonly Rule[] = [
  VAGUE_PLURAL, FRACTION_OF, RANGE, SOURCE_NOT_SUBJECT, SINGLE_PERSON, FAMILY, POPULATION, UNREAL, PARTITIVE, ELIDED_NOUN, PART_OF, TOLL,
  TOLL_WORDS, ACCORDING_LIST,
  CLAIM_VERB, TRAILING_REPORTER, AS_REPORTED, WHERE_CLAUSE, SINCE_THEN, ADDITION, ATTACK_PERPETRATOR, CONFIRMED, EVENT_SAME_TRIGGER, EVENT_NEARBY,
];
