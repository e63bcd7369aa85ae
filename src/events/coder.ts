// The event coder: frames → matched patterns → one record per (source, target) pair, with date,
// place, attribution, modality and a deterministic confidence. Resources come in as arguments so a
// test can run it with a hand-made lexicon and ontology.
import type { Doc } from "../text/doc.js";
import type { Article } from "../text/article.js";
import type { ActorMention, PlaceMention } from "../actors/types.js";
import { NO_EVENT, type Lexicon, type VerbPattern } from "./lexicon-types.js";
import type { EventActor, EventPlace, EventRecord, QuadClass } from "./types.js";
import type { FrameCues } from "./cues.js";
import type { Ontology } from "./ontology.js";
import { Tree } from "./tree.js";
import { FrameBuilder, type Frame } from "./frames.js";
import { matchFrame, sourceSlot, type PatternMatch } from "./match.js";
import { obliquePhraseCandidates, objectPhraseCandidates, petrarchClauses, petrarchSourceCandidates, petrarchTargetCandidates } from "./petrarch-match.js";
import { shareCountries } from "./shared-country.js";
import { withStrandedSubjects } from "./stranded-subjects.js";
import { Participants, isGeneric, type Participant } from "./participants.js";
import { PlaceFinder } from "./place.js";
import { HomeCountries } from "./home-country.js";
import { stancePlover } from "./plover-stance.js";
import { resolveTimeExpression, type ResolvedTime, type TimePreference } from "./time.js";
import { unverifiedSentences, type VerificationCues } from "../facts/verification.js";

export interface CoderResources {
  lexicon: Lexicon;
  ontology: Ontology;
  cues: FrameCues;
  /** Unverifiability notes; when absent no event is marked unverified. */
  verification?: VerificationCues;
}

/**
 * Codebook values for a code, falling back to its parent ("1954" → "195" → "190") for codes an imported
 * dictionary has but the codebook lacks. PLOVER drops CAMEO 01 (statements): those get type "".
 */
export function codebookValues(ont: Ontology, code: string): { quadClass: QuadClass; goldstein: number; plover: { type: string; mode: string | null } } {
  const chain = [code, code.slice(0, 3), `${code.slice(0, 2)}0`];
  const entry = chain.map((c) => ont.codes.get(c)).find((e) => e !== undefined);
  const quadClass = entry?.quadClass ?? ont.roots.get(code.slice(0, 2))?.quadClass ?? 1;
  return { quadClass, goldstein: entry?.goldstein ?? 0, plover: entry?.plover ?? { type: "", mode: null } };
}

export interface EventCoder {
  code(doc: Doc, article: Article, mentions: ActorMention[], places: PlaceMention[]): EventRecord[];
}

/** Case words of an object's modifier naming the party it comes from or is aimed at ("an offer from X", "a truce with X"). */
const OBJECT_PARTY_CASES = new Set(["from", "with", "against", "to", "toward", "towards", "by"]);

/** Relations of obliques tried, in this order, when the pattern's own target slot names no actor. */
const FALLBACK_CASES = ["with", "to", "against", "toward", "towards", "into", "between", "on", "upon"];

export function createEventCoder(res: CoderResources): EventCoder {
  const nominalLemmas = new Set([...res.lexicon.byLemma].filter(([, ps]) => ps.some((p) => p.noun)).map(([lemma]) => lemma));
  const verbLemmas = new Set([...res.lexicon.byLemma].filter(([, ps]) => ps.some((p) => !p.noun && p.complement?.length)).map(([lemma]) => lemma));
  return {
    code(doc, article, mentions, places) {
      return new DocCoder(doc, article, mentions, places, res, nominalLemmas, verbLemmas).run();
    },
  };
}

/** Coding state for one document; lives only for one `code` call. */
class DocCoder {
  private readonly tree: Tree;
  private readonly frames: Frame[];
  private readonly byPred: Map<number, Frame>;
  private readonly bySentence = new Map<number, Frame[]>();
  private readonly parts: Participants;
  private readonly placeFinder: PlaceFinder;
  private readonly unverified: Set<number>;
  private readonly home: HomeCountries;

  constructor(
    private readonly doc: Doc,
    private readonly article: Article,
    mentions: ActorMention[],
    places: PlaceMention[],
    private readonly res: CoderResources,
    nominalLemmas: ReadonlySet<string>,
    verbLemmas: ReadonlySet<string>,
  ) {
    this.tree = new Tree(doc);
    this.frames = new FrameBuilder(this.tree, res.cues, nominalLemmas, verbLemmas).all();
    this.byPred = new Map(this.frames.map((f) => [f.predicate, f]));
    for (const f of this.frames) {
      const list = this.bySentence.get(f.sentence);
      if (list) list.push(f);
      else this.bySentence.set(f.sentence, [f]);
    }
    this.parts = new Participants(this.tree, mentions, places);
    this.home = new HomeCountries(doc, mentions, places);
    this.placeFinder = new PlaceFinder(this.tree, places, mentions, res.cues.placeCases);
    this.unverified = res.verification ? unverifiedSentences(doc, res.verification) : new Set();
  }

  run(): EventRecord[] {
    const out: EventRecord[] = [];
    const seen = new Set<string>();
    const datelinePlace = this.placeFinder.dateline(this.article);
    const matches = new Map(this.frames.map((f) => [f.predicate, matchFrame(f, this.res.lexicon, this.tree)]));
    for (const frame of this.frames) {
      const match = matches.get(frame.predicate);
      if (!match || match.pattern.code === NO_EVENT) continue;
      // "proposed a ceasefire", "hold meetings": the event noun is what its verb's event is about, not another event
      if (frame.nominal && ["obj", "nsubj:pass"].includes(this.tree.rel(frame.predicate)) && matches.get(frame.governor)) continue;
      // PETRARCH codes verbs outside relative clauses: a noun or adjective with a copula ("was in an accord with …")
      // is no verb of its dictionary, and "a woman … who shot at US officers" makes no event of its own
      if (this.res.lexicon.petrarch && !frame.nominal && (this.tree.children(frame.predicate, "cop").length || frame.relation === "acl:relcl")) continue;
      const sourceHeads = (match.pattern.source ?? "subj") === "subj"
        ? withStrandedSubjects(frame, this.tree, (k) => this.parts.mention(k) !== undefined)
        : sourceSlot(match.pattern, frame);
      let sources = this.participants(sourceHeads, frame);
      if (this.res.lexicon.petrarch && !sources.some((p) => p.coded)) {
        sources = (match.pattern.source ?? "subj") === "subj"
          ? this.firstCoded(petrarchSourceCandidates(frame, this.tree), frame, sources)
          : this.nthCodedAfter(frame, match.pattern.sourceSkip ?? 0);
      }
      const { targets, fromSlot } = this.targets(frame, match, sources);
      // without a named source, only a target in the pattern's own slot makes an event ("hostages were released")
      if (!sources.some((p) => p.coded) && !(targets.length && fromSlot)) continue;
      // a statement with no one it is made to or about ("officials said …") is not an interaction; CAMEO leaves it uncoded
      if (match.pattern.code.startsWith("01") && (!targets.length || !sources.some((p) => p.coded))) continue;
      // an event noun alone is weak evidence: it needs a named target or a subject named outright
      if (frame.nominal && !targets.length && !sources.some((p) => p.coded && p.via !== "pronoun")) continue;
      // "Mediators … scrambled to forge a ceasefire between Israel and Hamas in their four-month-old war in the
      // Gaza Strip": a plural possessive may mean any parties named before, not only the subject; with a
      // place as its only target, such a noun makes no event
      const possessed = frame.nominal && frame.subjects.length > 0 && frame.subjects.every((h) => this.tree.rel(h) === "nmod:poss" && this.tree.lower(h) === "their");
      if (possessed && !targets.some((t) => t.via !== "place")) continue;
      const time = this.time(frame);
      const clausePlace = this.place(frame);
      const place = clausePlace ?? datelinePlace;
      const attribution = this.participants(frame.reporter, frame)[0]?.actor ?? null;
      const emit = (s: Participant | null, t: Participant | null, code: string) => {
        const rec = this.record(frame, match, code, s, t, time, place, attribution);
        const key = `${rec.sentence}|${rec.trigger.start}|${rec.cameo}|${actorKey(s)}|${actorKey(t)}`;
        if (seen.has(key)) return;
        seen.add(key);
        out.push(rec);
      };
      const { pattern } = match;
      const here = (ps: Participant[]) => ps.map((p) => localise(p, clausePlace));
      const [src, tgt] = [here(sources), here(targets)];
      const home = (others: Participant[]) => this.home.of(frame.sentence, others.filter((p) => HomeCountries.armed(p.actor.code)).map((p) => p.actor));
      for (const [s, t] of this.pairs(atHome(src, home(tgt), tgt), atHome(tgt, home(src), src), pattern)) {
        emit(s, t, pattern.code);
        // "[a:b]" dictionary codes: the target answers with the reverse code
        if (pattern.reverseCode && s?.coded && t) emit(t, s, pattern.reverseCode);
      }
    }
    return this.dropNominalEchoes(out);
  }

  /**
   * One (source, target) pair per event. Consultations among several named parties with no other
   * target ("delegations – Hamas, Israel, the U.S., … – participating in talks") are mutual: each
   * party consults each other party, as PETRARCH codes "A and B held talks".
   */
  private pairs(sources: Participant[], targets: Participant[], pattern: VerbPattern): [Participant | null, Participant | null][] {
    const coded = sources.filter((p) => p.coded);
    const out: [Participant | null, Participant | null][] = [];
    if (!targets.length && partyCount(coded) > 1 && mutual(pattern)) {
      for (const a of coded) for (const b of coded) if (!sameActor(a.actor, b.actor)) out.push([a, b]);
      return out;
    }
    const srcList: (Participant | null)[] = coded.length ? coded : sources.length ? [sources[0]] : [null];
    const tgtList: (Participant | null)[] = targets.length ? targets : [null];
    for (const s of srcList) {
      const own = out.length;
      for (const t of tgtList) {
        if (!s?.coded && !t) continue;
        if (s && t && sameActor(s.actor, t.actor)) continue;
        if (s && t && pattern.code.startsWith("04") && goesHome(s.actor, t.actor)) continue;
        out.push([s, t]);
      }
      // "rebels in the Ivory Coast blocked transport into Abidjan": a target that is only the source's own
      // place leaves the act without a target, not undone (a trip home stays no contact: goesHome)
      if (out.length === own && s?.coded && !pattern.code.startsWith("04") && tgtList.every((t) => t && sameActor(s.actor, t.actor))) out.push([s, null]);
    }
    return out;
  }

  /** An event noun that only repeats what its verb already coded ("participating in … talks") adds nothing. */
  private dropNominalEchoes(events: EventRecord[]): EventRecord[] {
    const key = (e: EventRecord) => `${e.sentence}|${e.cameo}|${e.source?.code ?? e.source?.text}|${e.target?.code ?? "-"}`;
    const verbal = new Set(events.filter((e) => !this.isNominalTrigger(e)).map(key));
    return events.filter((e) => !this.isNominalTrigger(e) || !verbal.has(key(e)));
  }

  private isNominalTrigger(e: EventRecord): boolean {
    const f = (this.bySentence.get(e.sentence) ?? []).find((x) => this.tree.tok(x.predicate).start === e.trigger.start);
    return f?.nominal === true;
  }

  private record(
    frame: Frame, match: PatternMatch, code: string, s: Participant | null, t: Participant | null,
    time: { resolved: ResolvedTime | null; origin: string }, place: EventPlace | null, attribution: EventActor | null,
  ): EventRecord {
    const sent = this.doc.sentences[frame.sentence];
    const book = codebookValues(this.res.ontology, code);
    return {
      sentence: frame.sentence,
      source: s?.actor ?? null,
      target: t?.actor ?? null,
      cameo: code,
      root: code.slice(0, 2),
      quadClass: book.quadClass,
      goldstein: book.goldstein,
      plover: book.plover.type ? stancePlover(this.res.ontology, code, book.plover, { ...frame, unless: this.unless(frame) }) : book.plover,
      trigger: this.trigger(frame),
      evidence: { start: sent.start, end: sent.end },
      date: time.resolved?.date ?? this.article.date,
      dateEnd: time.resolved?.dateEnd ?? null,
      dateResolution: time.resolved ? time.origin : "reference",
      dateText: time.resolved?.text ?? null,
      place,
      attribution,
      // a pattern made for the negated verb ("did not agree" → reject) has already used up the negation
      modality: match.pattern.negated && frame.modality === "negated" ? (attribution ? "reported" : "asserted") : frame.modality,
      confidence: confidence(frame, match, s, t),
      unverified: this.unverified.has(frame.sentence),
    };
  }

  /** "will withdraw its force … unless the president arranges a ceasefire": an "unless" clause on the act. */
  private unless(frame: Frame): boolean {
    const tr = this.tree;
    return tr.childrenExact(frame.predicate, "advcl").some((k) => tr.children(k, "mark").some((m) => tr.lower(m) === "unless"));
  }

  /** The predicate with its particles when they follow it closely ("stepped up"). */
  private trigger(frame: Frame): { text: string; start: number; end: number } {
    const p = frame.predicate;
    const prt = this.tree.children(p, "compound:prt").filter((k) => k > p && k - p <= 3);
    const last = prt.length ? prt[prt.length - 1] : p;
    const start = this.tree.tok(p).start;
    const end = this.tree.tok(last).end;
    return { text: this.doc.text.slice(start, end), start, end };
  }

  /** Participants for argument heads; unresolved pronouns borrow the reporter's or the main clause's subject. */
  private participants(heads: number[], frame: Frame): Participant[] {
    const groups: Participant[][] = [];
    for (const h of heads) {
      const ps = this.parts.of(h);
      if (!ps.some((p) => p.coded) && this.isPronoun(h)) {
        const ante = this.antecedent(frame, h);
        if (ante.length) {
          groups.push(ante.map((p) => ({ ...p, via: "pronoun" as const })));
          continue;
        }
      }
      groups.push(this.owned(frame, h, ps));
    }
    return shareCountries(this.tree, heads, groups).flat();
  }

  /**
   * "Bosnian Serbs said their forces had completed their withdrawal": a sector-only actor owned by a
   * pronoun belongs to the country of the pronoun's antecedent.
   */
  private owned(frame: Frame, h: number, ps: Participant[]): Participant[] {
    if (!ps.length || !ps.every((p) => p.coded && isGeneric(p.actor) && p.actor.code)) return ps;
    const poss = this.tree.childrenExact(h, "nmod:poss").find((k) => this.isPronoun(k));
    if (poss === undefined) return ps;
    const owner = this.antecedent(frame, poss, h).find((p) => p.actor.country);
    const country = owner?.actor.country;
    if (!country) return ps;
    return ps.map((p) => ({ ...p, actor: { ...p.actor, code: `${country}${p.actor.code}`, country }, via: "owner" }));
  }

  private isPronoun(h: number): boolean {
    const t = this.tree.tok(h);
    return t.upos === "PRON" || this.res.cues.pronouns.has(t.norm.toLowerCase());
  }

  /**
   * Coded actor a pronoun most plausibly stands for, nearest first: for an object pronoun the governing
   * clause's object ("rejected Hamas' offer, calling it …"); then the clause's own subject ("Israel stepped
   * up its assault"), the governing clause's subject ("Israel said it would …"), the reporter, and the
   * main clause's subject here or one sentence back ("Israel's military said … It told civilians …").
   */
  private antecedent(frame: Frame, pronoun: number, owned?: number): Participant[] {
    // for a possessive, not the noun it owns, and only an antecedent with a country ("their forces")
    const coded = (heads: number[]) => heads.filter((h) => h !== pronoun && h !== owned && !this.isPronoun(h))
      .flatMap((h) => this.parts.of(h)).filter((p) => p.coded && (owned === undefined || !!p.actor.country));
    const gov = this.byPred.get(frame.governor);
    const candidates: number[][] = [];
    if (["obj", "iobj"].includes(this.tree.baseRel(pronoun)) && gov) candidates.push(gov.objects);
    candidates.push(frame.subjects);
    if (gov) candidates.push(gov.subjects);
    candidates.push(frame.reporter);
    for (const s of [frame.sentence, frame.sentence - 1]) {
      const root = (this.bySentence.get(s) ?? []).find((f) => f.governor < 0 && f.predicate !== frame.predicate);
      if (root && !(s === frame.sentence && root.predicate > pronoun)) candidates.push(root.subjects);
    }
    for (const heads of candidates) {
      const ps = coded(heads);
      if (ps.length) return ps;
    }
    return [];
  }

  /** The first candidate head naming a coded actor other than the sources, with its conjuncts; [] when none does. */
  private firstCoded(candidates: number[], frame: Frame, sources: Participant[]): Participant[] {
    for (const h of candidates) {
      const found = this.codedTargets([h, ...this.tree.conjuncts(h).filter((k) => k !== h)], frame, sources);
      if (found.length) return found;
    }
    return [];
  }

  /** PETRARCH "^ ^ $": the coded actor after the verb, in word order, past the first `skip` ones. */
  private nthCodedAfter(frame: Frame, skip: number): Participant[] {
    const heads = [...new Set([...petrarchTargetCandidates(frame), ...objectPhraseCandidates(frame, this.tree), ...obliquePhraseCandidates(frame, this.tree)])]
      .filter((h) => h > frame.predicate).sort((a, b) => a - b);
    const found: Participant[] = [];
    for (const h of heads) {
      const ps = this.participants([h], frame).filter((p) => p.coded && !found.some((f) => sameActor(f.actor, p.actor)));
      if (ps.length && found.length === skip) return ps;
      if (ps.length) found.push(ps[0]);
    }
    return [];
  }

  private targets(frame: Frame, match: PatternMatch, sources: Participant[]): { targets: Participant[]; fromSlot: boolean } {
    const slot = this.slotTargets(frame, match, sources);
    // "Israel has strengthened its forces in Lebanon": acting on one's own forces, the act is aimed at the place
    const own = slot.length > 0 && slot.every((t) => t.via === "owner" && sources.some((s) => s.coded && s.actor.country === t.actor.country));
    const place = own ? this.placeActedOn(frame, match.pattern.code) : null;
    if (place) return { targets: [place], fromSlot: false };
    if (slot.length) return { targets: slot, fromSlot: true };
    // several named parties consulting with no stated counterpart consult each other (see pairs())
    if (mutual(match.pattern) && partyCount(sources.filter((p) => p.coded)) > 1) return { targets: [], fromSlot: false };
    return { targets: match.pattern.target === "none" ? [] : this.fallbackTargets(frame, match, sources), fromSlot: false };
  }

  private slotTargets(frame: Frame, match: PatternMatch, sources: Participant[]): Participant[] {
    const p = match.pattern;
    if (p.target === "none") return [];
    let heads = match.targetHeads;
    if (p.target === "complement-subject") heads = frame.complements.flatMap((c) => this.byPred.get(c)?.subjects ?? []);
    return this.codedTargets(heads, frame, sources);
  }

  private codedTargets(heads: number[], frame: Frame, sources: Participant[]): Participant[] {
    return this.participants(heads, frame).filter((x) => x.coded && !sources.some((s) => sameActor(s.actor, x.actor)));
  }

  /** When the pattern's slot names no actor: indirect object, telling obliques, a content clause's actor, the place acted on. */
  private fallbackTargets(frame: Frame, match: PatternMatch, sources: Participant[]): Participant[] {
    const p = match.pattern;
    const codedIn = (heads: number[]) => this.codedTargets(heads, frame, sources);
    let found = codedIn(frame.iobjs);
    if (found.length) return found;
    // PETRARCH takes the first actor after the verb, in word order (below), whatever its preposition
    for (const c of this.res.lexicon.petrarch ? [] : FALLBACK_CASES) {
      found = codedIn(frame.obliques.filter((o) => o.case === c).flatMap((o) => o.heads));
      if (found.length) return found;
    }
    if (this.res.lexicon.petrarch) {
      const skip = p.skipPreps ?? [];
      found = this.firstCoded([...petrarchTargetCandidates(frame, skip), ...objectPhraseCandidates(frame, this.tree), ...obliquePhraseCandidates(frame, this.tree, skip)], frame, sources);
      if (found.length) return found;
    }
    // "warned that if Israel's aggression continued …": the first actor named in a content clause
    // (not for plain statements: "residents said Israel …" is not said to Israel; PETRARCH dictionaries
    // leave "say" uncoded and do take the clause's actor as target of a coded statement: "believes X can cope")
    // ("…, officials said" reports the clause before it: no target there)
    const petrarch = this.res.lexicon.petrarch === true;
    const clauses = petrarch ? petrarchClauses(frame, this.tree) : this.contentClauses(frame);
    for (const c of p.code.startsWith("01") && !petrarch ? [] : clauses) {
      const sub = this.tree.subtree(c).filter((k) => this.parts.mention(k)?.actor);
      // with its conjuncts: "believes Dagolath and Osgiliath can cope" names both
      found = codedIn(sub.length ? this.tree.conjuncts(sub[0]) : []);
      if (found.length) return found;
    }
    // PETRARCH's last resort: the first actor anywhere in the verb phrase after the verb ("restore ties with
    // Gxndor, five years after Calenardhon crowds …" when "Gxndor" names no one)
    if (petrarch) {
      const sub = this.tree.subtree(frame.predicate).filter((k) => k > frame.predicate && this.parts.mention(k)?.actor);
      found = codedIn(sub.length ? this.tree.conjuncts(sub[0]) : []);
      if (found.length) return found;
    }
    // "rejected a fresh offer from Afghanistan", "demanded a truce with Moslem forces": the party the object
    // comes from or is made with
    if (!petrarch) {
      const mods = frame.objects.flatMap((o) => this.tree.childrenExact(o, "nmod"))
        .filter((k) => OBJECT_PARTY_CASES.has(this.tree.caseWord(k))).flatMap((k) => this.tree.conjuncts(k));
      found = codedIn(mods);
      if (found.length) return found;
    }
    const place = this.placeActedOn(frame, p.code);
    return place ? [place] : [];
  }

  /**
   * "held meetings in Israel", "hit two houses in Tel Al-Sultan", "agreed to set up a centre in Tokyo": the
   * place acted on, visited or given to, also through the act's complement; not for what is only said or
   * asked ("said in Cairo", "called in Doha for …"), where the place is just where the words were spoken.
   */
  private placeActedOn(frame: Frame, code: string): Participant | null {
    if (/^0[12]/.test(code)) return null;
    const complements = frame.complements.map((c) => this.byPred.get(c)).filter((f): f is Frame => f !== undefined);
    for (const f of [...this.scope(frame).map((x) => x.frame), ...complements]) {
      const loc = this.placeFinder.locate(f);
      if (!loc) continue;
      const { place, start, end } = loc;
      if (!place.country) break;
      return { actor: { text: place.text, start, end, code: place.country, country: place.country }, coded: true, via: "place" };
    }
    return null;
  }

  /**
   * Clauses that say what an act is about or for: complements ("warned that …"), the content clause of the
   * object noun ("reiterated its demand that Israel ease …") and purpose infinitives ("staged demonstrations
   * to demand reforms by Suharto's government").
   */
  private contentClauses(frame: Frame): number[] {
    const tr = this.tree;
    const ofObjects = frame.objects.flatMap((o) => tr.childrenExact(o, "acl", "ccomp"));
    const purpose = tr.childrenExact(frame.predicate, "advcl").filter((k) => tr.children(k, "mark").some((m) => tr.lemma(m) === "to"));
    return [...frame.complements, ...ofObjects, ...purpose];
  }

  /**
   * Frames whose words may date or place this one, nearest first: itself and its participial
   * circumstances ("speaking … in Beirut on Tuesday"), then its conjuncts and the clauses it depends on.
   */
  private scope(frame: Frame): { frame: Frame; own: boolean }[] {
    const out: { frame: Frame; own: boolean }[] = [{ frame, own: true }];
    const subjects = new Set(frame.subjects);
    const siblings = this.bySentence.get(frame.sentence) ?? [];
    for (const f of siblings) {
      const participial = f.relation === "advcl" && f.governor === frame.predicate && !this.tree.children(f.predicate, "mark").length;
      const subjectAside = f.relation === "acl" && subjects.has(this.tree.head(f.predicate)) && this.tree.tok(f.predicate).xpos === "VBG";
      if (participial || subjectAside) out.push({ frame: f, own: true });
    }
    const first = this.tree.firstConjunct(frame.predicate);
    for (const f of siblings) {
      if (f !== frame && this.tree.firstConjunct(f.predicate) === first && (f.predicate === first || f.relation.startsWith("conj"))) {
        out.push({ frame: f, own: false });
      }
    }
    let cur = frame;
    for (let depth = 0; depth < 4; depth++) {
      const inheritable = cur.nominal || ["xcomp", "advcl", "conj", "acl"].includes(cur.relation.split(":")[0]) && cur.relation !== "acl:relcl";
      const g = this.byPred.get(cur.governor);
      if (!inheritable || !g) break;
      out.push({ frame: g, own: false });
      cur = g;
    }
    return out;
  }

  private time(frame: Frame): { resolved: ResolvedTime | null; origin: string } {
    // a time phrase is read in the tense of the clause it stands in: "[blocked] since … a ceasefire in November"
    // dates a past November even for the plan hung below it ("insistence that it would discuss …")
    // a plan looks forward; a hypothetical ("could meet in November") takes the nearest such date
    const preferOf = (f: Frame): TimePreference => f.modality === "intended" || f.tense === "future" ? "future"
      : f.modality === "hypothetical" ? "nearest" : "past";
    for (const { frame: f, own } of this.scope(frame)) {
      const prefer = preferOf(f);
      // a time phrase a parser hung on an argument ("Netanyahu on Wednesday rejected") still dates the clause
      const onArgs = [...f.subjects, ...f.objects].flatMap((a) => this.tree.childrenExact(a, "nmod", "nmod:tmod", "nmod:npmod"));
      const heads = [...f.obliques.map((o) => o.heads[0]), ...this.tree.children(f.predicate, "advmod"), ...onArgs].sort((a, b) => a - b);
      for (const h of heads) {
        const toks = this.tree.subtree(h, (k) => ["acl:relcl", "parataxis"].includes(this.tree.rel(k)));
        const r = resolveTimeExpression(this.tree.span(toks).text, this.article.date, prefer);
        if (r) return { resolved: r, origin: own ? "clause" : "inherited" };
      }
    }
    return { resolved: null, origin: "reference" };
  }

  private place(frame: Frame): EventPlace | null {
    for (const { frame: f } of this.scope(frame)) {
      const p = this.placeFinder.inFrame(f);
      if (p) return p;
    }
    return null;
  }
}

/**
 * A sector-only actor ("people" → CVL, "troops" → MIL) in a clause that names where it happened
 * belongs to that place's country: "killed 1,200 people … in southern Israel" → ISRCVL.
 */
function localise(p: Participant, place: EventPlace | null): Participant {
  if (!p.coded || !isGeneric(p.actor) || !place?.country || !p.actor.code) return p;
  return { ...p, actor: { ...p.actor, code: `${place.country}${p.actor.code}`, country: place.country } };
}

/**
 * A sector-only actor of a domestic kind ("President Abdelaziz Bouteflika" → GOV, "the government") in a
 * text about one country belongs to it, unless that would make it the very actor on the other side.
 */
function atHome(ps: Participant[], home: string | null, others: Participant[]): Participant[] {
  if (!home) return ps;
  return ps.map((p) => {
    if (!p.coded || !isGeneric(p.actor) || !p.actor.code || !HomeCountries.domestic(p.actor.code)) return p;
    const code = `${home}${p.actor.code}`;
    if (others.some((o) => o.actor.code === code)) return p;
    return { ...p, actor: { ...p.actor, code, country: home } };
  });
}

/**
 * Whether several named parties with no other target act on each other: consultations (04), PETRARCH's
 * "%" reciprocal patterns, and two-sided "[a:b]" codes ("renewed diplomatic ties [064:064]").
 */
function mutual(p: VerbPattern): boolean {
  return !!p.reciprocal || p.code.startsWith("04") || !!p.reverseCode;
}

/** Distinct parties among participants (a name the parser split into two subjects is one party). */
function partyCount(ps: Participant[]): number {
  return new Set(ps.map(actorKey)).size;
}

/** Two mentions with one code ("Netanyahu and Israeli officials", both ISRGOV) give one event. */
function actorKey(p: Participant | null): string {
  return p ? p.actor.code ?? `${p.actor.start}:${p.actor.end}` : "-";
}

/** "Before heading back to the US, Blinken …": travelling to or meeting one's own country is no contact between actors. */
function goesHome(s: EventActor, t: EventActor): boolean {
  return !!s.country && t.code === t.country && s.country === t.country;
}

function sameActor(a: EventActor, b: EventActor): boolean {
  return (a.start === b.start && a.end === b.end) || (!!a.code && a.code === b.code);
}

/** A deterministic 0..1 score: pattern specificity, how the actors were found, and how direct the clause is. */
export function confidence(frame: Frame, match: PatternMatch, s: Participant | null, t: Participant | null): number {
  let c = 0.4 + 0.07 * Math.min(Math.max(match.specificity, 0), 4);
  if (s?.coded) c += 0.1;
  if (t?.coded) c += 0.1;
  for (const p of [s, t]) {
    if (p?.via === "pronoun") c -= 0.1;
    else if (p?.via === "modifier" || p?.via === "place") c -= 0.05;
  }
  if (frame.nominal) c -= 0.15;
  if (frame.subjectOrigin === "inherited") c -= 0.05;
  if (frame.voice === "passive" && !frame.subjects.length) c -= 0.05;
  return Math.round(Math.min(0.99, Math.max(0.05, c)) * 100) / 100;
}
