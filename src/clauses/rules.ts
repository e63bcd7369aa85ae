// The named rules of the clause layer: repairs of parser slips (stage "repair") and treatments of
// constructions that decide a frame's arguments and modality (stage "frames"). The frame builder asks
// for each by its constant; `--without-rule ID` switches one off. Repairs are kept apart from the
// constructions so that, after retraining the parser, each can be measured and dropped when no longer needed.
import { defineRule, type Rule } from "../rules/rule.js";
import { loadWordSets } from "../util/word-lists.js";
import type { FrameCues } from "./cues.js";
import type { Tree } from "./tree.js";
import type { Oblique } from "../text/annotations.js";

/** Penn tags of a tensed verb form (past, present, modal): what makes a clause finite. */
export const TENSED_TAGS: ReadonlySet<string> = new Set(["VBD", "VBZ", "VBP", "MD"]);

/** What a clause rule may ask of the frame builder. */
export interface ClauseView {
  readonly tree: Tree;
  readonly cues: FrameCues;
  isPredicate(i: number): boolean;
  /** A verbal or adjectival predicate (not an event noun). */
  isClausal(i: number): boolean;
  synSubjects(p: number): number[];
  modalityCues(p: number): string[];
  governorOf(p: number): number;
  expand(heads: number[]): number[];
}


// ── repairs of parser slips ─────────────────────────────────────────────────────────────────────────

/**
 * A verb the tagger read as an adjective in a sentence left with no finite verb: "Young Algerians blocked
 * roads …", "Israeli helicopters and tanks shelled positions of …" parsed as one noun phrase with "blocked"
 * modifying "roads". The noun right before it (with its earlier conjuncts) is the subject, the noun it
 * modifies the object.
 */
export const ADJECTIVE_READ_AS_VERB = defineRule({
  id: "repair.adjective-read-as-verb",
  stage: "repair",
  description: "a past verb tagged as an adjective of the next noun, in a sentence with no finite verb, is the verb",
  example: "Young Algerians blocked roads in the capital.",
  apply(v: ClauseView, i: number): { subjects: number[]; objects: number[] } | null {
    const tr = v.tree;
    const t = tr.tok(i);
    const h = tr.head(i);
    if (!["VBD", "VBN"].includes(t.xpos) || tr.rel(i) !== "amod" || h <= i) return null;
    // only the noun's own words between: "blocked [the main] roads", not "killed in Gaza strike"
    for (let k = i + 1; k < h; k++) if (tr.head(k) !== h || !["det", "amod", "compound", "nummod"].includes(tr.rel(k))) return null;
    const sent = tr.doc.sentences[t.sent];
    if (i - 1 < sent.tokenStart || !["NOUN", "PROPN"].includes(tr.upos(i - 1))) return null;
    for (let k = sent.tokenStart; k < sent.tokenEnd; k++) {
      if (k !== i && ["VERB", "AUX"].includes(tr.upos(k)) && TENSED_TAGS.has(tr.tok(k).xpos)) return null;
    }
    const subjects = tr.conjuncts(tr.firstConjunct(i - 1)).filter((k) => k < i);
    return { subjects: subjects.includes(i - 1) ? subjects : [i - 1], objects: [h] };
  },
});

let words: { particles: ReadonlySet<string>; relative: ReadonlySet<string>; whRelative: ReadonlySet<string> } | undefined;
/** Particles a parser may tag as adverbs (particles.tsv), relative pronouns (pronouns.tsv). */
function wordLists() {
  if (!words) {
    const pr = loadWordSets("pronouns.tsv", ["relative", "wh-relative"]);
    words = { particles: loadWordSets("particles.tsv", ["adverb-like"])["adverb-like"], relative: pr.relative, whRelative: pr["wh-relative"] };
  }
  return words;
}

export const STRAY_PARTICLE = defineRule({
  id: "repair.particle-read-as-adverb",
  stage: "repair",
  description: "a particle right after the verb that the parser made an adverb of what follows is the verb's particle",
  example: "The army handed over 700 kg of medicine.",
  apply(v: ClauseView, p: number): string[] {
    const tr = v.tree;
    const ok = tr.upos(p) === "VERB" && p + 1 < tr.doc.tokens.length && tr.tok(p + 1).sent === tr.tok(p).sent
      && tr.rel(p + 1) === "advmod" && wordLists().particles.has(tr.lower(p + 1));
    return ok ? [tr.lower(p + 1)] : [];
  },
});

export const PASSIVE_WITHOUT_AUXILIARY = defineRule({
  id: "repair.passive-without-auxiliary",
  stage: "repair",
  description: "a past form with no subject, no auxiliary and a by-phrase is a passive participle the tagger took for a past tense",
  example: "The proposal was drawn up by spy chiefs and delivered to Hamas by Qatari mediators.",
  apply(v: ClauseView, p: number, ownSubjects: number[]): boolean {
    const tr = v.tree;
    const t = tr.tok(p);
    return (t.xpos === "VBN" || t.xpos === "VBD") && !ownSubjects.length && !tr.children(p, "aux").length
      && tr.childrenExact(p, "obl").some((k) => v.cues.agentCases.has(tr.caseWord(k)));
  },
});

/**
 * Three ways a parser hangs a subject elsewhere: the noun phrase ending right before a finite verb group
 * with no subject of its own is its subject when it was made an apposition ("Before heading back to the US,
 * Blinken was due to …" with Blinken an apposition of "US"), the object of a word that can introduce a
 * clause ("began its offensive after Hamas militants from Gaza killed …" with "after" read as a
 * preposition), or a second subject of the reporting verb ("President Clinton has imposed …, the White
 * House said").
 */
export interface StrandedSubject {
  /** The subjectless predicate, its base relation, and the head of the noun phrase right before its verb group. */
  p: number;
  base: string;
  n: number;
}

export const SUBJECT_IN_APPOSITION = defineRule({
  id: "repair.subject-read-as-apposition",
  stage: "repair",
  description: "the noun phrase right before a subjectless finite verb, hung as an apposition, is its subject",
  example: "Before heading back to the US, Blinken was due to meet Netanyahu.",
  apply: (v: ClauseView, s: StrandedSubject): boolean => v.tree.baseRel(s.n) === "appos",
});

export const CLAUSE_READ_AS_PREPOSITION = defineRule({
  id: "repair.clause-read-as-preposition",
  stage: "repair",
  description: "after a word that can introduce a clause ('after', 'before'), the noun before a subjectless finite verb is its subject",
  example: "Israel began its military offensive after Hamas militants from Gaza killed 1,200 people and took 253 hostages in southern Israel on October 7.",
  apply(v: ClauseView, s: StrandedSubject): boolean {
    const tr = v.tree;
    const rel = tr.baseRel(s.n);
    return (rel === "obl" || rel === "nmod") && tr.rel(s.n) === rel && v.cues.clausePrepositions.has(tr.caseWord(s.n));
  },
});

export const SUBJECT_DOUBLED_ON_REPORTER = defineRule({
  id: "repair.subject-doubled-on-reporter",
  stage: "repair",
  description: "of two subjects hung on a reporting verb, the first is the subject of the reported clause",
  example: "President Clinton has imposed new sanctions on Iraq, officials said.",
  apply(v: ClauseView, s: StrandedSubject): boolean {
    const tr = v.tree;
    const g = tr.head(s.p);
    return tr.baseRel(s.n) === "nsubj" && s.base === "ccomp" && tr.head(s.n) === g && tr.children(g, "nsubj").length > 1;
  },
});

export const STRANDED_SUBJECT_REPAIRS = [SUBJECT_IN_APPOSITION, CLAUSE_READ_AS_PREPOSITION, SUBJECT_DOUBLED_ON_REPORTER];

/**
 * An aside set off by commas between a subject and its verb ("Ishiba, as a member of the party, visited …",
 * "Trump, speaking to reporters, said …") hides the subject from the stranded-subject repairs, which look
 * right before the verb group: the noun phrase before the aside counts as right before it. The aside holds
 * no tensed verb of its own (a relative clause there has a subject the parser rarely loses).
 */
export const SUBJECT_BEFORE_ASIDE = defineRule({
  id: "repair.subject-before-aside",
  stage: "repair",
  description: "a comma-bounded aside with no tensed verb between a subjectless verb and the noun before it is looked past when finding the stranded subject",
  example: "Before Japan's election, Ishiba, as a member of the ruling party, visited Taiwan.",
  /** The token to read as the one right before the verb group, given the closing comma k of an aside; -1 if none. */
  apply(v: ClauseView, k: number, sentStart: number): number {
    const tr = v.tree;
    if (tr.tok(k).text !== ",") return -1;
    for (let j = k - 1; j > sentStart; j--) {
      const t = tr.tok(j);
      if (TENSED_TAGS.has(t.xpos)) return -1;
      if (t.text === ",") return j < k - 1 ? j - 1 : -1;
    }
    return -1;
  },
});

export const VERB_CONJOINED_TO_NOUN = defineRule({
  id: "repair.verb-conjoined-to-noun",
  stage: "repair",
  description: "a verb the parser coordinated under a noun shares the subject of the nearest clause above it",
  example: "The framework was drawn up by US and Israeli spy chiefs and delivered to Hamas.",
  apply(v: ClauseView, p: number): number[] {
    const up = v.governorOf(p);
    return up >= 0 ? v.synSubjects(up) : [];
  },
});

/**
 * A tensed verb the parser coordinated with a participle that modifies a noun: "A spokesperson expressed
 * sorrow over lives lost and urged the Haitian government to …" with "urged" a conjunct of "lost". A reduced
 * relative has no tense of its own, so a tensed conjunct with an object of its own is not part of it: it
 * continues the clause the participle's noun stands in, and shares that clause's subject (not the noun the
 * participle modifies).
 */
export const FINITE_CONJOINED_TO_PARTICIPLE = defineRule({
  id: "repair.finite-conjoined-to-participle",
  stage: "repair",
  description: "a tensed verb the parser coordinated with a participle modifying a noun ('lives lost and urged') shares the subject of the clause above that noun",
  example: "A U.S. State Department spokesperson expressed sorrow over lives lost and urged the Haitian government to act.",
  /** The subjects for conjunct p whose first conjunct is `first`, or null when the construction is not this one. */
  apply(v: ClauseView, p: number, first: number): number[] | null {
    const tr = v.tree;
    if (![p, ...tr.children(p, "aux", "aux:pass")].some((k) => TENSED_TAGS.has(tr.tok(k).xpos))) return null;
    if (tr.rel(first) !== "acl" || !["VBN", "VBG"].includes(tr.tok(first).xpos)) return null;
    if (tr.children(first, "aux", "aux:pass", "nsubj", "nsubj:pass", "mark").length) return null;
    // an active verb with an object of its own, not a second passive participle the tagger took for a past
    // tense ("lanterns, given away by the city and bought from street vendors")
    if (!tr.children(p, "obj").length || (tr.tok(first).xpos === "VBN" && tr.children(first, "obj").length)) return null;
    const up = v.governorOf(first);
    if (up < 0) return null;
    const out = v.synSubjects(up);
    return out.length ? out : null;
  },
});

export const RELATIVE_READ_AS_COMPLEMENT = defineRule({
  id: "repair.relative-read-as-complement",
  stage: "repair",
  description: "a complement clause whose subject is (or holds) a wh-relative pronoun is a relative clause on the object",
  example: "Israel told Palestinians, many of whom had fled Gaza City, to move south.",
  apply(v: ClauseView, k: number): boolean {
    const tr = v.tree;
    // "that" is not a wh-relative: "said that would be unacceptable" has a demonstrative subject
    const wh = (x: number) => wordLists().whRelative.has(tr.lower(x));
    return tr.rel(k) === "ccomp" && tr.children(k, "nsubj", "nsubj:pass").some((s) => wh(s) || tr.children(s, "nmod").some(wh));
  },
});

export const INFINITIVE_ON_ASIDE = defineRule({
  id: "repair.infinitive-on-aside",
  stage: "repair",
  description: "a to-infinitive hung on a parenthetical clause between the object and it is the verb's complement",
  example: "The military told civilians, many of whom had fled, to move to humanitarian zones.",
  apply(v: ClauseView, p: number, misread: number[]): number | undefined {
    const tr = v.tree;
    const objs = tr.children(p, "obj", "iobj");
    if (!objs.length) return undefined;
    const toInf = (k: number) => tr.children(k, "mark").some((m) => tr.lemma(m) === "to");
    const asides = [...tr.children(p, "parataxis"), ...misread, ...objs.flatMap((o) => tr.children(o, "acl:relcl"))];
    return asides.flatMap((a) => tr.children(a, "advcl", "xcomp")).find((k) => toInf(k) && k > objs[0]);
  },
});

/**
 * "attacked the newspaper for refusing to …", "criticised Israel over blocking aid": a gerund introduced by a
 * preposition is a prepositional phrase in function, so a pattern with that preposition ("111 attack prep=for":
 * attacking someone for what they did is criticism) sees it; the parser hangs it as a clause (advcl + mark).
 */
export const GERUND_AS_OBLIQUE = defineRule({
  id: "frames.gerund-as-oblique",
  stage: "frames",
  description: "a gerund clause introduced by a preposition ('for refusing', 'over blocking') counts as the verb's prepositional phrase for the lexicon's patterns",
  example: "Trump attacked The Wall Street Journal for refusing to support his tariff plans.",
  apply(v: ClauseView, p: number): Oblique[] {
    const tr = v.tree;
    return tr.children(p, "advcl").filter((k) => tr.tok(k).xpos === "VBG").flatMap((k) => {
      const mark = tr.children(k, "mark").map((m) => tr.lower(m)).find((w) => v.cues.gerundPrepositions.has(w));
      return mark ? [{ case: mark, rel: "advcl", heads: [k] }] : [];
    });
  },
});

export const CLAUSE_ON_TIME_WORD = defineRule({
  id: "repair.clause-on-time-word",
  stage: "repair",
  description: "a that-clause the parser hung on a bare time word after the verb ('said Wednesday that …') is the verb's complement",
  example: "Mubarak said here Wednesday that the US must be ready to mediate.",
  /** The clauses hung on p's bare (case-less) time obliques after p, with a complementiser or after the time word. */
  apply(v: ClauseView, p: number): number[] {
    const tr = v.tree;
    const times = tr.children(p).filter((k) => k > p && ["obl:unmarked", "obl:tmod", "nmod:tmod", "obl:npmod"].includes(tr.rel(k)) && !tr.caseWord(k));
    return times.flatMap((t) => tr.childrenExact(t, "ccomp").filter((k) => k > t && v.isClausal(k)));
  },
});

export const APPOSITION_IN_LIST = defineRule({
  id: "repair.apposition-in-list",
  stage: "repair",
  description: "a name parsed as an apposition inside a list of conjuncts is a list item",
  example: "Arnor, Calenardhon and Gondor signed the accord.",
  /** Whether an apposition c of a list member, before the list's last conjunct, is an item of the list. */
  apply: (c: number, lastConjunct: number): boolean => c < lastConjunct,
});

export const PREPOSITIONAL_CONJUNCT = defineRule({
  id: "repair.prepositional-conjunct",
  stage: "repair",
  description: "a noun parsed as a conjunct of a bare noun but carrying a preposition of its own ('Modi and Duterte, according to Kyodo News') is an attached phrase, not a co-argument",
  example: "Suga's travels will include meeting India's Prime Minister Narendra Modi and Philippine President Rodrigo Duterte, according to Kyodo News, citing Japanese government sources.",
  /** Whether conjunct c of i is kept: not when c has a case marker and i none. */
  apply: (hasCase: (k: number) => boolean, i: number, c: number): boolean => !hasCase(c) || hasCase(i),
});

// ── constructions ───────────────────────────────────────────────────────────────────────────────────

/** What the subject of a stative passive takes part in ("engaged in fighting") or with whom ("engaged with the U.S."). */
const STATIVE_CASES: ReadonlySet<string> = new Set(["in", "with"]);

export const STATIVE_PASSIVE = defineRule({
  id: "frames.stative-passive",
  stage: "frames",
  description: "'engaged in', 'involved in', 'engaged with' without an agent are passive in form only: the subject does it",
  example: "Serb forces were engaged in ethnic cleansing.",
  apply(v: ClauseView, p: number, agents: number[]): boolean {
    const tr = v.tree;
    return v.cues.stativePassives.has(tr.lemma(p)) && tr.childrenExact(p, "obl").some((k) => STATIVE_CASES.has(tr.caseWord(k))) && !agents.length;
  },
});

export const PASSIVE_PARTICIPLE_ADVERBIAL = defineRule({
  id: "frames.passive-participle-adverbial",
  stage: "frames",
  description: "a past participle adverbial with no subject or auxiliary of its own ('Asked by a reporter whether …, Trump said', 'Backed by Iran, the militia …') is passive: the subject it shares is the one acted on, its by-phrase the agent",
  example: "Attacked by rebels near the border, the army retreated to its base.",
  // PETRARCH-style coding reads such a participle with the clause's subject as its actor
  conventions: ["builtin"],
  /** Whether p (a VBN with no aux and no subject of its own) is such an adverbial. */
  apply: (v: ClauseView, p: number): boolean => v.tree.baseRel(p) === "advcl",
});

/**
 * Two verbs that share what follows them: "Doctors … donated and personally delivered $50,000 worth of goods
 * to Baghdad University Medical School". The first verb has nothing after it but the coordinator (and
 * adverbs of the second), so the object and the prepositional phrases of the second are its own too.
 */
export const SHARED_OBJECT = defineRule({
  id: "frames.shared-object",
  stage: "frames",
  description: "a verb followed by nothing but 'and'/'or' and a conjoined verb shares that verb's object and prepositional phrases ('donated and personally delivered goods to X')",
  example: "Doctors from two American aid groups donated and personally delivered medicine to Baghdad University Medical School.",
  /** The conjoined verb whose object p shares, or null. */
  apply(v: ClauseView, p: number): number | null {
    const tr = v.tree;
    if (tr.upos(p) !== "VERB") return null;
    const k = tr.children(p, "conj").find((c) => c > p);
    if (k === undefined || tr.upos(k) !== "VERB" || !tr.children(k, "obj").length || tr.children(k, "nsubj", "nsubj:pass", "aux:pass").length) return null;
    // nothing of p's own after it, and only the coordinator and adverbs of k between the two verbs
    if (tr.children(p).some((c) => c > p && c !== k && tr.rel(c) !== "punct")) return null;
    let coordinated = false;
    for (let x = p + 1; x < k; x++) {
      if (tr.head(x) !== k || !["cc", "advmod"].includes(tr.rel(x))) return null;
      if (tr.rel(x) === "cc") coordinated = ["and", "or"].includes(tr.lower(x));
    }
    return coordinated ? k : null;
  },
});

/**
 * The agent of a passive set off after an aside: "Aristide has been accused of misusing $50 million in
 * public funds, much of it believed to have been embezzled, by current Haitian government officials". The
 * parser hangs the by-phrase on the nearest passive, inside the comma-bounded aside; a by-phrase that comes
 * right after the aside's closing comma, when the passive before the aside has no agent, is that passive's.
 */
export const AGENT_AFTER_ASIDE = defineRule({
  id: "repair.agent-after-aside",
  stage: "repair",
  description: "a by-phrase right after the comma closing an aside, hung on a verb inside the aside, is the agent of the agentless passive the aside interrupts",
  example: "Ousted president Jean-Bertrand Aristide has been accused of misusing up to US $50 million in public funds, much of it believed to have been embezzled, by current Haitian government officials.",
  /** The by-phrase heads that are p's agents, or [] (p: a passive with no agent of its own). */
  apply(v: ClauseView, p: number): number[] {
    const tr = v.tree;
    const tokens = tr.doc.tokens;
    const comma = (k: number) => k >= 0 && tokens[k].text === "," && tokens[k].sent === tokens[p].sent;
    for (const aside of tr.children(p, "parataxis", "advcl", "acl", "ccomp").filter((c) => c > p)) {
      const span = tr.subtree(aside);
      if (!comma(span[0] - 1) && !comma(span[0])) continue;
      const by = span.filter((k) => tr.baseRel(k) === "obl" && tr.head(k) !== p && v.cues.agentCases.has(tr.caseWord(k)));
      // the phrase's first word ("by"), its own comma left out
      const out = by.filter((k) => comma(tr.subtree(k).find((x) => tr.rel(x) !== "punct")! - 1));
      if (out.length) return v.expand(out.slice(0, 1));
    }
    return [];
  },
});

/**
 * A subject noun the parser gave a subject of its own: "The U.S. government, through our INL programs, has
 * provided …" parsed with "government" the nsubj of "programs" and "programs" the nsubj of "provided". A
 * noun with no copula has no subject, so a subject hung on it and set off from it by a comma is the verb's,
 * and the noun lies in the aside that comma opens.
 */
export const SUBJECT_OF_SUBJECT = defineRule({
  id: "repair.subject-of-subject",
  stage: "repair",
  description: "a subject noun that the parser gave a subject of its own (no copula), set off from it by a comma, is part of an aside: that subject is the verb's ('The U.S. government, through our programs, has provided')",
  example: "The U.S. government, through our INL (Bureau of International Narcotics and Law Enforcement Affairs) programs, has provided technical assistance, training and equipment, and funded construction to assist the HNP in improving the prison system.",
  /** The verb's subjects with such nouns replaced by the subjects hung on them. */
  apply(v: ClauseView, own: number[]): number[] | null {
    const tr = v.tree;
    let changed = false;
    const out = own.flatMap((s) => {
      if (!["NOUN", "PROPN"].includes(tr.upos(s)) || v.isPredicate(s) || tr.children(s, "cop").length) return [s];
      // set off from the noun by the aside's comma: "government , through our programs"
      const comma = (k: number) => tr.doc.tokens.slice(k + 1, s).some((t) => t.text === ",");
      const inner = tr.childrenExact(s, "nsubj").filter((k) => k < s && ["NOUN", "PROPN"].includes(tr.upos(k)) && comma(k));
      if (!inner.length) return [s];
      changed = true;
      return v.expand(inner);
    });
    return changed ? out : null;
  },
});

export const RELATIVE_PRONOUN = defineRule({
  id: "frames.relative-pronoun-subject",
  stage: "frames",
  description: "in a relative clause the relative pronoun subject stands for the noun the clause modifies",
  example: "Hamas, the group that rules Gaza, rejected the offer.",
  apply(v: ClauseView, p: number, own: number[]): number[] | null {
    const tr = v.tree;
    const g = tr.head(p);
    // a relative clause the parser hung on a verb keeps its pronoun: the coder resolves it (participants.relative-antecedent)
    if (g >= 0 && ["VERB", "AUX"].includes(tr.upos(g))) return null;
    return tr.rel(p) === "acl:relcl" && own.length === 1 && wordLists().relative.has(tr.lower(own[0])) && g >= 0 ? tr.conjuncts(g) : null;
  },
});

export const OBJECT_CONTROL = defineRule({
  id: "frames.object-control",
  stage: "frames",
  description: "the complement of a verb that asks something of someone has that someone as subject",
  example: "The United States asked Israel to withdraw its troops from Gaza.",
  apply(v: ClauseView, g: number): number[] {
    const tr = v.tree;
    return v.cues.directive.has(tr.lemma(g)) ? v.expand(tr.children(g, "obj", "iobj")) : [];
  },
});

export const PARTICIPLE_SHARES_SUBJECT = defineRule({
  id: "frames.participle-shares-subject",
  stage: "frames",
  description: "a participle or purpose infinitive adverbial shares the subject of the clause it hangs on",
  example: "Netanyahu rejected the offer, calling it delusional.",
  apply(v: ClauseView, p: number): number[] | null {
    const tr = v.tree;
    const g = tr.head(p);
    const marks = tr.children(p, "mark").map((k) => tr.lemma(k));
    const participle = ["VBG", "VBN"].includes(tr.tok(p).xpos) || marks.length === 0 || marks.includes("to");
    return participle && !v.cues.conditionalMarks.has(marks[0] ?? "") && v.isPredicate(g) ? v.synSubjects(g) : null;
  },
});

export const NOUN_INFINITIVE_OWNER = defineRule({
  id: "frames.noun-infinitive-owner",
  stage: "frames",
  description: "the subject of a noun's to-infinitive is the subject of the verb governing the noun",
  example: "The group renewed a pledge to destroy Israel.",
  apply(v: ClauseView, p: number): number[] | null {
    const tr = v.tree;
    if (!tr.children(p, "mark").some((k) => tr.lemma(k) === "to")) return null;
    const gv = v.governorOf(p);
    return gv >= 0 ? v.synSubjects(gv) : [];
  },
});

let patientNouns: ReadonlySet<string> | undefined;
/**
 * "secure Lai's release", "Khalil's deportation": for event nouns that something is done to, the possessor is
 * who undergoes it (data/words/event-nouns.tsv, patient-possessor), not its agent as in "Israel's offensive".
 */
export const PATIENT_POSSESSOR = defineRule({
  id: "frames.patient-possessor",
  stage: "frames",
  description: "the possessor of an event noun that something is done to ('Lai's release', 'Khalil's deportation') undergoes it: it is the target, not the source (unless an of-phrase names who undergoes it: 'Israel's release of prisoners')",
  example: "Trump said he would secure Lai's release.",
  /** Whether the noun at n takes its possessor as the one acted on. */
  apply(v: ClauseView, n: number): boolean {
    const tr = v.tree;
    // "Israel's release of the prisoners": with an of-phrase for the one acted on, the possessor is the agent
    if (tr.childrenExact(n, "nmod").some((k) => tr.caseWord(k) === "of")) return false;
    return (patientNouns ??= loadWordSets("event-nouns.tsv", ["patient-possessor"])["patient-possessor"]).has(tr.lemma(n));
  },
});

export const BE_TO_PLAN = defineRule({
  id: "frames.be-to-plan",
  stage: "frames",
  description: "be + to-infinitive and 'due to' mark a plan: the act is intended",
  example: "Burns was to travel from Cairo to Israel to meet Netanyahu.",
  /** The plan cues of p: "be to" ("was to travel") and "X to" for an intention word fixed with "to" ("due to"). */
  apply(v: ClauseView, p: number): string[] {
    const tr = v.tree;
    const cues: string[] = [];
    const marks = tr.children(p, "mark").map((k) => tr.lemma(k));
    // parsers give "was" as aux or cop
    const be = tr.children(p, "aux", "cop").map((k) => tr.lower(k));
    if (be.some((a) => ["was", "is", "are", "were", "be"].includes(a)) && marks.includes("to")) cues.push("be to");
    // "was due to travel" parsed with "due to" as a fixed case/mark word on the verb
    for (const k of tr.children(p, "case", "mark", "advmod")) {
      if (v.cues.intention.has(tr.lemma(k)) && tr.children(k, "fixed").some((f) => tr.lemma(f) === "to")) cues.push(`${tr.lemma(k)} to`);
    }
    return cues;
  },
});

export const UNDER_PROPOSAL = defineRule({
  id: "frames.under-proposal",
  stage: "frames",
  description: "what a proposal verb puts forward is proposed, even when phrased with 'would'",
  example: "Hamas proposed a ceasefire during which all hostages would go free.",
  apply(v: ClauseView, p: number): boolean {
    const tr = v.tree;
    let k = p;
    for (const g of tr.ancestors(p)) {
      if (v.isClausal(g) && g !== p) {
        if (v.cues.proposal.has(tr.lemma(g)) && ["obj", "ccomp", "xcomp"].includes(tr.baseRel(k))) return true;
        if (!["conj", "acl"].includes(tr.baseRel(k))) return false;
      }
      k = g;
    }
    return false;
  },
});

export const clauseRules: readonly Rule[] = [
  ADJECTIVE_READ_AS_VERB, STRAY_PARTICLE, PASSIVE_WITHOUT_AUXILIARY, ...STRANDED_SUBJECT_REPAIRS, SUBJECT_BEFORE_ASIDE, VERB_CONJOINED_TO_NOUN, FINITE_CONJOINED_TO_PARTICIPLE, GERUND_AS_OBLIQUE, PATIENT_POSSESSOR, SHARED_OBJECT, AGENT_AFTER_ASIDE, SUBJECT_OF_SUBJECT,
  RELATIVE_READ_AS_COMPLEMENT, INFINITIVE_ON_ASIDE, CLAUSE_ON_TIME_WORD, APPOSITION_IN_LIST, PREPOSITIONAL_CONJUNCT,
  STATIVE_PASSIVE, PASSIVE_PARTICIPLE_ADVERBIAL, RELATIVE_PRONOUN, OBJECT_CONTROL, PARTICIPLE_SHARES_SUBJECT, NOUN_INFINITIVE_OWNER, BE_TO_PLAN,
  UNDER_PROPOSAL,
];
