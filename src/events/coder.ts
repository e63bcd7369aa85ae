// The event coder: a fixed sequence of stages over each frame of the clause layer, each running the rules
// registered for it (src/events/rules): match the frame to a verb pattern; filter frames that make no event
// of their own; find the source participants; find the targets (the pattern's slot, else the fallbacks in
// order); filter dyads that make no event; give generic actors their country and form the (source, target)
// pairs; set the PLOVER stance. Each record carries the ids of the rules (and parser-slip repairs) that
// shaped it. Resources come in as arguments so a test can run it with a hand-made lexicon and ontology.
import type { AnalysedDoc } from "../text/analysed.js";
import type { EventActor, EventExplanation, EventPlace, EventRecord, Frame, QuadClass, TextSpan } from "../text/annotations.js";
import { RuleSwitch } from "../rules/rule.js";
import { clausesOf, type ClauseAnalysis } from "../clauses/index.js";
import type { FrameCues } from "../clauses/cues.js";
import type { Tree } from "../clauses/tree.js";
import { NO_EVENT, type Lexicon } from "./lexicon-types.js";
import { isSpeechAct, type Ontology } from "./ontology.js";
import { conventionsFor, type CodingConventions } from "./conventions.js";
import { matchFrame, OBJECT_CONJUNCTS, sourceSlot, type PatternMatch } from "./match.js";
import { Participants } from "./participants.js";
import { traced, type Participant } from "./participant.js";
import { PlaceFinder } from "./place.js";
import { HomeCountries } from "./home-country.js";
import { inCountry } from "../actors/codes.js";
import { resolveTimeExpression, type ResolvedTime, type TimePreference } from "./time.js";
import type { CodingContext, FrameCoding } from "./context.js";
import { CONFLICT_PARTIES, conflictDyad, NAME_READ_AS_ADVERB, OWNED_BY_PRONOUN, PETRARCH_SOURCE, PRONOUN_ANTECEDENT, RELATIVE_ANTECEDENT, SHARED_COUNTRY, UNDERGONE_ACT, VENUE_NOT_PARTY } from "./rules/participants.js";
import { GOODS_NOT_RECIPIENT, OWN_FORCES_PLACE, PARTIES_CONSULT_EACH_OTHER, TARGET_FALLBACKS } from "./rules/targets.js";
import { DYAD_FILTERS, FRAME_FILTERS, NOMINAL_ECHO } from "./rules/filters.js";
import { HOME_COUNTRY, LOCAL_COUNTRY, PLACE_FOR_UNNAMED_SOURCE, actorKey, formPairs, partyCount, sameActor } from "./rules/pairs.js";
import { INTENT_CODE, NEGATED_PATTERN, PROMISE, stanceOf, THREAT, THREAT_CODE } from "./rules/stance.js";
import { FRAMING_RULES, OR_FACE_THREAT } from "./rules/framing.js";
import { PETRARCH_TRANSFORMATION } from "./transformations.js";

export interface CoderResources {
  lexicon: Lexicon;
  ontology: Ontology;
  cues: FrameCues;
  /** Coding conventions (default: PETRARCH's for an imported PETRARCH/TABARI lexicon, else the built-in ones). */
  conventions?: CodingConventions;
  /** Which rules are on (default: all). */
  rules?: RuleSwitch;
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
  /** The events of a document whose clause layer is built (the "events" component). */
  code(doc: AnalysedDoc): EventRecord[];
}

/** Lemmas of the lexicon's event nouns, and of verbs with complement patterns (the clause layer's resources). */
export function lexiconLemmas(lexicon: Lexicon): { nominalLemmas: Set<string>; verbLemmas: Set<string> } {
  const entries = [...lexicon.byLemma];
  return {
    nominalLemmas: new Set(entries.filter(([, ps]) => ps.some((p) => p.noun)).map(([lemma]) => lemma)),
    verbLemmas: new Set(entries.filter(([, ps]) => ps.some((p) => !p.noun && p.complement?.length)).map(([lemma]) => lemma)),
  };
}

export function createEventCoder(res: CoderResources): EventCoder {
  const conventions = res.conventions ?? conventionsFor(res.lexicon);
  const rules = (res.rules ?? new RuleSwitch()).withConventions(conventions.name);
  return { code: (doc) => new DocCoder(doc, res, conventions, rules).run() };
}

/** Coding state for one document; lives only for one `code` call. */
class DocCoder implements CodingContext {
  readonly tree: Tree;
  readonly clauses: ClauseAnalysis;
  readonly parts: Participants;
  readonly home: HomeCountries;
  readonly lexicon: Lexicon;
  readonly ontology: Ontology;
  readonly cues: FrameCues;
  private readonly placeFinder: PlaceFinder;

  constructor(readonly doc: AnalysedDoc, res: CoderResources, readonly conventions: CodingConventions, readonly rules: RuleSwitch) {
    this.clauses = clausesOf(doc, "the event coder");
    this.tree = this.clauses.tree;
    this.lexicon = res.lexicon;
    this.ontology = res.ontology;
    this.cues = res.cues;
    this.parts = new Participants(this.tree, doc.mentions, doc.places, rules);
    this.home = new HomeCountries(doc, doc.mentions, doc.places);
    this.placeFinder = new PlaceFinder(this.tree, doc.places, doc.mentions, res.cues.placeCases);
  }

  run(): EventRecord[] {
    const out: EventRecord[] = [];
    const seen = new Set<string>();
    const coded = new Set<number>();
    const datelinePlace = this.placeFinder.dateline(this.doc.article);
    const frames = this.clauses.frames;
    const matches = new Map(frames.map((f) => (this.doc.checkBudget(), [f.predicate, matchFrame(f, this.lexicon, this.tree, this.conventions.match, this.rules)])));
    const frameFilters = this.rules.active(FRAME_FILTERS);
    const dyadFilters = this.rules.active(DYAD_FILTERS);
    const framing = this.rules.active(FRAMING_RULES);
    // PETRARCH-2 transformations of an imported dictionary: a verb and the act it frames become one event
    const transformed = this.rules.on(PETRARCH_TRANSFORMATION) && this.lexicon.transformations?.length
      ? PETRARCH_TRANSFORMATION.apply(this, frames, matches) : null;
    // match.object-conjuncts: conjoined objects that match other patterns ("seeking trade and military assistance") code their own events too
    const codings: { frame: Frame; found: PatternMatch | null | undefined; recoded?: boolean }[] = frames.flatMap((frame) => {
      if (transformed?.consumed.has(frame.predicate)) return [];
      const recoded = transformed?.recoded.get(frame.predicate);
      if (recoded) return [{ frame, found: recoded, recoded: true }];
      const found = matches.get(frame.predicate);
      const own = [{ frame, found }];
      if (!found || found.pattern.code === NO_EVENT || !this.rules.on(OBJECT_CONJUNCTS)) return own;
      return [...own, ...OBJECT_CONJUNCTS.apply(frame, found, (f) => matchFrame(f, this.lexicon, this.tree, this.conventions.match, this.rules))];
    });
    for (const { frame, found, recoded } of codings) {
      this.doc.checkBudget();
      if (!found || found.pattern.code === NO_EVENT) continue;
      if (!recoded && frameFilters.some((r) => r.apply(this, frame, found, matches))) continue;
      // a framing predicate takes the code the codebook gives it for the act it frames
      let match = found;
      const framingRules: string[] = recoded ? [PETRARCH_TRANSFORMATION.id] : [];
      for (const r of framing) {
        const m = r.apply(this, frame, match, matches);
        if (!m) continue;
        match = m;
        framingRules.push(r.id);
      }
      if (match.pattern.code === NO_EVENT) continue;
      const c: FrameCoding = { frame, match, sources: this.sources(frame, match), targets: [], fromSlot: false, clausePlace: null, rules: framingRules };
      this.targets(c);
      if (dyadFilters.some((r) => r.apply(this, c))) continue;
      const time = this.time(frame);
      c.clausePlace = this.place(frame);
      const place = c.clausePlace ?? datelinePlace;
      const attribution = this.participants(frame.reporter, frame)[0]?.actor ?? null;
      const { pattern } = match;
      const here = (ps: Participant[]) => this.rules.on(LOCAL_COUNTRY) ? ps.map((p) => LOCAL_COUNTRY.apply(p, c.clausePlace)) : ps;
      const [src, tgt] = [here(c.sources), here(c.targets)];
      const home = (ps: Participant[], others: Participant[]) => !this.rules.on(HOME_COUNTRY) ? ps
        : HOME_COUNTRY.apply(ps, this.home.of(frame.sentence, others.filter((p) => HomeCountries.armed(p.actor.code)).map((p) => p.actor)), others);
      let placeParty: Participant | null | undefined;
      for (let pair of formPairs(home(src, tgt), home(tgt, src), pattern, this.rules, frame.voice === "passive")) {
        if (!pair.source?.coded && pair.target?.coded && this.rules.on(PLACE_FOR_UNNAMED_SOURCE)) {
          placeParty ??= this.placeParty(frame);
          pair = PLACE_FOR_UNNAMED_SOURCE.apply(pair, placeParty);
        }
        const rec = this.record(c, pair.code, pair.source, pair.target, time, place, attribution, pair.rules);
        for (const r of [rec, ...this.intent(rec), ...this.alternativeThreat(rec, frame)]) {
          const key = `${r.sentence}|${r.trigger.start}|${r.cameo}|${actorKey(pair.source)}|${actorKey(pair.target)}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push(r);
          coded.add(frame.predicate);
        }
      }
    }
    if (this.rules.on(CONFLICT_PARTIES)) out.push(...this.truces(coded, out, datelinePlace));
    return this.rules.on(NOMINAL_ECHO) ? NOMINAL_ECHO.apply(out, (e) => this.isNominalTrigger(e)) : out;
  }

  /** stance.intent-code: the statement of intent (03x) a promised act also is, with the act's participants. */
  private intent(rec: EventRecord): EventRecord[] {
    if (!rec.rules.includes(PROMISE.id) || !this.rules.on(INTENT_CODE)) return [];
    const code = INTENT_CODE.apply(this.ontology, rec.cameo);
    if (!code) return [];
    const book = codebookValues(this.ontology, code);
    return [{ ...rec, cameo: code, root: code.slice(0, 2), quadClass: book.quadClass, goldstein: book.goldstein, rules: [...rec.rules, INTENT_CODE.id] }];
  }

  /** framing.or-face-threat: the threat an appeal or demand also makes ("… or face sanctions"), with the appeal's parties, asserted. */
  private alternativeThreat(rec: EventRecord, frame: Frame): EventRecord[] {
    if (!this.rules.on(OR_FACE_THREAT)) return [];
    const code = OR_FACE_THREAT.apply(this, frame, rec.cameo);
    if (!code) return [];
    const book = codebookValues(this.ontology, code);
    return [{ ...rec, cameo: code, root: code.slice(0, 2), quadClass: book.quadClass, goldstein: book.goldstein, plover: book.plover, rules: [...rec.rules, OR_FACE_THREAT.id] }];
  }

  /**
   * participants.conflict-parties: past truces named with no parties, made by the article's warring sides (both
   * ways). Found by their nouns, not their frames: such asides are where the parser errs most (a truce read
   * as the sentence's root or as a passive subject), and the rule reads only the noun's own phrase.
   */
  private truces(coded: ReadonlySet<number>, events: readonly EventRecord[], datelinePlace: EventPlace | null): EventRecord[] {
    const out: EventRecord[] = [];
    let dyad: [EventActor, EventActor] | null | undefined;
    const named = new Set<number>();   // nouns in apposition name one truce ("the only truce, a week-long ceasefire")
    for (const tok of this.doc.tokens) {
      if (coded.has(tok.i) || named.has(tok.i) || (tok.upos !== "NOUN" && tok.upos !== "PROPN")) continue;
      const pattern = this.lexicon.byLemma.get(this.tree.lemma(tok.i))?.find((p) => p.noun);
      if (!pattern) continue;
      let time: ResolvedTime | null = null;
      if (!CONFLICT_PARTIES.apply(pattern.code, () => (time = this.ownTime(tok.i)), this.doc.article.date)) continue;
      dyad ??= conflictDyad(events);
      if (!dyad) return out;
      for (const k of this.tree.childrenExact(tok.i, "appos")) named.add(k);
      if (this.tree.rel(tok.i) === "appos") named.add(this.tree.head(tok.i));
      const built = this.clauses.byPredicate.get(tok.i) ?? this.clauses.builder.frame(tok.i);
      const frame: Frame = { ...built, nominal: true };
      const match: PatternMatch = { pattern, specificity: 0, targetHeads: [], repairedBy: null };
      const c: FrameCoding = { frame, match, sources: [], targets: [], fromSlot: false, clausePlace: this.place(frame), rules: [CONFLICT_PARTIES.id] };
      const side = (a: EventActor): Participant => ({ actor: a, coded: true, via: "text" });
      for (const [s, t] of [[dyad[0], dyad[1]], [dyad[1], dyad[0]]]) {
        out.push(this.record(c, pattern.code, side(s), side(t), { resolved: time, origin: "clause" }, c.clausePlace ?? datelinePlace, null, []));
      }
    }
    return out;
  }

  /** The date a noun's own phrase gives ("a ceasefire in November"), leaving out clauses with subjects of their own. */
  private ownTime(h: number): ResolvedTime | null {
    const tr = this.tree;
    const toks = tr.subtree(h, (k) => ["acl:relcl", "parataxis"].includes(tr.rel(k)) || (k !== h && tr.tok(k).upos === "VERB" && tr.children(k, "nsubj").length > 0));
    return resolveTimeExpression(tr.span(toks).text, this.doc.article.date, "past");
  }

  /** Source participants: the pattern's source slot (with names the parser made adverbs), else PETRARCH's candidates. */
  private sources(frame: Frame, match: PatternMatch): Participant[] {
    const undergone = this.undergone(frame);
    if (undergone) return this.participants(undergone.sources, frame).map((p) => traced(p, UNDERGONE_ACT.id));
    const subj = (match.pattern.source ?? "subj") === "subj";
    let heads = subj ? frame.subjects : sourceSlot(match.pattern, frame);
    let repaired = false;
    if (subj && this.rules.on(NAME_READ_AS_ADVERB)) {
      const withStranded = NAME_READ_AS_ADVERB.apply(frame, this.tree, (k) => this.parts.mention(k) !== undefined);
      repaired = withStranded !== frame.subjects;
      heads = withStranded;
    }
    if (this.rules.on(VENUE_NOT_PARTY)) heads = VENUE_NOT_PARTY.apply(this, frame, heads);
    let sources = this.participants(heads, frame);
    if (repaired) sources = sources.map((p) => traced(p, NAME_READ_AS_ADVERB.id));
    if (!sources.some((p) => p.coded) && this.rules.on(PETRARCH_SOURCE)) {
      const found = PETRARCH_SOURCE.apply(this, frame, match, sources);
      sources = found === sources ? sources : found.map((p) => traced(p, PETRARCH_SOURCE.id));
    }
    return sources;
  }

  /** "is facing criticism from Y": the act's parties by participants.undergone-act, null when it does not apply. */
  private undergone(frame: Frame): { sources: number[]; targets: number[] } | null {
    return this.rules.on(UNDERGONE_ACT) ? UNDERGONE_ACT.apply(this.tree, frame) : null;
  }

  private targets(c: FrameCoding): void {
    const undergone = this.undergone(c.frame);
    if (undergone) {
      c.targets = this.codedTargets(undergone.targets, c.frame, c.sources).map((p) => traced(p, UNDERGONE_ACT.id));
      c.fromSlot = c.targets.length > 0;
      return;
    }
    const slot = this.slotTargets(c);
    const place = this.rules.on(OWN_FORCES_PLACE) ? OWN_FORCES_PLACE.apply(this, c, slot) : null;
    if (place) {
      c.targets = [place];
      c.rules.push(OWN_FORCES_PLACE.id);
      return;
    }
    if (slot.length) {
      c.targets = slot;
      c.fromSlot = true;
      return;
    }
    if (this.rules.on(PARTIES_CONSULT_EACH_OTHER) && PARTIES_CONSULT_EACH_OTHER.apply(c, partyCount(c.sources.filter((p) => p.coded)))) {
      c.rules.push(PARTIES_CONSULT_EACH_OTHER.id);
      return;
    }
    if (c.match.pattern.target === "none") return;
    for (const r of TARGET_FALLBACKS) {
      if (!this.rules.on(r)) continue;
      const found = r.apply(this, c);
      if (found.length) {
        c.targets = found;
        c.rules.push(r.id);
        return;
      }
    }
  }

  private slotTargets(c: FrameCoding): Participant[] {
    const p = c.match.pattern;
    if (p.target === "none") return [];
    let heads = c.match.targetHeads;
    if (p.target === "complement-subject") heads = c.frame.complements.flatMap((k) => this.clauses.byPredicate.get(k)?.subjects ?? this.tree.children(k, "nsubj"));
    else if (p.target === "complement-object") heads = c.frame.complements.flatMap((k) => this.clauses.byPredicate.get(k)?.objects ?? this.tree.children(k, "obj"));
    else if (this.rules.on(GOODS_NOT_RECIPIENT)) heads = GOODS_NOT_RECIPIENT.apply(this, p, heads);
    return this.codedTargets(heads, c.frame, c.sources);
  }

  codedTargets(heads: number[], frame: Frame, sources: Participant[]): Participant[] {
    return this.participants(heads, frame).filter((x) => x.coded && !sources.some((s) => sameActor(s.actor, x.actor)));
  }

  firstCoded(candidates: number[], frame: Frame, sources: Participant[]): Participant[] {
    for (const h of candidates) {
      const found = this.codedTargets([h, ...this.tree.conjuncts(h).filter((k) => k !== h)], frame, sources);
      if (found.length) return found;
    }
    return [];
  }

  /** Participants for argument heads; unresolved pronouns borrow an antecedent, coordinated sectors share a country. */
  participants(heads: number[], frame: Frame): Participant[] {
    const groups: Participant[][] = [];
    for (const h of heads) {
      const ps = this.parts.of(h);
      if (!ps.some((p) => p.coded) && this.isPronoun(h) && this.rules.on(RELATIVE_ANTECEDENT)) {
        const ante = RELATIVE_ANTECEDENT.apply(this, h);
        if (ante.length) {
          groups.push(ante.map((p) => traced({ ...p, via: "pronoun" as const }, RELATIVE_ANTECEDENT.id)));
          continue;
        }
      }
      if (!ps.some((p) => p.coded) && this.isPronoun(h) && this.rules.on(PRONOUN_ANTECEDENT)) {
        const ante = PRONOUN_ANTECEDENT.apply(this, frame, h);
        if (ante.length) {
          groups.push(ante.map((p) => traced({ ...p, via: "pronoun" as const }, PRONOUN_ANTECEDENT.id)));
          continue;
        }
      }
      groups.push(this.owned(frame, h, ps));
    }
    return (this.rules.on(SHARED_COUNTRY) ? SHARED_COUNTRY.apply(this.tree, heads, groups) : groups).flat();
  }

  /** "their forces": sector-only actors owned by a pronoun take its antecedent's country. */
  private owned(frame: Frame, h: number, ps: Participant[]): Participant[] {
    const country = this.rules.on(OWNED_BY_PRONOUN) ? OWNED_BY_PRONOUN.apply(this, frame, h, ps) : null;
    if (!country) return ps;
    return ps.map((p) => traced({ ...p, actor: inCountry(p.actor, country), via: "owner" }, OWNED_BY_PRONOUN.id));
  }

  isPronoun(h: number): boolean {
    const t = this.tree.tok(h);
    return t.upos === "PRON" || this.cues.pronouns.has(t.norm.toLowerCase());
  }

  /**
   * "held meetings in Israel", "hit two houses in Tel Al-Sultan", "agreed to set up a centre in Tokyo": the
   * place acted on, visited or given to, also through the act's complement; not for what is only said or
   * asked ("said in Cairo", "called in Doha for …"), where the place is just where the words were spoken.
   */
  placeActedOn(frame: Frame, code: string): Participant | null {
    if (isSpeechAct(code)) return null;
    const complements = frame.complements.map((k) => this.clauses.byPredicate.get(k)).filter((f): f is Frame => f !== undefined);
    for (const f of [...this.scope(frame).map((x) => x.frame), ...complements]) {
      const loc = this.placeFinder.locate(f);
      if (!loc) continue;
      const { place, start, end } = loc;
      if (!place.country) break;
      return { actor: { text: place.text, start, end, code: place.country, country: place.country }, coded: true, via: "place" };
    }
    return null;
  }

  private isNominalTrigger(e: EventRecord): boolean {
    const f = (this.clauses.bySentence.get(e.sentence) ?? []).find((x) => this.tree.tok(x.predicate).start === e.trigger.start);
    return f?.nominal === true;
  }

  private record(
    c: FrameCoding, code: string, s: Participant | null, t: Participant | null,
    time: { resolved: ResolvedTime | null; origin: string }, place: EventPlace | null, attribution: EventActor | null, pairRules: string[],
  ): EventRecord {
    const { frame, match } = c;
    const sent = this.doc.sentences[frame.sentence];
    const own = codebookValues(this.ontology, code);
    const stance = own.plover.type ? stanceOf(this.ontology, code, own.plover, { ...frame, unless: this.unless(frame), attempt: this.cues.attempt }, this.rules) : { plover: own.plover, rule: null };
    // a hostile act held over a power as future or conditional is coded as the threat
    const threat = stance.rule === THREAT.id && this.rules.on(THREAT_CODE) ? THREAT_CODE.apply(this.ontology, code, t?.actor ?? null) : null;
    if (threat) code = threat;
    const book = threat ? codebookValues(this.ontology, code) : own;
    const negated = this.rules.on(NEGATED_PATTERN) ? NEGATED_PATTERN.apply(!!match.pattern.negated, frame.modality, attribution !== null) : null;
    const rules = [
      ...frame.repairs, ...(match.repairedBy ? [match.repairedBy] : []), ...c.rules,
      ...s?.rules ?? [], ...t?.rules ?? [], ...pairRules, ...(stance.rule ? [stance.rule] : []), ...(threat ? [THREAT_CODE.id] : []), ...(negated ? [NEGATED_PATTERN.id] : []),
    ];
    return {
      sentence: frame.sentence,
      source: s?.actor ?? null,
      target: t?.actor ?? null,
      cameo: code,
      root: code.slice(0, 2),
      quadClass: book.quadClass,
      goldstein: book.goldstein,
      plover: stance.plover,
      trigger: this.trigger(frame),
      evidence: { start: sent.start, end: sent.end },
      date: time.resolved?.date ?? this.doc.article.date,
      dateEnd: time.resolved?.dateEnd ?? null,
      dateResolution: time.resolved ? time.origin : "reference",
      dateText: time.resolved?.text ?? null,
      place,
      attribution,
      modality: negated ?? frame.modality,
      confidence: confidence(frame, match, s, t),
      unverified: this.clauses.unverified.has(frame.sentence),
      rules: [...new Set(rules)],
      explain: this.explain(frame, match),
    };
  }

  private explain(frame: Frame, match: PatternMatch): EventExplanation {
    const phrase = (h: number) => this.tree.phrase(h).text;
    return {
      predicate: this.tree.tok(frame.predicate).text,
      lemma: frame.lemma,
      nominal: frame.nominal,
      voice: frame.voice,
      modality: frame.modality,
      cues: frame.cues,
      subjects: frame.subjects.map(phrase),
      objects: frame.objects.map(phrase),
      obliques: frame.obliques.map((o) => o.heads.map(phrase).join(" and ")),
      pattern: match.pattern.origin,
      specificity: match.specificity,
      conventions: this.conventions.name,
    };
  }

  /** "will withdraw its force … unless the president arranges a ceasefire": an "unless" clause on the act. */
  private unless(frame: Frame): boolean {
    const tr = this.tree;
    return tr.childrenExact(frame.predicate, "advcl").some((k) => tr.children(k, "mark").some((m) => tr.lower(m) === "unless"));
  }

  /** The predicate with its particles when they follow it closely ("stepped up"). */
  private trigger(frame: Frame): TextSpan {
    const p = frame.predicate;
    const prt = this.tree.children(p, "compound:prt").filter((k) => k > p && k - p <= 3);
    const last = prt.length ? prt[prt.length - 1] : p;
    const start = this.tree.tok(p).start;
    const end = this.tree.tok(last).end;
    return { text: this.doc.text.slice(start, end), start, end };
  }

  /**
   * Frames whose words may date or place this one, nearest first: itself and its participial
   * circumstances ("speaking … in Beirut on Tuesday"), then its conjuncts and the clauses it depends on.
   */
  private scope(frame: Frame): { frame: Frame; own: boolean }[] {
    const out: { frame: Frame; own: boolean }[] = [{ frame, own: true }];
    const subjects = new Set(frame.subjects);
    const siblings = this.clauses.bySentence.get(frame.sentence) ?? [];
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
      const g = this.clauses.byPredicate.get(cur.governor);
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
        const r = resolveTimeExpression(this.tree.span(toks).text, this.doc.article.date, prefer);
        if (r) return { resolved: r, origin: own ? "clause" : "inherited" };
      }
    }
    return { resolved: null, origin: "reference" };
  }

  /** The clause's place (as `place` finds it) as a participant coded by its country; null when it has none. */
  private placeParty(frame: Frame): Participant | null {
    for (const { frame: f } of this.scope(frame)) {
      const loc = this.placeFinder.locate(f);
      if (!loc) continue;
      const { place, start, end } = loc;
      return place.country ? { actor: { text: place.text, start, end, code: place.country, country: place.country }, coded: true, via: "place" } : null;
    }
    return null;
  }

  private place(frame: Frame): EventPlace | null {
    for (const { frame: f } of this.scope(frame)) {
      const p = this.placeFinder.inFrame(f);
      if (p) return p;
    }
    return null;
  }
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
