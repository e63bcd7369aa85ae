// Rules of the participants stage: how an argument head becomes the actors it names, and how an actor
// named without a country gets one from its context.
import type { EventActor, Frame, Mention, Place } from "../../text/annotations.js";
import { defineRule, type Rule } from "../../rules/rule.js";
import type { Tree } from "../../clauses/tree.js";
import type { CodingContext } from "../context.js";
import { fromMention, isGeneric, traced, type Participant } from "../participant.js";
import { codeOf, inCountry, sectorKinds } from "../../actors/codes.js";
import { loadWordSets } from "../../util/word-lists.js";
import type { PatternMatch } from "../match.js";
import { objectPhraseCandidates, obliquePhraseCandidates, petrarchSourceCandidates, petrarchTargetCandidates } from "../petrarch-match.js";


/** Relations through which a noun's modifiers can name the actor behind it. */
const MODIFIER_RELS = ["nmod:poss", "nmod", "compound", "amod", "flat", "obl"];

export const APPOSITION_MEMBERS = defineRule({
  id: "participants.apposition-members",
  stage: "participants",
  description: "a head naming no specific actor stands for the actors listed in its apposition (for a generic head, also one hung lower)",
  example: "All five delegations participating in talks on Tuesday – Hamas, Israel, the U.S., Egypt and Qatar – met in Cairo.",
  /** Lists of heads to try in turn: the head's own appositions, then (for a generic head) appositions anywhere below it. */
  apply(tree: Tree, h: number, genericHead: boolean): number[][] {
    const own = tree.children(h, "appos").flatMap((k) => tree.conjuncts(k));
    if (!genericHead) return [own];
    // a generic head's list of members may have been hung lower by the parser
    // ("all five delegations participating in talks on Tuesday – Hamas, Israel, …" under "Tuesday")
    const deep = tree.subtree(h).filter((k) => k !== h && tree.rel(k) === "appos").flatMap((k) => tree.conjuncts(k));
    return [own, deep];
  },
});

export const MODIFIER_ACTOR = defineRule({
  id: "participants.modifier-actor",
  stage: "participants",
  description: "a head naming no specific actor stands for the specific actors named in its modifiers, up to two levels down",
  example: "Mediators from the US, Qatar and Egypt delivered Hamas' offer.",
  /** The modifiers of h, level by level (at most two), coordination expanded. */
  apply(tree: Tree, h: number): number[][] {
    const levels: number[][] = [];
    let level = [h];
    for (let depth = 0; depth < 2 && level.length; depth++) {
      const next = level.flatMap((k) => tree.childrenExact(k, ...MODIFIER_RELS)).flatMap((k) => tree.conjuncts(k));
      levels.push(next);
      level = next;
    }
    return levels;
  },
});

/** Prepositions after which a country says where an armed group operates (data/words/attachment.tsv). */
let operatingPreps: ReadonlySet<string> | undefined;
const OPERATING_PREPS = () => (operatingPreps ??= loadWordSets("attachment.tsv", ["operating"]).operating);
/** Relations that leave a noun phrase for a clause, another conjunct or an aside: its own places stop there. */
const OUTSIDE_PHRASE = new Set(["acl:relcl", "advcl", "ccomp", "xcomp", "parataxis", "conj", "cc", "appos"]);

export const REBELS_WHERE_THEY_OPERATE = defineRule({
  id: "participants.rebels-where-they-operate",
  stage: "participants",
  description: "an armed group named without a country (militants, a transnational group) takes the country its own noun phrase places it in; that place is no second actor",
  example: "Islamabad has blamed recent attacks on militants present on Afghan soil.",
  /**
   * The participants of head h with rebels placed: a bare country found beside them ("the leader of ISIS in
   * Iraq") is where they are; else the first country under a locative preposition in h's phrase ("present on
   * Afghan soil"). `countryAt` gives the country a token names (mention or place), or null.
   */
  apply(tree: Tree, h: number, ps: Participant[], countryAt: (k: number) => string | null): Participant[] {
    const operating = sectorKinds().operating;
    const isRebel = (p: Participant) => p.coded && !p.actor.country && (p.actor.sectors ?? []).some((s) => operating.has(s));
    if (!ps.some(isRebel)) return ps;
    const isBare = (p: Participant) => p.coded && !isRebel(p) && !!p.actor.country && p.actor.code === p.actor.country && (p.via === "modifier" || p.via === "place");
    let country = ps.find(isBare)?.actor.country ?? null;
    if (!country) {
      const phrase = tree.subtree(h, (k) => OUTSIDE_PHRASE.has(tree.rel(k)));
      const inPhrase = new Set(phrase);
      const locative = (k: number) => {
        for (let x = k; x !== h && inPhrase.has(x); x = tree.head(x)) if (OPERATING_PREPS().has(tree.caseWord(x))) return true;
        return false;
      };
      const k = phrase.find((x) => x !== h && countryAt(x) && locative(x));
      country = k === undefined ? null : countryAt(k);
    }
    if (!country) return ps;
    const where = country;
    return ps.filter((p) => !isBare(p) || p.actor.country !== where).map((p) => {
      if (!isRebel(p)) return p;
      const a = p.actor;
      // "IMGREBISI" in Iraq → "IRQREBISI": the country leads, the group's own blocks follow
      const sectors = (a.sectors ?? []).filter((s) => operating.has(s));
      const code = codeOf(where, sectors) + (a.org ?? "");
      return traced({ ...p, actor: { ...a, code, country: where, sectors } }, REBELS_WHERE_THEY_OPERATE.id);
    });
  },
});

/** Whether a modifier token hangs on its noun as a possessor ("Russia's invasion"), directly or as a conjunct of one. */
export function isPossessor(tree: Tree, k: number): boolean {
  return tree.rel(tree.firstConjunct(k)) === "nmod:poss";
}

export const OWNER_BEFORE_PATIENT = defineRule({
  id: "participants.owner-before-patient",
  stage: "participants",
  description: "among the actors named in a noun's modifiers, its possessor is the one it stands for ('Russia's invasion of Ukraine' is Russia's): the others are what the noun is about",
  example: "China has never condemned Russia's full-scale invasion of Ukraine.",
  /** The tokens of one modifier level to use: its possessors when one of them names an actor, else all of them. */
  apply(tree: Tree, level: number[], names: (k: number) => boolean): number[] {
    const owners = level.filter((k) => isPossessor(tree, k));
    return owners.some(names) ? owners : level;
  },
});

export const OWN_PHRASE_BEFORE_SENTENCE_PLACE = defineRule({
  id: "participants.own-phrase-before-sentence-place",
  stage: "participants",
  description: "an agent the actor layer placed only by the one country its sentence names ('doctors' in a sentence about Baghdad) takes a country its own noun phrase gives first ('Doctors from two American aid groups' → USA)",
  example: "Doctors from two American aid groups have donated medicine to Baghdad University Medical School.",
  /** The mentions at a head as sector-only agents, when the specific ones were all placed by the sentence's place; else null. */
  apply(here: Mention[]): Mention[] | null {
    const specific = here.filter((m) => m.actor && !isGeneric(m.actor));
    if (!specific.length || !specific.every((m) => m.via === "agent-place" && m.actor!.sectors.length)) return null;
    return here.map((m) => m.via !== "agent-place" ? m
      : { ...m, actor: { ...m.actor!, country: null, code: m.actor!.sectors.join("") }, country: null });
  },
});

/** Heads that name only a sector ("officials", "the defense ministry"): agents still without a country. */
const sectorOnlyHeads = (here: Mention[]) => here.filter((m) => m.actor && isGeneric(m.actor) && m.actor.sectors.length);

/** Sector-only head m as an agent of `country` (its sectors kept): "officials" in Kenya → KENGOV. */
function countryAgent(m: Mention, country: string): Participant {
  const sectors = m.actor!.sectors;
  const base = fromMention(m, "modifier");
  return { ...base, actor: { ...base.actor, code: codeOf(country, sectors), country, sectors } };
}

export const SECTOR_TAKES_COUNTRY = defineRule({
  id: "participants.sector-takes-country",
  stage: "participants",
  description: "a sector-only head whose modifier names another country's agent takes that country ('officials in Arnor' → ARNGOV); people who belong where they are take a bare place's country ('demonstrators in Khartoum' → SDNOPP)",
  example: "Lawmakers and officials in Kenya rejected the plan.",
  /** The generic heads' sectors with the countries found in their modifiers; null when no head is a sector-only agent. */
  apply(here: Mention[], found: Participant[]): Participant[] | null {
    const generic = sectorOnlyHeads(here);
    if (!generic.length) return null;
    return found.flatMap((f) => {
      const a = f.actor;
      // a bare place stays as found ("its forces in Lebanon" are not Lebanese forces), except for people
      // who belong where they are ("demonstrators in Khartoum": sector-kinds.tsv resident)
      const country = a.country;
      if (!country || a.org) return [f];
      const resident = f.via === "place" && generic.every((m) => m.actor!.sectors.every((x) => sectorKinds().resident.has(x)));
      if (!a.sectors?.length && !resident) return [f];
      return generic.map((m) => countryAgent(m, country));
    });
  },
});

/** Relations by which a country names the owner of the agent noun it modifies, with no preposition between. */
const OWNING_RELS = new Set(["nmod:poss", "compound", "amod", "nmod:unmarked"]);

export const OWNING_COUNTRY = defineRule({
  id: "participants.owning-country",
  stage: "participants",
  description: "a sector-only head owned by a bare country, or with the country's name or adjective as a modifier without a preposition, is that country's agent ('Taiwan's defense ministry' → TWNGOV, 'U.S. immigration authorities' → USAGOV), not the bare country",
  example: "Taiwan's defense ministry accused China of sending warships toward the island.",
  /** The generic heads' sectors in the country of modifier k of h, or null when k is no such owner. */
  apply(tree: Tree, h: number, k: number, here: Mention[], found: Participant[]): Participant[] | null {
    const generic = sectorOnlyHeads(here);
    if (!generic.length || tree.head(tree.firstConjunct(k)) !== h || !OWNING_RELS.has(tree.rel(tree.firstConjunct(k)))) return null;
    if (tree.caseWord(k) && tree.rel(tree.firstConjunct(k)) !== "nmod:poss") return null;
    const bare = found.filter((f) => f.coded && f.actor.country && !f.actor.org && !f.actor.sectors?.length && f.actor.code === f.actor.country);
    if (!bare.length || bare.length !== found.length) return null;
    return bare.flatMap((f) => generic.map((m) => traced(countryAgent(m, f.actor.country!), OWNING_COUNTRY.id)));
  },
});

export const RESIDENT_PEOPLE = defineRule({
  id: "participants.resident-people",
  stage: "participants",
  description: "a people named by another country's adjective belongs where the text places it ('ethnic Albanian guerrillas in Macedonia')",
  example: "Ethnic Albanian guerrillas operating in Macedonia attacked a police station.",
  /** The country the people of mention m (coded to `country`) live in, or null. */
  apply(tree: Tree, places: readonly Place[], m: Mention, country: string, placeCountry: (tokens: number[]) => string | null): string | null {
    const sent = tree.tok(m.tokenStart).sent;
    const ethnic = [m.tokenStart, m.tokenStart - 1].some((k) => k >= 0 && tree.tok(k).sent === sent && tree.lower(k) === "ethnic");
    if (ethnic) {
      // "ethnic" looks to the first place of another country in the sentence
      const { start, end } = tree.doc.sentences[sent];
      return places.find((pl) => pl.start >= start && pl.end <= end && pl.country && pl.country !== country)?.country ?? null;
    }
    // otherwise only an "of" phrase counts: "the Albanians of southern Serbia"
    const of = tree.childrenExact(m.headToken, "nmod").filter((k) => tree.caseWord(k) === "of");
    const where = placeCountry(of.flatMap((k) => tree.subtree(k)));
    return where === country ? null : where;
  },
});

const SLIP_RELS = new Set(["advmod", "dep", "discourse", "amod"]);

export const NAME_READ_AS_ADVERB = defineRule({
  id: "repair.name-read-as-adverb",
  stage: "repair",
  description: "an actor name before the verb that the parser hung on it as an adverb or adjective (no case word) is a subject ('Israel's military attacked' with military/JJ)",
  example: "Fornost and Gondor welcomed the accord.",
  /** Subject heads for the frame including stranded actor names; the frame's own subjects when nothing is stranded. */
  apply(frame: Frame, tree: Tree, isActor: (k: number) => boolean): number[] {
    if (frame.nominal || frame.voice === "passive") return frame.subjects;
    const stranded = tree.children(frame.predicate, ...SLIP_RELS)
      .filter((k) => k < frame.predicate && !frame.subjects.includes(k) && isActor(k) && !tree.children(k, "case").length);
    if (!stranded.length) return frame.subjects;
    // with no subject, the stranded name is the subject; beside one, it must be coordinated with it ("X and Y welcomed")
    const first = frame.subjects.length ? Math.min(...frame.subjects) : -1;
    const keep = stranded.filter((k) => first < 0 || (k < first && tree.children(first, "cc").some((c) => c > k && c < first)));
    return keep.length ? [...keep, ...frame.subjects] : frame.subjects;
  },
});

export const PRONOUN_ANTECEDENT = defineRule({
  id: "participants.pronoun-antecedent",
  stage: "participants",
  description: "an unresolved pronoun stands for the nearest coded actor: the governing clause's object, the clause's or governing clause's subject, the reporter, the main subject here or one sentence back",
  example: "Israeli Prime Minister Benjamin Netanyahu rejected Hamas' offer, calling it delusional.",
  /**
   * Coded actor a pronoun most plausibly stands for, nearest first: for an object pronoun the governing
   * clause's object ("rejected Hamas' offer, calling it …"); then the clause's own subject ("Israel stepped
   * up its assault"), the governing clause's subject ("Israel said it would …"), the reporter, and the
   * main clause's subject here or one sentence back ("Israel's military said … It told civilians …").
   * For a possessive (`owned` is the noun it owns), only an antecedent with a country ("their forces").
   */
  apply(ctx: CodingContext, frame: Frame, pronoun: number, owned?: number): Participant[] {
    const tree = ctx.tree;
    const coded = (heads: number[]) => heads.filter((h) => h !== pronoun && h !== owned && !ctx.isPronoun(h))
      .flatMap((h) => ctx.parts.of(h)).filter((p) => p.coded && (owned === undefined || !!p.actor.country));
    const gov = ctx.clauses.byPredicate.get(frame.governor);
    const candidates: number[][] = [];
    if (["obj", "iobj"].includes(tree.baseRel(pronoun)) && gov) candidates.push(gov.objects);
    candidates.push(frame.subjects);
    if (gov) candidates.push(gov.subjects);
    candidates.push(frame.reporter);
    for (const s of [frame.sentence, frame.sentence - 1]) {
      const root = (ctx.clauses.bySentence.get(s) ?? []).find((f) => f.governor < 0 && f.predicate !== frame.predicate);
      if (root && !(s === frame.sentence && root.predicate > pronoun)) candidates.push(root.subjects);
    }
    for (const heads of candidates) {
      const ps = coded(heads);
      if (ps.length) return ps;
    }
    return [];
  },
});

/** Relative pronouns (data/words/pronouns.tsv). */
let relativeWords: ReadonlySet<string> | undefined;
const RELATIVE = () => (relativeWords ??= loadWordSets("pronouns.tsv", ["relative"]).relative);

export const RELATIVE_ANTECEDENT = defineRule({
  id: "participants.relative-antecedent",
  stage: "participants",
  description: "a relative pronoun the parse left unresolved stands for the actor named right before it (', who was sanctioned by …')",
  example: "It is led by Attorney General Maria Consuelo Porras, who was sanctioned by the European Union.",
  /** The coded actor whose mention ends right before the relative pronoun at h (a comma between allowed); [] otherwise. */
  apply(ctx: CodingContext, h: number): Participant[] {
    const tree = ctx.tree;
    if (!RELATIVE().has(tree.lower(h))) return [];
    let k = h - 1;
    if (k >= 0 && tree.tok(k).text === ",") k--;
    if (k < 0 || tree.tok(k).sent !== tree.tok(h).sent) return [];
    const m = ctx.parts.mention(k);
    if (!m || m.tokenEnd !== k + 1) return [];
    return ctx.parts.of(m.headToken).filter((p) => p.coded);
  },
});

/** Verbs whose object is an act their subject undergoes (data/words/attachment.tsv). */
let undergoVerbs: ReadonlySet<string> | undefined;
const UNDERGO = () => (undergoVerbs ??= loadWordSets("attachment.tsv", ["undergo"]).undergo);

export const UNDERGONE_ACT = defineRule({
  id: "participants.undergone-act",
  stage: "participants",
  description: "an act named as what someone faces or receives ('is facing criticism from Y') is made by the 'from'/'by' party of the noun and aimed at the one who faces it",
  example: "The government is facing criticism from opposition parties.",
  /** Source and target heads for an event noun that is the object of an undergo verb; null when the frame is not one. */
  apply(tree: Tree, frame: Frame): { sources: number[]; targets: number[] } | null {
    if (!frame.nominal || tree.rel(frame.predicate) !== "obj") return null;
    const verb = tree.head(frame.predicate);
    if (verb < 0 || !UNDERGO().has(tree.lemma(verb))) return null;
    const sources = tree.childrenExact(frame.predicate, "nmod").filter((k) => ["from", "by"].includes(tree.caseWord(k))).flatMap((k) => tree.conjuncts(k));
    const subj = tree.children(verb, "nsubj").flatMap((k) => tree.conjuncts(k));
    return { sources, targets: subj };
  },
});

export const VENUE_NOT_PARTY = defineRule({
  id: "participants.venue-not-party",
  stage: "participants",
  description: "a city or capital named before an event noun ('the Madrid talks', 'the Doha summit') is where it is held, not who holds it",
  example: "Companies tried to influence the Madrid talks.",
  /** The subject heads of a frame without the venues named before its event noun. */
  apply(ctx: CodingContext, frame: Frame, heads: number[]): number[] {
    if (!frame.nominal) return heads;
    const venue = (h: number) => {
      const m = ctx.parts.mention(h);
      return m ? m.via === "capital" : ctx.parts.placeAt([h]) !== null;
    };
    return heads.filter((h) => !(ctx.tree.rel(h) === "compound" && h < frame.predicate && venue(h)));
  },
});

export const OWNED_BY_PRONOUN = defineRule({
  id: "participants.owned-by-pronoun",
  stage: "participants",
  description: "a sector-only actor owned by a pronoun belongs to the country of the pronoun's antecedent",
  example: "Bosnian Serbs said their forces had completed their withdrawal.",
  /** The country of the owner of head h's sector-only actors, when a possessive pronoun names one; null otherwise. */
  apply(ctx: CodingContext, frame: Frame, h: number, ps: Participant[]): string | null {
    if (!ps.length || !ps.every((p) => p.coded && isGeneric(p.actor) && p.actor.code)) return null;
    const poss = ctx.tree.childrenExact(h, "nmod:poss").find((k) => ctx.isPronoun(k));
    if (poss === undefined || !ctx.rules.on(PRONOUN_ANTECEDENT)) return null;
    const owner = PRONOUN_ANTECEDENT.apply(ctx, frame, poss, h).find((p) => p.actor.country);
    return owner?.actor.country ?? null;
  },
});

/** The country (and qualifier) prefix a participant gives its coordination: "DNKMUS" of DNKMUSMED, "FOR" of FOR. */
function prefixOf(p: Participant): string | null {
  const a = p.actor;
  if (!p.coded || !a.code || !a.country || a.org) return null;
  const sectors = a.sectors ?? [];
  // a qualified agent ("Danish media") lends its prefix without its own sector; a country named in a modifier lends itself
  const last = sectors[sectors.length - 1];
  if (p.via === "mention" && last && a.code.endsWith(last)) return a.code.slice(0, a.code.length - last.length) || null;
  return p.via === "modifier" || p.via === "place" ? a.code : null;
}

export const SHARED_COUNTRY = defineRule({
  id: "participants.shared-country",
  stage: "participants",
  description: "a sector-only conjunct borrows the country prefix of the coordinated actor that carries the shared qualifier",
  example: "Danish media and government criticised the cartoons.",
  /**
   * `groups[i]` are the participants of argument head `heads[i]`; returns them with sector-only participants
   * coordinated with a qualified one given its prefix (the others unchanged). The parser hangs a qualifier of
   * the whole coordination on one conjunct only: the first for a word before it, the last for a phrase after it.
   */
  apply(tree: Tree, heads: readonly number[], groups: Participant[][]): Participant[][] {
    if (heads.length < 2) return groups;
    return groups.map((ps, i) => {
      const h = heads[i];
      if (!ps.length || !ps.every((p) => p.coded && isGeneric(p.actor) && p.actor.code)) return ps;
      const conj = tree.conjuncts(tree.firstConjunct(h));
      if (conj.length < 2) return ps;
      const first = Math.min(...conj), last = Math.max(...conj);
      const prefixes: string[] = [];
      heads.forEach((k, j) => {
        if (j === i || !conj.includes(k)) return;
        for (const p of groups[j]) {
          const before = k === first && p.actor.start < tree.tok(first).start;
          const after = k === last && p.actor.end > tree.tok(last).end;
          const pre = before || after ? prefixOf(p) : null;
          if (pre && !prefixes.includes(pre)) prefixes.push(pre);
        }
      });
      if (!prefixes.length) return ps;
      return prefixes.flatMap((pre) => ps.map((p): Participant => ({
        ...p,
        actor: inCountry(p.actor, pre),
        rules: [...p.rules ?? [], SHARED_COUNTRY.id],
      })));
    });
  },
});

/** PETRARCH "^ ^ $": the coded actor after the verb, in word order, past the first `skip` ones. */
function nthCodedAfter(ctx: CodingContext, frame: Frame, skip: number): Participant[] {
  const tree = ctx.tree;
  const heads = [...new Set([...petrarchTargetCandidates(frame), ...objectPhraseCandidates(frame, tree), ...obliquePhraseCandidates(frame, tree)])]
    .filter((h) => h > frame.predicate).sort((a, b) => a - b);
  const found: Participant[] = [];
  const same = (a: Participant, b: Participant) => (a.actor.start === b.actor.start && a.actor.end === b.actor.end) || (!!a.actor.code && a.actor.code === b.actor.code);
  for (const h of heads) {
    const ps = ctx.participants([h], frame).filter((p) => p.coded && !found.some((f) => same(f, p)));
    if (ps.length && found.length === skip) return ps;
    if (ps.length) found.push(ps[0]);
  }
  return [];
}

export const PETRARCH_SOURCE = defineRule({
  id: "participants.petrarch-source",
  stage: "participants",
  description: "PETRARCH: with no coded subject, the source is the first actor in the words before the verb the parser hung on it, or for an agentless passive the first actor after it",
  example: "Kenya was criticized over its dispute with Uganda.",
  conventions: ["petrarch"],
  /** The sources PETRARCH takes when the subject names no coded actor ([] when it finds none either). */
  apply(ctx: CodingContext, frame: Frame, match: PatternMatch, sources: Participant[]): Participant[] {
    return (match.pattern.source ?? "subj") === "subj"
      ? ctx.firstCoded(petrarchSourceCandidates(frame, ctx.tree), frame, sources)
      : nthCodedAfter(ctx, frame, match.pattern.sourceSkip ?? 0);
  },
});


/** CAMEO codes of a truce or ceasefire, which the warring sides make together. */
const TRUCE_CODES = /^087/;

/** The two sides of the article's fighting: the pair of parties in most of its material-conflict events. */
export function conflictDyad(events: readonly { quadClass: number; source: EventActor | null; target: EventActor | null }[]): [EventActor, EventActor] | null {
  // A party is its organisation where it has one (Hamas), else its country (ISRMIL, ISRCVL → ISR).
  const party = (a: EventActor | null) => (a?.org ? a.code ?? null : a?.country ?? null);
  const counts = new Map<string, { n: number; sides: [EventActor, EventActor] }>();
  for (const e of events) {
    const [a, b] = [party(e.source), party(e.target)];
    if (e.quadClass !== 4 || !a || !b || a === b) continue;
    const key = [a, b].sort().join("|");
    const at = counts.get(key);
    if (at) at.n++;
    else counts.set(key, { n: 1, sides: a < b ? [e.source!, e.target!] : [e.target!, e.source!] });
  }
  let best: { n: number; sides: [EventActor, EventActor] } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;   // first seen wins a tie: deterministic
  if (!best) return null;
  // The side as a party, not the sector that suffered or fought ("ISRCVL" stands for Israel here).
  const asParty = (a: EventActor): EventActor => (a.org ? a : { text: a.text, start: a.start, end: a.end, code: a.country ?? a.code, country: a.country, sectors: [], org: null, person: null });
  return [asParty(best.sides[0]), asParty(best.sides[1])];
}

export const CONFLICT_PARTIES = defineRule({
  id: "participants.conflict-parties",
  stage: "participants",
  description: "a past truce or ceasefire named aside with no parties ('the only pause in the conflict, a week-long ceasefire in November') was made by the article's warring sides: the pair of parties in most of its material-conflict events",
  example: "Israeli troops shelled Rafah and Hamas fighters attacked Israeli soldiers. Since the only truce, a week-long ceasefire in November, the talks have stalled.",
  conventions: ["builtin"],
  // Whether the rule speaks for a truce noun that coded nothing: its own phrase dates it before the article
  // (read only for a truce code: resolving a date is the costly part, and most event nouns are no truce).
  apply(code: string, ownDate: () => { date: string } | null, articleDate: string): boolean {
    if (!TRUCE_CODES.test(code)) return false;
    const own = ownDate();
    return own !== null && own.date < articleDate;
  },
});

export const participantRules: readonly Rule[] = [
  NAME_READ_AS_ADVERB, APPOSITION_MEMBERS, OWN_PHRASE_BEFORE_SENTENCE_PLACE, RESIDENT_PEOPLE, MODIFIER_ACTOR, OWNER_BEFORE_PATIENT, OWNING_COUNTRY, SECTOR_TAKES_COUNTRY, REBELS_WHERE_THEY_OPERATE,
  VENUE_NOT_PARTY, RELATIVE_ANTECEDENT, PRONOUN_ANTECEDENT, OWNED_BY_PRONOUN, SHARED_COUNTRY, UNDERGONE_ACT, PETRARCH_SOURCE, CONFLICT_PARTIES,
];
