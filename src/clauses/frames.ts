// Predicate frames from a UD dependency tree: who does what to whom, with voice, negation,
// modality cues and the reporting clause. Roles are logical, not syntactic: in a passive the
// by-phrase is the subject and the passive subject is the object, and subjects missing from
// control, conjoined, participial and relative clauses are filled from the clause they hang on.
// The treatments of constructions and the repairs of parser slips are named rules (./rules.ts).
import type { Doc } from "../text/doc.js";
import type { Frame, Modality, Oblique } from "../text/annotations.js";
import { RuleSwitch, type Rule } from "../rules/rule.js";
import type { FrameCues } from "./cues.js";
import { Tree } from "./tree.js";
import * as R from "./rules.js";
import type { ClauseView } from "./rules.js";

export type { Frame, Oblique } from "../text/annotations.js";

/** Builds frames for every predicate in a parsed Doc (all rules on unless `rules` says otherwise). */
export function buildFrames(
  doc: Doc, cues: FrameCues, nominalLemmas: ReadonlySet<string> = new Set(), verbLemmas: ReadonlySet<string> = new Set(), rules = new RuleSwitch(),
): Frame[] {
  return new FrameBuilder(new Tree(doc, { apposListItems: rules.on(R.APPOSITION_IN_LIST), prepConjuncts: rules.on(R.PREPOSITIONAL_CONJUNCT) }), cues, nominalLemmas, verbLemmas, rules).all();
}

const CLAUSE_RELS = new Set(["xcomp", "ccomp", "advcl", "acl", "conj", "parataxis", "csubj"]);

export class FrameBuilder implements ClauseView {
  private readonly preds = new Map<number, boolean>();
  private readonly synSubjMemo = new Map<number, number[]>();
  private readonly modalityMemo = new Map<number, { modality: Modality; cues: string[] }>();
  private readonly reporterMemo = new Map<number, number[]>();
  /** Objects of verbs the tagger misread as adjectives (see R.ADJECTIVE_READ_AS_VERB). */
  private readonly misreadObjects = new Map<number, number[]>();
  /** Repairs that acted on each predicate (its own, and those its inherited subjects came through). */
  private readonly repaired = new Map<number, string[]>();

  constructor(
    readonly tree: Tree, readonly cues: FrameCues, private readonly nominalLemmas: ReadonlySet<string>,
    /** Lemmas with verb patterns: a noun among them with a to-infinitive ("a pledge to destroy") is an event noun too. */
    private readonly verbLemmas: ReadonlySet<string> = new Set(),
    private readonly rules = new RuleSwitch(),
  ) {
    const misreadOn = rules.on(R.ADJECTIVE_READ_AS_VERB);
    for (const t of tree.doc.tokens) {
      if (this.isClausePredicate(t.i)) this.preds.set(t.i, false);
      else if (this.isEventNoun(t.i)) this.preds.set(t.i, true);
      else {
        const misread = misreadOn ? R.ADJECTIVE_READ_AS_VERB.apply(this, t.i) : null;
        if (!misread) continue;
        this.preds.set(t.i, false);
        this.synSubjMemo.set(t.i, misread.subjects);
        this.misreadObjects.set(t.i, misread.objects);
        this.mark(t.i, R.ADJECTIVE_READ_AS_VERB.id);
      }
    }
  }

  private on(rule: Rule): boolean {
    return this.rules.on(rule);
  }

  private mark(p: number, id: string): void {
    const list = this.repaired.get(p);
    if (!list) this.repaired.set(p, [id]);
    else if (!list.includes(id)) list.push(id);
  }

  private inherit(p: number, from: number): void {
    for (const id of this.repaired.get(from) ?? []) this.mark(p, id);
  }

  all(): Frame[] {
    // The article's time budget is checked per predicate: one huge sentence holds thousands.
    return [...this.preds.keys()].sort((a, b) => a - b).map((p) => (this.tree.doc.checkBudget(), this.frame(p)));
  }

  isPredicate(i: number): boolean {
    return this.preds.has(i);
  }

  isClausal(i: number): boolean {
    return this.preds.get(i) === false;
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
    const undergoer = nominal && this.undergoesPossessor(p);
    const objects = nominal ? (undergoer ? this.expand(tr.childrenExact(p, "nmod:poss")) : [])
      : [...(passive ? syn : []), ...this.expand([...tr.children(p, "obj"), ...this.misreadObjects.get(p) ?? []])];
    const { modality, cues } = this.modality(p);
    const governor = this.governorOf(p);
    const obliques = this.obliques(p, nominal);
    const sharer = !nominal && !passive && !objects.length && this.on(R.SHARED_OBJECT) ? R.SHARED_OBJECT.apply(this, p) : null;
    if (sharer !== null) {
      objects.push(...this.expand(tr.children(sharer, "obj")));
      obliques.push(...this.obliques(sharer, false).filter((o) => o.heads[0] > sharer));
      this.mark(p, R.SHARED_OBJECT.id);
    }
    const particles = this.particles(p);
    const complements = this.complements(p, nominal);
    return {
      sentence: tr.tok(p).sent,
      predicate: p,
      lemma: tr.lemma(p),
      nominal,
      particles,
      subjects: passive ? agents : syn,
      objects,
      iobjs: this.expand(tr.children(p, "iobj")),
      obliques,
      objectObliques: [...objects, ...obliques.flatMap((o) => o.heads)]
        .flatMap((o) => this.obliques(o, true).filter((x) => x.case !== "")),
      complements,
      voice: passive ? "passive" : "active",
      negated: this.ownNegation(p),
      cues,
      modality,
      tense: this.tense(p, modality),
      reporter: this.reporter(p),
      governor,
      relation: governor < 0 ? "root" : tr.rel(p),
      subjectOrigin: passive ? (agents.length ? "own" : "none") : this.ownSubjects(p).length ? "own" : syn.length ? "inherited" : "none",
      repairs: [...this.repaired.get(p) ?? []],
    };
  }

  /** Verb particles: compound:prt, and (a repair) an adverb-tagged particle right after the verb. */
  private particles(p: number): string[] {
    const tr = this.tree;
    const stray = this.on(R.STRAY_PARTICLE) ? R.STRAY_PARTICLE.apply(this, p) : [];
    if (stray.length) this.mark(p, R.STRAY_PARTICLE.id);
    return [...tr.children(p, "compound:prt").map((k) => tr.lemma(k)), ...stray];
  }

  /** The frame predicate p depends on: its head when that is a predicate, else the nearest predicate above. */
  governorOf(p: number): number {
    return this.tree.ancestors(p).find((k) => this.preds.has(k)) ?? -1;
  }

  expand(heads: number[]): number[] {
    return heads.flatMap((h) => this.tree.conjuncts(h));
  }

  private ownSubjects(p: number): number[] {
    return this.expand(this.tree.childrenExact(p, "nsubj", "nsubj:pass", "csubj", "csubj:pass", "nsubj:outer"));
  }

  private isPassive(p: number): boolean {
    const tr = this.tree;
    if (this.on(R.STATIVE_PASSIVE) && R.STATIVE_PASSIVE.apply(this, p, this.agents(p, true))) return false;
    if (tr.childrenExact(p, "nsubj:pass", "csubj:pass", "aux:pass").length) return true;
    const t = tr.tok(p);
    if (this.on(R.PASSIVE_WITHOUT_AUXILIARY) && R.PASSIVE_WITHOUT_AUXILIARY.apply(this, p, this.ownSubjects(p))) {
      this.mark(p, R.PASSIVE_WITHOUT_AUXILIARY.id);
      return true;
    }
    if (t.xpos !== "VBN" || tr.children(p, "aux").length || tr.children(p, "nsubj").length) return false;
    const rel = tr.baseRel(p);
    if (rel === "acl") return true; // "a proposal drawn up by …"
    // a bare participle complement is passive: "27,585 Palestinians have been confirmed killed", "had them arrested"
    if (rel === "xcomp") return true;
    if (rel === "conj") return this.isPassive(tr.firstConjunct(p)) || tr.baseRel(tr.firstConjunct(p)) === "acl";
    if (this.on(R.PASSIVE_PARTICIPLE_ADVERBIAL) && R.PASSIVE_PARTICIPLE_ADVERBIAL.apply(this, p)) {
      this.mark(p, R.PASSIVE_PARTICIPLE_ADVERBIAL.id);
      return true;
    }
    return false;
  }

  private agents(p: number, passive: boolean): number[] {
    const tr = this.tree;
    const explicit = tr.childrenExact(p, "obl:agent");
    const byPhrase = passive ? tr.childrenExact(p, "obl").filter((k) => this.cues.agentCases.has(tr.caseWord(k))) : [];
    const own = this.expand([...explicit, ...byPhrase]);
    if (!passive || own.length || !this.on(R.AGENT_AFTER_ASIDE)) return own;
    const afterAside = R.AGENT_AFTER_ASIDE.apply(this, p);
    if (afterAside.length) this.mark(p, R.AGENT_AFTER_ASIDE.id);
    return afterAside;
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

  /** Subjects inherited from the clause above, with the repairs they came through. */
  private from(p: number, g: number): number[] {
    const out = this.synSubjects(g);
    this.inherit(p, g);
    return out;
  }

  private computeSynSubjects(p: number): number[] {
    const tr = this.tree;
    let own = this.ownSubjects(p).filter((k) => tr.rel(k) !== "expl");
    const g = tr.head(p);
    const inner = own.length && this.on(R.SUBJECT_OF_SUBJECT) ? R.SUBJECT_OF_SUBJECT.apply(this, own) : null;
    if (inner) {
      own = inner;
      this.mark(p, R.SUBJECT_OF_SUBJECT.id);
    }
    if (own.length) {
      const relative = this.on(R.RELATIVE_PRONOUN) ? R.RELATIVE_PRONOUN.apply(this, p, own) : null;
      return relative ?? own;
    }
    if (this.preds.get(p) === true) return this.nominalSubjects(p);
    const stranded = this.strandedSubject(p);
    if (stranded.length) return stranded;
    if (g < 0) return [];
    const base = tr.baseRel(p);
    if (base === "conj") {
      const first = tr.firstConjunct(p);
      if (this.preds.has(first)) {
        const across = this.on(R.FINITE_CONJOINED_TO_PARTICIPLE) ? R.FINITE_CONJOINED_TO_PARTICIPLE.apply(this, p, first) : null;
        if (!across) return this.from(p, first);
        this.inherit(p, this.governorOf(first));
        this.mark(p, R.FINITE_CONJOINED_TO_PARTICIPLE.id);
        return across;
      }
      if (!this.on(R.VERB_CONJOINED_TO_NOUN)) return [];
      const up = this.governorOf(p);
      const out = R.VERB_CONJOINED_TO_NOUN.apply(this, p);
      if (up >= 0) this.inherit(p, up);
      if (out.length) this.mark(p, R.VERB_CONJOINED_TO_NOUN.id);
      return out;
    }
    if (base === "xcomp") {
      // object control for verbs that ask something of someone ("urged factions to fight"),
      // else subject control ("was due to travel", "conducting an operation to kill fighters")
      const ctrl = this.on(R.OBJECT_CONTROL) ? R.OBJECT_CONTROL.apply(this, g) : [];
      if (ctrl.length) return ctrl;
      return this.preds.has(g) ? this.from(p, g) : [];
    }
    if (base === "advcl") {
      if (!this.on(R.PARTICIPLE_SHARES_SUBJECT)) return [];
      const shared = R.PARTICIPLE_SHARES_SUBJECT.apply(this, p);
      if (shared) this.inherit(p, g);
      return shared ?? [];
    }
    if (base === "acl") {
      // "renewed a pledge to destroy": the pledge's owner is the subject of the verb governing the noun
      const owner = this.on(R.NOUN_INFINITIVE_OWNER) ? R.NOUN_INFINITIVE_OWNER.apply(this, p) : null;
      if (owner) {
        const gv = this.governorOf(p);
        if (gv >= 0) this.inherit(p, gv);
        return owner;
      }
      return tr.conjuncts(g); // "delegations participating in talks", "a proposal drawn up by …"
    }
    return [];
  }

  /**
   * A subject the parser hung elsewhere (R.STRANDED_SUBJECT_REPAIRS): the noun phrase ending right before a
   * finite verb group that has no subject of its own. A later conjunct ("… and took") shares the subject its
   * earlier conjunct found this way.
   */
  private strandedSubject(p: number): number[] {
    const repairs = this.rules.active(R.STRANDED_SUBJECT_REPAIRS);
    if (!repairs.length) return [];
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
    const beforeAside = this.on(R.SUBJECT_BEFORE_ASIDE) ? R.SUBJECT_BEFORE_ASIDE.apply(this, k, sentStart) : -1;
    if (beforeAside >= sentStart) k = beforeAside;
    let n = k;
    while (["flat", "nmod"].includes(tr.baseRel(n)) && tr.head(n) >= 0 && tr.head(n) < n) n = tr.head(n);
    if (!["NOUN", "PROPN"].includes(tr.upos(n)) || n >= p) return [];
    const repair = repairs.find((r) => r.apply(this, { p, base, n }));
    if (!repair) return [];
    this.mark(p, repair.id);
    if (beforeAside >= sentStart) this.mark(p, R.SUBJECT_BEFORE_ASIDE.id);
    return this.expand([n]);
  }

  private earlierConjunctStranded(p: number): number[] {
    const tr = this.tree;
    const earlier = tr.children(tr.head(p), "conj").filter((k) => k < p);
    if (!earlier.length) return [];
    const e = earlier[earlier.length - 1];
    const out = this.strandedSubject(e);
    if (out.length) this.inherit(p, e);
    return out;
  }

  /** A verb with a tensed form or a tensed auxiliary/copula: a clause that needs a subject. */
  private isFiniteGroup(p: number): boolean {
    const tr = this.tree;
    return [p, ...tr.children(p, "aux", "aux:pass", "cop")].some((k) => R.TENSED_TAGS.has(tr.tok(k).xpos));
  }

  /** Whether an event noun's possessor undergoes it ("Lai's release": R.PATIENT_POSSESSOR). */
  private undergoesPossessor(n: number): boolean {
    const yes = this.on(R.PATIENT_POSSESSOR) && this.tree.childrenExact(n, "nmod:poss").length > 0 && R.PATIENT_POSSESSOR.apply(this, n);
    if (yes) this.mark(n, R.PATIENT_POSSESSOR.id);
    return yes;
  }

  /** Subjects of an event noun: its possessor ("Israel's offensive"), else the verb it serves ("hold talks"). */
  private nominalSubjects(n: number): number[] {
    const tr = this.tree;
    const poss = this.undergoesPossessor(n) ? [] : this.expand(tr.childrenExact(n, "nmod:poss"));
    if (poss.length) return poss.filter((k) => tr.upos(k) !== "PRON" || this.cues.pronouns.has(tr.lower(k)));
    // "Israeli strikes", "Hamas offer": a name or a capitalised demonym, not "limited operation"
    const mods = tr.childrenExact(n, "amod", "compound").filter((k) => tr.upos(k) === "PROPN" || (tr.upos(k) === "ADJ" && /^\p{Lu}/u.test(tr.tok(k).text)));
    if (mods.length) return mods;
    const g = this.governorOf(n);
    if (g >= 0 && this.preds.get(g) === false && ["obj", "obl", "nsubj:pass"].includes(tr.rel(n))) {
      // the agent of a passive governor, never its patient ("In the only truce, 110 hostages were released")
      if (tr.rel(n) === "nsubj:pass" || this.isPassive(g)) return this.agents(g, true);
      return this.from(n, g);
    }
    return [];
  }

  private obliques(p: number, nominal: boolean): Oblique[] {
    const tr = this.tree;
    const rels = nominal ? ["nmod", "obl"] : ["obl", "obl:tmod", "obl:npmod", "obl:agent", "obl:unmarked", "nmod:tmod"];
    const out = tr.children(p).filter((k) => rels.includes(tr.rel(k)) || rels.includes(tr.baseRel(k)))
      .filter((k) => tr.rel(k) !== "nmod:poss")
      .map((k) => ({ case: tr.caseWord(k), rel: tr.rel(k), heads: tr.conjuncts(k) }));
    if (!nominal && this.on(R.GERUND_AS_OBLIQUE)) out.push(...R.GERUND_AS_OBLIQUE.apply(this, p));
    return out;
  }

  private complements(p: number, nominal: boolean): number[] {
    const tr = this.tree;
    const toInf = (k: number) => tr.children(k, "mark").some((m) => tr.lemma(m) === "to");
    const clauses = tr.children(p, "xcomp", "ccomp");
    const misread = this.on(R.RELATIVE_READ_AS_COMPLEMENT) ? clauses.filter((k) => R.RELATIVE_READ_AS_COMPLEMENT.apply(this, k)) : [];
    if (misread.length) this.mark(p, R.RELATIVE_READ_AS_COMPLEMENT.id);
    const out = clauses.filter((k) => !misread.includes(k));
    if (nominal) out.push(...tr.children(p, "acl").filter(toInf));
    if (!nominal && this.on(R.CLAUSE_ON_TIME_WORD)) {
      const found = R.CLAUSE_ON_TIME_WORD.apply(this, p);
      if (found.length) {
        out.push(...found);
        this.mark(p, R.CLAUSE_ON_TIME_WORD.id);
      }
    }
    if (!out.length && this.on(R.INFINITIVE_ON_ASIDE)) {
      const found = R.INFINITIVE_ON_ASIDE.apply(this, p, misread);
      if (found !== undefined) {
        out.push(found);
        this.mark(p, R.INFINITIVE_ON_ASIDE.id);
      }
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

  modalityCues(p: number): string[] {
    return this.modality(p).cues;
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
    if (this.on(R.BE_TO_PLAN)) cues.push(...R.BE_TO_PLAN.apply(this, p));
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
    }
    if (this.on(R.UNDER_PROPOSAL) && R.UNDER_PROPOSAL.apply(this, p)) cues.push("propose");
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
    // "According to the UN, …" where the parser made "According" a verb hung on the clause: its oblique reports it
    for (const k of tr.children(p, "advcl")) {
      if (!this.cues.accordingTo.has(tr.lower(k))) continue;
      const o = tr.children(k, "obl")[0];
      if (o !== undefined) return tr.conjuncts(o);
    }
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
