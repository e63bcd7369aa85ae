// Predicate frames from a UD dependency tree: who does what to whom, with voice, negation,
// modality cues and the reporting clause. Roles are logical, not syntactic: in a passive the
// by-phrase is the subject and the passive subject is the object, and subjects missing from
// control, conjoined, participial and relative clauses are filled from the clause they hang on.
import type { Doc } from "../text/doc.js";
import type { Modality } from "./types.js";
import type { FrameCues } from "./cues.js";
import { Tree } from "./tree.js";

export interface Oblique {
  /** Case word ("in", "to", "by", "according"), "" when none ("on Thursday" has "on"; "Thursday" alone has ""). */
  case: string;
  /** Relation of the first head ("obl", "obl:tmod", "nmod"). */
  rel: string;
  /** Argument heads, coordination expanded. */
  heads: number[];
}

export interface Frame {
  sentence: number;
  /** Token index of the predicate. */
  predicate: number;
  lemma: string;
  /** True for event nouns ("talks", "offensive") rather than verbs or predicative adjectives. */
  nominal: boolean;
  /** Verb particles ("up" in "stepped up"). */
  particles: string[];
  /** Logical subjects (agents): heads, coordination expanded. */
  subjects: number[];
  /** Logical objects (themes): obj, or the passive subject, or the noun a participle modifies. */
  objects: number[];
  iobjs: number[];
  obliques: Oblique[];
  /**
   * Prepositional modifiers of the objects and obliques ("stepped up its assault **on Rafah**", "travel on Thursday
   * **to Cairo**" with "to Cairo" hung on "Thursday"): where parsers often put what a verb pattern's `prep=` names.
   */
  objectObliques: Oblique[];
  /** Heads of xcomp/ccomp complements (and "to"-infinitives of event nouns). */
  complements: number[];
  voice: "active" | "passive";
  negated: boolean;
  /** Modality cues found, e.g. ["would"], ["due to"], ["if"], ["propose"], ["reported"]. */
  cues: string[];
  modality: Modality;
  tense: "past" | "present" | "future";
  /** Heads of whoever reports the clause ("residents said", "according to Reuters"); empty when none. */
  reporter: number[];
  /** Frame predicate this one depends on, and the relation of the attachment; -1 / "root" at the top. */
  governor: number;
  relation: string;
  /** Whether the subjects came from the clause itself ("own") or were inherited. */
  subjectOrigin: "own" | "inherited" | "none";
}

/** Builds frames for every predicate in a parsed Doc. */
export function buildFrames(doc: Doc, cues: FrameCues, nominalLemmas: ReadonlySet<string> = new Set(), verbLemmas: ReadonlySet<string> = new Set()): Frame[] {
  return new FrameBuilder(new Tree(doc), cues, nominalLemmas, verbLemmas).all();
}

const RELATIVE_PRONOUNS = new Set(["which", "who", "that", "whom", "whose"]);
const WH_RELATIVES = new Set(["which", "who", "whom", "whose"]);
/** Verbs whose passive with "in" says what the subject takes part in ("were engaged in", "was involved in"). */
const STATIVE_PASSIVES = new Set(["engage", "involve"]);

/** Particles a parser may tag as adverbs; only these are taken back as particles. */
const STRAY_PARTICLES = new Set(["over", "up", "down", "out", "off", "back", "away"]);

const CLAUSE_RELS = new Set(["xcomp", "ccomp", "advcl", "acl", "conj", "parataxis", "csubj"]);

export class FrameBuilder {
  private readonly preds = new Map<number, boolean>();
  private readonly synSubjMemo = new Map<number, number[]>();
  private readonly modalityMemo = new Map<number, { modality: Modality; cues: string[] }>();
  private readonly reporterMemo = new Map<number, number[]>();
  /** Objects of verbs the tagger misread as adjectives (see misreadVerb). */
  private readonly misreadObjects = new Map<number, number[]>();

  constructor(
    readonly tree: Tree, private readonly cues: FrameCues, private readonly nominalLemmas: ReadonlySet<string>,
    /** Lemmas with verb patterns: a noun among them with a to-infinitive ("a pledge to destroy") is an event noun too. */
    private readonly verbLemmas: ReadonlySet<string> = new Set(),
  ) {
    for (const t of tree.doc.tokens) {
      if (this.isClausePredicate(t.i)) this.preds.set(t.i, false);
      else if (this.isEventNoun(t.i)) this.preds.set(t.i, true);
      else {
        const misread = this.misreadVerb(t.i);
        if (!misread) continue;
        this.preds.set(t.i, false);
        this.synSubjMemo.set(t.i, misread.subjects);
        this.misreadObjects.set(t.i, misread.objects);
      }
    }
  }

  /**
   * A verb the tagger read as an adjective in a sentence left with no finite verb: "Young Algerians blocked
   * roads …", "Israeli helicopters and tanks shelled positions of …" parsed as one noun phrase with "blocked"
   * modifying "roads". The noun right before it (with its earlier conjuncts) is the subject, the noun it
   * modifies the object.
   */
  private misreadVerb(i: number): { subjects: number[]; objects: number[] } | null {
    const tr = this.tree;
    const t = tr.tok(i);
    const h = tr.head(i);
    if (!["VBD", "VBN"].includes(t.xpos) || tr.rel(i) !== "amod" || h <= i) return null;
    // only the noun's own words between: "blocked [the main] roads", not "killed in Gaza strike"
    for (let k = i + 1; k < h; k++) if (tr.head(k) !== h || !["det", "amod", "compound", "nummod"].includes(tr.rel(k))) return null;
    const sent = tr.doc.sentences[t.sent];
    if (i - 1 < sent.tokenStart || !["NOUN", "PROPN"].includes(tr.upos(i - 1))) return null;
    for (let k = sent.tokenStart; k < sent.tokenEnd; k++) {
      if (k !== i && ["VERB", "AUX"].includes(tr.upos(k)) && ["VBD", "VBZ", "VBP", "MD"].includes(tr.tok(k).xpos)) return null;
    }
    const subjects = tr.conjuncts(tr.firstConjunct(i - 1)).filter((k) => k < i);
    return { subjects: subjects.includes(i - 1) ? subjects : [i - 1], objects: [h] };
  }

  all(): Frame[] {
    return [...this.preds.keys()].sort((a, b) => a - b).map((p) => this.frame(p));
  }

  isPredicate(i: number): boolean {
    return this.preds.has(i);
  }

  private isClausePredicate(i: number): boolean {
    const t = this.tree.tok(i);
    const rel = t.deprel;
    if (rel === "aux" || rel.startsWith("aux:") || rel === "cop" || rel === "amod" || rel === "compound" || rel === "fixed") return false;
    if (t.upos === "VERB") return true;
    if (t.upos === "ADJ" || t.upos === "NOUN" || t.upos === "PROPN") {
      // predicative adjectives and nouns: "was due to travel", "was a response to a proposal"
      return this.tree.children(i, "cop").length > 0 && (this.tree.children(i, "nsubj").length > 0 || t.upos === "ADJ")
        || (t.upos === "ADJ" && this.tree.children(i, "xcomp").length > 0);
    }
    return false;
  }

  private isEventNoun(i: number): boolean {
    const t = this.tree.tok(i);
    if (t.upos !== "NOUN" && t.upos !== "PROPN") return false;
    const lemma = this.tree.lemma(i);
    const toInfinitive = this.tree.children(i, "acl").some((k) => this.tree.children(k, "mark").some((m) => this.tree.lemma(m) === "to"));
    if (!this.nominalLemmas.has(lemma) && !(toInfinitive && this.verbLemmas.has(lemma))) return false;
    // a subject noun is usually the instrument of a verb that carries the event ("strikes hit houses"),
    // unless the verb only tells the event's course ("Palestinian riots … are still continuing")
    const subject = this.tree.baseRel(i) === "nsubj" && !this.cues.aspectual.has(this.tree.lemma(this.tree.head(i)));
    return !subject && this.tree.rel(i) !== "compound";
  }

  frame(p: number): Frame {
    const tr = this.tree;
    const nominal = this.preds.get(p) === true;
    const passive = !nominal && this.isPassive(p);
    const syn = this.synSubjects(p);
    const agents = this.agents(p, passive);
    const objects = nominal ? [] : [...(passive ? syn : []), ...this.expand([...tr.children(p, "obj"), ...this.misreadObjects.get(p) ?? []])];
    const { modality, cues } = this.modality(p);
    const governor = this.governorOf(p);
    return {
      sentence: tr.tok(p).sent,
      predicate: p,
      lemma: tr.lemma(p),
      nominal,
      particles: this.particles(p),
      subjects: passive ? agents : syn,
      objects,
      iobjs: this.expand(tr.children(p, "iobj")),
      obliques: this.obliques(p, nominal),
      objectObliques: [...objects, ...this.obliques(p, nominal).flatMap((o) => o.heads)]
        .flatMap((o) => this.obliques(o, true).filter((x) => x.case !== "")),
      complements: this.complements(p, nominal),
      voice: passive ? "passive" : "active",
      negated: this.ownNegation(p),
      cues,
      modality,
      tense: this.tense(p, modality),
      reporter: this.reporter(p),
      governor,
      relation: governor < 0 ? "root" : tr.rel(p),
      subjectOrigin: passive ? (agents.length ? "own" : "none") : this.ownSubjects(p).length ? "own" : syn.length ? "inherited" : "none",
    };
  }

  /**
   * Verb particles: compound:prt, and an adverb-tagged particle right after the verb that a parser read as
   * an adverb of what follows ("handed over 700 kg of medicine" with "over" as advmod).
   */
  private particles(p: number): string[] {
    const tr = this.tree;
    const stray = tr.upos(p) === "VERB" && p + 1 < tr.doc.tokens.length && tr.tok(p + 1).sent === tr.tok(p).sent
      && tr.rel(p + 1) === "advmod" && STRAY_PARTICLES.has(tr.lower(p + 1)) ? [tr.lower(p + 1)] : [];
    return [...tr.children(p, "compound:prt").map((k) => tr.lemma(k)), ...stray];
  }

  /** The frame predicate p depends on: its head when that is a predicate, else the nearest predicate above. */
  governorOf(p: number): number {
    return this.tree.ancestors(p).find((k) => this.preds.has(k)) ?? -1;
  }

  private expand(heads: number[]): number[] {
    return heads.flatMap((h) => this.tree.conjuncts(h));
  }

  private ownSubjects(p: number): number[] {
    return this.expand(this.tree.childrenExact(p, "nsubj", "nsubj:pass", "csubj", "csubj:pass", "nsubj:outer"));
  }

  private isPassive(p: number): boolean {
    const tr = this.tree;
    // "Serb forces were engaged in ethnic cleansing": passive in form, the subject does it
    if (STATIVE_PASSIVES.has(tr.lemma(p)) && tr.childrenExact(p, "obl").some((k) => tr.caseWord(k) === "in")
      && !this.agents(p, true).length) return false;
    if (tr.childrenExact(p, "nsubj:pass", "csubj:pass", "aux:pass").length) return true;
    const t = tr.tok(p);
    // "… and delivered to Hamas by Qatari mediators" mis-tagged VBD and attached as a bare conjunct:
    // no subject and a by-phrase can only be a passive participle
    if ((t.xpos === "VBN" || t.xpos === "VBD") && !this.ownSubjects(p).length && !tr.children(p, "aux").length
      && tr.childrenExact(p, "obl").some((k) => this.cues.agentCases.has(tr.caseWord(k)))) return true;
    if (t.xpos !== "VBN" || tr.children(p, "aux").length || tr.children(p, "nsubj").length) return false;
    const rel = tr.baseRel(p);
    if (rel === "acl") return true; // "a proposal drawn up by …"
    // a bare participle complement is passive: "27,585 Palestinians have been confirmed killed", "had them arrested"
    if (rel === "xcomp") return true;
    if (rel === "conj") return this.isPassive(tr.firstConjunct(p)) || tr.baseRel(tr.firstConjunct(p)) === "acl";
    return false;
  }

  private agents(p: number, passive: boolean): number[] {
    const tr = this.tree;
    const explicit = tr.childrenExact(p, "obl:agent");
    const byPhrase = passive ? tr.childrenExact(p, "obl").filter((k) => this.cues.agentCases.has(tr.caseWord(k))) : [];
    return this.expand([...explicit, ...byPhrase]);
  }

  /** Syntactic subjects, filled in through control, coordination, participles and relative clauses. */
  synSubjects(p: number): number[] {
    const memo = this.synSubjMemo.get(p);
    if (memo) return memo;
    this.synSubjMemo.set(p, []); // cycle guard
    const out = this.computeSynSubjects(p);
    this.synSubjMemo.set(p, out);
    return out;
  }

  private computeSynSubjects(p: number): number[] {
    const tr = this.tree;
    const own = this.ownSubjects(p).filter((k) => tr.rel(k) !== "expl");
    const g = tr.head(p);
    const rel = tr.rel(p);
    if (own.length) {
      // "the group that rules Gaza": the relative pronoun stands for the modified noun
      if (rel === "acl:relcl" && own.length === 1 && RELATIVE_PRONOUNS.has(tr.lower(own[0])) && g >= 0) return tr.conjuncts(g);
      return own;
    }
    if (this.preds.get(p) === true) return this.nominalSubjects(p);
    const stranded = this.strandedSubject(p);
    if (stranded.length) return stranded;
    if (g < 0) return [];
    const base = tr.baseRel(p);
    if (base === "conj") {
      // a verb a parser coordinated under a noun shares the subject of the nearest clause above it
      const first = tr.firstConjunct(p);
      const up = this.governorOf(p);
      return this.preds.has(first) ? this.synSubjects(first) : up >= 0 ? this.synSubjects(up) : [];
    }
    if (base === "xcomp") {
      // object control for verbs that ask something of someone ("urged factions to fight"),
      // else subject control ("was due to travel", "conducting an operation to kill fighters")
      const ctrl = this.cues.directive.has(tr.lemma(g)) ? this.expand(tr.children(g, "obj", "iobj")) : [];
      if (ctrl.length) return ctrl;
      return this.preds.has(g) ? this.synSubjects(g) : [];
    }
    if (base === "advcl") {
      const marks = tr.children(p, "mark").map((k) => tr.lemma(k));
      // participles ("calling it delusional") and purpose infinitives ("to meet Netanyahu") share the subject
      const participle = ["VBG", "VBN"].includes(tr.tok(p).xpos) || marks.length === 0 || marks.includes("to");
      if (participle && !this.cues.conditionalMarks.has(marks[0] ?? "") && this.preds.has(g)) return this.synSubjects(g);
      return [];
    }
    if (base === "acl") {
      const toInf = tr.children(p, "mark").some((k) => tr.lemma(k) === "to");
      if (toInf) {
        // "renewed a pledge to destroy": the pledge's owner is the subject of the verb governing the noun
        const gv = this.governorOf(p);
        return gv >= 0 ? this.synSubjects(gv) : [];
      }
      return tr.conjuncts(g); // "delegations participating in talks", "a proposal drawn up by …"
    }
    return [];
  }

  /**
   * A subject the parser hung elsewhere: the noun phrase ending right before a finite verb group that has no
   * subject of its own. "Before heading back to the US, Blinken was due to …" (Blinken an apposition of "US");
   * "began its offensive after Hamas militants from Gaza killed … and took …" ("after" read as a preposition,
   * "killed" as a conjunct of "began"). Appositions qualify anywhere; obliques only behind a word that can
   * introduce a clause. A later conjunct ("… and took") shares the subject its earlier conjunct found this way.
   */
  private strandedSubject(p: number): number[] {
    const tr = this.tree;
    const base = tr.baseRel(p);
    if (!["root", "conj", "ccomp", "parataxis", "advcl"].includes(base) || tr.upos(p) === "NOUN" || tr.upos(p) === "PROPN") return [];
    const group = new Set(["aux", "aux:pass", "cop", "case", "mark", "advmod", "cc"]);
    const sentStart = tr.doc.sentences[tr.tok(p).sent].tokenStart;
    let k = p - 1;
    while (k >= sentStart && ((tr.head(k) === p && group.has(tr.rel(k))) || (tr.rel(k) === "fixed" && tr.head(tr.head(k)) === p))) {
      if (tr.rel(k) === "cc") return base === "conj" ? this.earlierConjunctStranded(p) : [];
      k--;
    }
    if (k < sentStart || !this.isFiniteGroup(p)) return [];
    let n = k;
    while (["flat", "nmod"].includes(tr.baseRel(n)) && tr.head(n) >= 0 && tr.head(n) < n) n = tr.head(n);
    if (!["NOUN", "PROPN"].includes(tr.upos(n)) || n >= p) return [];
    const rel = tr.baseRel(n);
    // "President Clinton has imposed …, the White House said": both subjects hung on "said"
    const doubled = rel === "nsubj" && base === "ccomp" && tr.head(n) === tr.head(p) && tr.children(tr.head(p), "nsubj").length > 1;
    const ok = doubled || rel === "appos" || ((rel === "obl" || rel === "nmod") && tr.rel(n) === rel && this.cues.clausePrepositions.has(tr.caseWord(n)));
    return ok ? this.expand([n]) : [];
  }

  private earlierConjunctStranded(p: number): number[] {
    const tr = this.tree;
    const earlier = tr.children(tr.head(p), "conj").filter((k) => k < p);
    return earlier.length ? this.strandedSubject(earlier[earlier.length - 1]) : [];
  }

  /** A verb with a tensed form or a tensed auxiliary/copula: a clause that needs a subject. */
  private isFiniteGroup(p: number): boolean {
    const tr = this.tree;
    return [p, ...tr.children(p, "aux", "aux:pass", "cop")].some((k) => ["VBD", "VBZ", "VBP", "MD"].includes(tr.tok(k).xpos));
  }

  /** Subjects of an event noun: its possessor ("Israel's offensive"), else the verb it serves ("hold talks"). */
  private nominalSubjects(n: number): number[] {
    const tr = this.tree;
    const poss = this.expand(tr.childrenExact(n, "nmod:poss"));
    if (poss.length) return poss.filter((k) => tr.upos(k) !== "PRON" || this.cues.pronouns.has(tr.lower(k)));
    // "Israeli strikes", "Hamas offer": a name or a capitalised demonym, not "limited operation"
    const mods = tr.childrenExact(n, "amod", "compound").filter((k) => tr.upos(k) === "PROPN" || (tr.upos(k) === "ADJ" && /^\p{Lu}/u.test(tr.tok(k).text)));
    if (mods.length) return mods;
    const g = this.governorOf(n);
    if (g >= 0 && this.preds.get(g) === false && ["obj", "obl", "nsubj:pass"].includes(tr.rel(n))) {
      // the agent of a passive governor, never its patient ("In the only truce, 110 hostages were released")
      return tr.rel(n) === "nsubj:pass" || this.isPassive(g) ? this.agents(g, true) : this.synSubjects(g);
    }
    return [];
  }

  private obliques(p: number, nominal: boolean): Oblique[] {
    const tr = this.tree;
    const rels = nominal ? ["nmod", "obl"] : ["obl", "obl:tmod", "obl:npmod", "obl:agent", "obl:unmarked", "nmod:tmod"];
    return tr.children(p).filter((k) => rels.includes(tr.rel(k)) || rels.includes(tr.baseRel(k)))
      .filter((k) => tr.rel(k) !== "nmod:poss")
      .map((k) => ({ case: tr.caseWord(k), rel: tr.rel(k), heads: tr.conjuncts(k) }));
  }

  private complements(p: number, nominal: boolean): number[] {
    const tr = this.tree;
    const toInf = (k: number) => tr.children(k, "mark").some((m) => tr.lemma(m) === "to");
    // "told civilians, many of whom were displaced …": a clause whose subject is (or holds) a relative
    // pronoun is a relative clause on the object that the parser took for a complement ("that" is left
    // out: "said that would be unacceptable" has a demonstrative subject)
    const wh = (k: number) => WH_RELATIVES.has(tr.lower(k));
    const relative = (k: number) => tr.rel(k) === "ccomp" && tr.children(k, "nsubj", "nsubj:pass").some((s) => wh(s) || tr.children(s, "nmod").some(wh));
    const clauses = tr.children(p, "xcomp", "ccomp");
    const misread = clauses.filter(relative);
    const out = clauses.filter((k) => !misread.includes(k));
    if (nominal) out.push(...tr.children(p, "acl").filter(toInf));
    const objs = tr.children(p, "obj", "iobj");
    if (!out.length && objs.length) {
      // "told civilians, many of whom were displaced …, to go": a parser may hang the infinitive
      // on the parenthetical clause between the object and it
      const asides = [...tr.children(p, "parataxis"), ...misread, ...objs.flatMap((o) => tr.children(o, "acl:relcl"))];
      const found = asides.flatMap((a) => tr.children(a, "advcl", "xcomp")).find((k) => toInf(k) && k > objs[0]);
      if (found !== undefined) out.push(found);
    }
    return out;
  }

  private ownNegation(p: number): boolean {
    const tr = this.tree;
    return tr.children(p, "advmod", "neg", "aux").some((k) => this.cues.negation.has(tr.lower(k)) || this.cues.negation.has(tr.lemma(k)));
  }

  private auxLemmas(p: number): string[] {
    return this.tree.children(p, "aux").map((k) => this.tree.lower(k));
  }

  private tense(p: number, modality: Modality): "past" | "present" | "future" {
    const tr = this.tree;
    if (modality === "intended") return "future";
    const aux = tr.children(p, "aux", "aux:pass", "cop");
    if (aux.some((k) => this.cues.futureModals.has(tr.lower(k)))) return "future";
    const tags = [...aux.map((k) => tr.tok(k).xpos), tr.tok(p).xpos];
    if (tags.includes("VBD")) return "past";
    if (tags.includes("VBN") && aux.some((k) => tr.lemma(k) === "have")) return "past";
    if (tags.some((x) => x === "VBZ" || x === "VBP")) return "present";
    return "past"; // news narrates in the past; participles and infinitives without a finite verb lean that way
  }

  /** Modality of p: own cues first, then what the governing clause imposes. */
  modality(p: number): { modality: Modality; cues: string[] } {
    const memo = this.modalityMemo.get(p);
    if (memo) return memo;
    this.modalityMemo.set(p, { modality: "asserted", cues: [] });
    const out = this.computeModality(p);
    this.modalityMemo.set(p, out);
    return out;
  }

  private computeModality(p: number): { modality: Modality; cues: string[] } {
    const tr = this.tree;
    const cues: string[] = [];
    const aux = this.auxLemmas(p);
    const marks = tr.children(p, "mark").map((k) => tr.lemma(k));
    const reported = this.reporter(p).length > 0;
    if (this.ownNegation(p)) cues.push("not");
    for (const a of aux) {
      if (this.cues.futureModals.has(a)) cues.push("will");
      else if (this.cues.hypotheticalModals.has(a)) cues.push(a);
    }
    // "was to travel": be + to-infinitive marks a plan (parsers give "was" as aux or cop)
    const be = tr.children(p, "aux", "cop").map((k) => tr.lower(k));
    if (be.some((a) => ["was", "is", "are", "were", "be"].includes(a)) && marks.includes("to")) cues.push("be to");
    // "was due to travel" parsed with "due to" as a fixed case/mark word on the verb
    for (const k of tr.children(p, "case", "mark", "advmod")) {
      if (this.cues.intention.has(tr.lemma(k)) && tr.children(k, "fixed").some((f) => tr.lemma(f) === "to")) cues.push(`${tr.lemma(k)} to`);
    }
    if (marks.some((m) => this.cues.conditionalMarks.has(m))) cues.push("if");
    const g = this.governorOf(p);
    const rel = tr.rel(p);
    let inherited: Modality | null = null;
    if (g >= 0) {
      const gl = tr.lemma(g);
      const viaXcomp = rel === "xcomp" || (tr.baseRel(p) === "acl" && marks.includes("to"));
      const purpose = rel === "advcl" && marks.includes("to");
      if (viaXcomp && this.cues.intention.has(gl)) cues.push(`${gl} to`);
      if (viaXcomp && this.cues.directive.has(gl)) cues.push("propose");
      if (viaXcomp || purpose || tr.baseRel(p) === "conj" || this.preds.get(p) === true) {
        const gm = this.modality(g).modality;
        if (gm === "negated" || gm === "hypothetical" || gm === "intended" || gm === "proposed") inherited = gm;
      }
      if (rel === "advcl" && tr.children(g, "mark").length === 0 && this.modality(g).cues.includes("if")) inherited = "hypothetical";
    }
    if (this.underProposal(p)) cues.push("propose");
    if (this.cues.proposal.has(tr.lemma(p)) && !tr.children(p, "compound:prt").length) cues.push("propose");
    if (reported) cues.push("reported");
    const has = (c: string) => cues.includes(c);
    const hypo = cues.some((c) => this.cues.hypotheticalModals.has(c));
    let modality: Modality = "asserted";
    // a proposal's terms are proposed even when phrased with "would"; a plan stated with "would" in
    // reported speech ("said it would expand") is intended, elsewhere "would" is hypothetical
    if (has("not")) modality = "negated";
    else if (has("propose")) modality = "proposed";
    else if (has("if")) modality = "hypothetical";
    else if (has("will") || has("be to") || cues.some((c) => c.endsWith(" to")) || (cues.includes("would") && reported)) modality = "intended";
    else if (hypo) modality = "hypothetical";
    else if (inherited) modality = inherited;
    else if (reported) modality = "reported";
    return { modality, cues };
  }

  /** True when p sits inside what a proposal verb puts forward ("proposed a ceasefire, during which hostages would go free"). */
  private underProposal(p: number): boolean {
    const tr = this.tree;
    let k = p;
    for (const g of tr.ancestors(p)) {
      if (this.preds.get(g) === false && g !== p) {
        if (this.cues.proposal.has(tr.lemma(g)) && ["obj", "ccomp", "xcomp"].includes(tr.baseRel(k))) return true;
        if (!["conj", "acl"].includes(tr.baseRel(k))) return false;
      }
      k = g;
    }
    return false;
  }

  /** Who reports p: the subject of a governing reporting verb, a reporting parataxis, or "according to X". */
  reporter(p: number): number[] {
    const memo = this.reporterMemo.get(p);
    if (memo) return memo;
    this.reporterMemo.set(p, []);
    const out = this.computeReporter(p);
    this.reporterMemo.set(p, out);
    return out;
  }

  private computeReporter(p: number): number[] {
    const tr = this.tree;
    for (const o of tr.children(p, "obl")) if (this.cues.accordingTo.has(tr.caseWord(o))) return tr.conjuncts(o);
    // "Two Israeli strikes hit two houses, residents said": the reporting verb hangs on the content
    for (const k of tr.children(p, "parataxis")) if (this.isReportingVerb(k)) return this.synSubjects(k);
    const g = this.governorOf(p);
    if (g < 0) return [];
    const rel = tr.baseRel(p);
    if ((rel === "ccomp" || rel === "parataxis") && this.isReportingVerb(g)) return this.synSubjects(g);
    if (CLAUSE_RELS.has(rel) && rel !== "parataxis" && rel !== "ccomp") return this.reporter(g);
    if (rel === "ccomp") return this.reporter(g); // reported by whoever reports the governing clause
    return [];
  }

  private isReportingVerb(k: number): boolean {
    return this.preds.get(k) === false && this.cues.reporting.has(this.tree.lemma(k));
  }
}
