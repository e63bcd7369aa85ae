// Responses and positions: a stance trigger of stances.tsv ("rejected", "approved", "unacceptable",
// "see space", "Pyongyang's demand") that touches a proposal or the talks, the party that holds it (its
// subject, its possessor, or the speaker of the sentence), the proposal it answers, and the conditions
// it names. A trigger under "urge"/"call on" is someone else's demand and is left out.
import type { NegotiationParty, NegotiationResponse, Proposal, StanceClass } from "../text/annotations.js";
import type { NegotiationLexicon, StanceNeed, StanceTrigger } from "./lexicon.js";
import { readTerms } from "./terms.js";
import { sameParty, type DocView } from "./view.js";
import { CONDITIONAL_THREAT, NEGATED_STANCE, PHRASAL_STANCE_VERB, PROPOSAL_PRONOUN, ULTIMATUM_CLAUSE, UNDERTAKING_CLAUSE, URGED_ACT } from "./rules.js";

const ROOM = new Set(["room", "space", "scope", "chance"]);
const GAP = new Set(["gap", "difference"]);
const RESERVED = new Set(["reluctance", "reluctant", "hesitant", "hesitation"]);

/**
 * The stance trigger on token i. A verb with a particle is looked up as the phrasal verb first ("turned
 * down", "go along with": rule phrasal-stance-verb), so that "turn down" is a rejection and "turn" alone is nothing.
 */
function trigger(v: DocView, i: number, lex: NegotiationLexicon): StanceTrigger | undefined {
  const pos = v.tokens[i].upos === "PROPN" ? "NOUN" : v.tokens[i].upos;
  if (pos === "VERB" && v.rules.on(PHRASAL_STANCE_VERB)) {
    for (const c of v.children(i, /^(compound:prt|advmod)$/)) {
      const phrasal = lex.stances.get(`${v.lemma(i)} ${v.lemma(c)}/VERB`);
      if (phrasal) return phrasal;
    }
  }
  return lex.stances.get(`${v.lemma(i)}/${pos}`);
}

/**
 * A pronoun standing for a proposal named just before (rule proposal-pronoun): "it", "that" or "this"
 * after a proposal mention in the same or the previous sentence ("Gorbachev proposed a zone, but the U.S.
 * wouldn't consider that"). The proposal's index, or null.
 */
export function pronounProposal(v: DocView, h: number, proposals: readonly Proposal[], lex: NegotiationLexicon): number | null {
  const t = v.tokens[h];
  if (!v.rules.on(PROPOSAL_PRONOUN) || t.upos !== "PRON" || !lex.words["proposal-pronouns"].has(v.lemma(h)) || /^(nsubj|expl)/.test(t.deprel) && v.tokens[t.head]?.upos === "VERB") return null;
  const from = v.doc.sentences[Math.max(0, t.sent - 1)].start;
  let best: number | null = null;
  let bestStart = -1;
  proposals.forEach((p, k) => {
    for (const m of p.mentions) if (m.start >= from && m.end <= t.start && m.start > bestStart) [best, bestStart] = [k, m.start];
  });
  return best;
}

/**
 * Need "clause" (rule undertaking-clause): a complement clause of the trigger whose subject names a party
 * and which undertakes an act, by a modal ("agreed that NATO would not expand") or a bare verb after "that"
 * ("demanded that Beijing remove them").
 */
function undertakingClause(v: DocView, i: number, lex: NegotiationLexicon): boolean {
  return v.children(i, /^ccomp$/).some((c) => {
    if (!v.parties(v.children(c, /^nsubj/)).length) return false;
    const modal = v.children(c, /^aux$/).some((a) => lex.words["undertaking-modals"].has(v.lemma(a)));
    const bare = v.tokens[c].xpos === "VB" && v.children(c, /^mark$/).some((m) => v.lemma(m) === "that") && !v.children(c, /^aux/).length;
    return modal || bare;
  });
}

/** The argument heads of a predicate: its frame's objects, obliques and complements (subjects too for adjectives), with conjuncts. */
function argumentsOf(v: DocView, i: number): number[] {
  const f = v.frame(i);
  const heads = f
    ? [...f.objects, ...f.obliques.flatMap((o) => o.heads), ...f.objectObliques.flatMap((o) => o.heads), ...f.complements, ...(v.tokens[i].upos === "VERB" ? [] : f.subjects)]
    : v.children(i, /^(obj|obl|nmod|nsubj|xcomp|ccomp|iobj)/);
  if (/^acl/.test(v.tokens[i].deprel)) heads.push(v.tokens[i].head);
  return [...new Set(heads.flatMap((h) => v.conjuncts(h)))];
}

function touchesTopic(v: DocView, heads: number[], proposalHeads: Map<number, number>, lex: NegotiationLexicon, proposals: readonly Proposal[]): boolean {
  return heads.some((h) => proposalHeads.has(h) || lex.words["topic-nouns"].has(v.lemma(h)) || pronounProposal(v, h, proposals, lex) !== null ||
    v.children(h, /^(nmod|compound|acl)/).some((c) => proposalHeads.has(c) || lex.words["topic-nouns"].has(v.lemma(c))));
}

function governors(v: DocView, i: number, depth: number): number[] {
  const out: number[] = [];
  for (let g = v.tokens[i].head, k = 0; g >= 0 && k < depth; g = v.tokens[g].head, k++) out.push(g);
  return out;
}

/** The first of the trigger's needs that holds, or null. */
function needHeld(v: DocView, i: number, t: StanceTrigger, proposalHeads: Map<number, number>, lex: NegotiationLexicon, proposals: readonly Proposal[]): StanceNeed | null {
  return t.needs.find((n) => needHolds(v, i, n, t, proposalHeads, lex, proposals)) ?? null;
}

function needHolds(v: DocView, i: number, need: StanceNeed, t: StanceTrigger, proposalHeads: Map<number, number>, lex: NegotiationLexicon, proposals: readonly Proposal[]): boolean {
  const args = argumentsOf(v, i);
  const sentence = v.sentenceText(v.tokens[i].sent);
  switch (need) {
    case "clause":
      return v.rules.on(UNDERTAKING_CLAUSE) && undertakingClause(v, i, lex);
    case "topic":
      if (touchesTopic(v, args, proposalHeads, lex, proposals)) return true;
      // an adjective said of a proposal through its governor: "calling it delusional" under "rejected Hamas' latest offer"
      return t.pos === "ADJ" && governors(v, i, 2).some((g) => touchesTopic(v, argumentsOf(v, g), proposalHeads, lex, proposals));
    case "space":
      return args.some((h) => ROOM.has(v.lemma(h))) && /negotiat|agreement|deal|talks/i.test(sentence);
    case "gap":
      return [...args, ...v.children(i, /^nsubj/), ...governors(v, i, 1).flatMap((g) => argumentsOf(v, g))].some((h) => GAP.has(v.lemma(h)));
    case "poss":
      return v.children(i, /^nmod:poss$/).length > 0 && v.children(i, /^(nmod|acl|ccomp)/).length > 0;
    case "if": {
      const sub = v.subtree(i);
      return sub.some((k) => v.lemma(k) === "if") && sub.some((k) => lex.words["topic-nouns"].has(v.lemma(k)));
    }
    case "exchange": {
      const sub = v.subtree(i);
      return sub.some((k) => v.lemma(k) === "exchange") && sub.some((k) => lex.words["topic-nouns"].has(v.lemma(k)));
    }
    case "from": {
      const s = v.tokens[i].sent;
      return v.parties(v.withCase(i, "from").flatMap((h) => v.conjuncts(h))).length > 0 && proposals.some((p) => p.mentions.some((m) => m.sentence === s || m.sentence === s - 1));
    }
    case "seek": {
      const g = v.tokens[i].head;
      return g >= 0 && v.tokens[i].deprel === "obj" && lex.words["seek-verbs"].has(v.lemma(g));
    }
    case "answer": {
      // no object: it answers the proposal named before it in its sentence ("the Chinese side proposed …, but the European side refused")
      const s = v.tokens[i].sent;
      return !argumentsOf(v, i).length && proposals.some((p) => p.mentions.some((m) => m.sentence === s && m.end <= v.tokens[i].start));
    }
    case "talks":
      return v.subjectsOf(i).some((h) => lex.words["meeting-nouns"].has(v.lemma(h))) && v.children(i, /^aux$/).some((a) => lex.words["wish-modals"].has(v.lemma(a)));
  }
}

/** The first subject naming a party up the clause chain from i ("China calls on parties … to find a solution"). */
function chainParty(v: DocView, i: number): NegotiationParty[] {
  for (const g of governors(v, i, 6)) {
    const p = v.parties(v.subjectsOf(g).flatMap((h) => v.conjuncts(h)), v.tokens[i].sent);
    if (p.length) return p;
  }
  return [];
}

/** Who holds the stance. */
function partyOf(v: DocView, i: number, t: StanceTrigger, proposalHeads: Map<number, number>, lex: NegotiationLexicon, need: StanceNeed): { party: NegotiationParty[]; viaSpeaker: boolean } {
  const s = v.tokens[i].sent;
  const f = v.frame(i);
  let heads: number[] = [];
  if (need === "from") heads = v.withCase(i, "from");
  else if (need === "seek") {
    const chain = chainParty(v, i);
    if (chain.length) return { party: chain, viaSpeaker: false };
  } else if (t.pos === "NOUN") heads = v.children(i, /^nmod:poss$/);
  else if (t.pos === "ADJ") {
    const own = f?.subjects ?? v.children(i, /^nsubj/);
    const isThing = own.some((h) => proposalHeads.has(h) || lex.words["topic-nouns"].has(v.lemma(h)) || v.tokens[h].upos === "PRON");
    heads = own.length && !isThing ? own : governors(v, i, 2).flatMap((g) => v.frame(g)?.subjects ?? v.children(g, /^nsubj/)).slice(0, 1);
  } else {
    const subjects = v.subjectsOf(i);
    // the proposal itself as subject ("an Asian NATO that would consider sharing …") holds no stance
    if (subjects.some((h) => proposalHeads.has(h))) return { party: [], viaSpeaker: false };
    heads = subjects.length ? subjects : v.children(i, /^obl:agent$/);
    if (!heads.length && /^acl/.test(v.tokens[i].deprel)) heads = v.children(i, /^obl/).filter((k) => v.withCase(i, "by").includes(k));
  }
  const party = v.parties(heads.flatMap((h) => v.conjuncts(h)), s);
  if (party.length) return { party, viaSpeaker: false };
  return { party: v.speaker(s), viaSpeaker: true };
}

function linkedProposal(v: DocView, i: number, party: NegotiationParty, proposals: Proposal[], heads: Map<number, number>, cls: StanceClass, need: StanceNeed, lex: NegotiationLexicon): number | null {
  const near = [...argumentsOf(v, i), ...governors(v, i, 2).flatMap((g) => argumentsOf(v, g))];
  for (const h of near) {
    if (heads.has(h)) return heads.get(h)!;
    for (const c of v.children(h, /^(nmod|compound)/)) if (heads.has(c)) return heads.get(c)!;
  }
  for (const h of argumentsOf(v, i)) {
    const k = pronounProposal(v, h, proposals, lex);
    if (k !== null) return k;
  }
  // an undertaking in a clause answers the clause, not an offer on the table
  if (cls === "conditions" || need === "clause") return null;
  const at = v.tokens[i].start;
  let best: number | null = null;
  let bestStart = -1;
  proposals.forEach((p, k) => {
    if (p.proposers.some((q) => sameParty(q, party))) return;
    const seen = p.mentions.filter((m) => m.start <= v.doc.sentences[v.tokens[i].sent].end).map((m) => m.start);
    const last = seen.length ? Math.max(...seen) : -1;
    if (last > bestStart && last <= Math.max(at, v.doc.sentences[v.tokens[i].sent].end)) [best, bestStart] = [k, last];
  });
  return best;
}

export function findResponses(v: DocView, lex: NegotiationLexicon, proposals: Proposal[], heads: Map<number, number>): NegotiationResponse[] {
  const out: NegotiationResponse[] = [];
  for (const tok of v.tokens) {
    const i = tok.i;
    const t = trigger(v, i, lex);
    const need = t ? needHeld(v, i, t, heads, lex, proposals) : null;
    if (!t || !need) continue;
    // (a solution sought under "call on … to find" is the caller's wish: its party is found up the chain)
    if (need !== "seek" && governors(v, i, 2).some((g) => lex.words["urge-verbs"].has(v.lemma(g)) && v.tokens[g].upos === "VERB")) continue;
    const f = v.frame(i);
    let stance = t.stance;
    let cls = t.stanceClass;
    const negated = f?.negated ?? v.children(i, /^advmod$/).some((c) => /^(not|n't|never)$/i.test(v.tokens[c].text));
    // rule negated-stance: the trigger's "negated" class ("wouldn't consider that": reject), or no answer
    if (negated) {
      // with the rule off, the old reading: a negated acceptance is a rejection, any other negated stance no answer
      const as = v.rules.on(NEGATED_STANCE) ? t.negated : cls === "accept" ? "reject" : null;
      if (!as) continue;
      [stance, cls] = [`does not ${t.lemma}`, as];
    }
    const after = v.doc.text.slice(tok.end, v.doc.sentences[tok.sent].end);
    if (cls === "accept" && (/\bin principle\b|\bbut\b[^.]*\b(need|remain|detail|condition|question)/i.test(after) ||
      governors(v, i, 2).some((g) => RESERVED.has(v.lemma(g)) || v.children(g).some((c) => RESERVED.has(v.lemma(c)))))) {
      [stance, cls] = [`${t.stance} with reservations`, "conditions"];
    }
    const { party, viaSpeaker } = partyOf(v, i, t, heads, lex, need);
    if (!party.length) continue;
    const sub = v.subtree(i);
    const stretch = cls === "conditions" ? { start: v.tokens[Math.min(...sub)].start, end: v.tokens[Math.max(...sub)].end } : null;
    let conditions = stretch ? readTerms(v.doc.text, stretch, lex.terms) : [];
    // the parser may hang the position's clause elsewhere ("insistence that it would discuss only a temporary halt")
    if (stretch && !conditions.length) conditions = readTerms(v.doc.text, { start: tok.start, end: v.doc.sentences[tok.sent].end }, lex.terms);
    for (const p of party) {
      const proposal = linkedProposal(v, i, p, proposals, heads, cls, need, lex);
      add(v, out, proposals, { i, party: p, viaSpeaker, stance, cls, proposal, conditions, rule: t.rule, dateAt: t.pos === "ADJ" && tok.head >= 0 ? tok.head : i });
    }
  }
  if (v.rules.on(URGED_ACT)) urgedActs(v, lex, proposals, heads, out);
  if (v.rules.on(CONDITIONAL_THREAT)) conditionalThreats(v, lex, proposals, out);
  if (v.rules.on(ULTIMATUM_CLAUSE)) defiedUltimatums(v, lex, proposals, heads, out);
  return out;
}

/**
 * Rule ultimatum-clause, the answer: an ultimatum demanding that something stop ("if the enemy does not stop
 * the propaganda broadcast within 48 hours") is rejected by saying that it will go on ("South Korea says the
 * broadcasts will continue"); the party is the subject's, else the speaker's.
 */
function defiedUltimatums(v: DocView, lex: NegotiationLexicon, proposals: readonly Proposal[], heads: Map<number, number>, out: NegotiationResponse[]): void {
  const w = lex.words;
  for (const [h, k] of heads) {
    const t = v.tokens[h];
    if (t.upos !== "VERB" || !w["stop-verbs"].has(v.lemma(h)) || !v.children(h, /^mark$/).some((m) => v.lemma(m) === "if")) continue;
    // what is to stop: the object ("stop the broadcast"), or the subject of an intransitive stop ("if the broadcasts do not stop")
    const things = new Set([...v.children(h, /^obj$/), ...(v.children(h, /^obj$/).length ? [] : v.subjectsOf(h))].map((x) => v.lemma(x)));
    for (const c of v.tokens) {
      if (c.start <= t.start || c.upos !== "VERB" || !w["go-on-verbs"].has(v.lemma(c.i)) || v.frame(c.i)?.negated) continue;
      if (!v.subjectsOf(c.i).some((s) => things.has(v.lemma(s)))) continue;
      const { party, viaSpeaker } = subjectParty(v, c.i);
      for (const p of party) add(v, out, proposals, { i: c.i, party: p, viaSpeaker, stance: "says it will go on", cls: "reject", proposal: k, conditions: [], rule: ULTIMATUM_CLAUSE.id, dateAt: c.i });
    }
  }
}

interface Found {
  i: number;
  party: NegotiationParty;
  viaSpeaker: boolean;
  stance: string;
  cls: StanceClass;
  proposal: number | null;
  conditions: NegotiationResponse["conditions"];
  rule: string;
  dateAt: number;
}

function add(v: DocView, out: NegotiationResponse[], proposals: readonly Proposal[], x: Found): void {
  const { i, party: p, proposal, cls } = x;
  const s = v.tokens[i].sent;
  if (proposal !== null && proposals[proposal].proposers.some((q) => sameParty(q, p)) && cls !== "accept") return;
  // one answer per party, stance and proposal; positions (no proposal) stay apart by sentence: each is a sticking point
  if (out.some((r) => r.party.key === p.key && r.stanceClass === cls && r.proposal === proposal && (proposal !== null || r.sentence === s))) return;
  const speaker = v.speakerSpan(s);
  out.push({
    sentence: s, party: p, stance: x.stance, stanceClass: cls, proposal, date: v.dateAt(x.dateAt),
    speaker: x.viaSpeaker || (speaker && speaker.text !== p.text) ? speaker : null,
    modality: v.frame(i)?.modality ?? "asserted", trigger: v.span(i), conditions: x.conditions, evidence: v.sentenceSpan(s), rule: x.rule,
  });
}

/** The proposal token h names: a mention's head, or a noun whose lemma is a word of a proposal named before ("the tariffs" after "a tariff increase"). */
function namedProposal(v: DocView, h: number, proposals: readonly Proposal[], heads: Map<number, number>): number | null {
  if (heads.has(h)) return heads.get(h)!;
  const lemma = v.lemma(h);
  const at = v.tokens[h].start;
  for (let k = proposals.length - 1; k >= 0; k--) {
    for (const m of proposals[k].mentions) {
      if (m.start >= at) continue;
      if (v.tokens.some((t) => t.start >= m.start && t.end <= m.end && t.upos === "NOUN" && v.lemma(t.i) === lemma)) return k;
    }
  }
  return null;
}

/** The party of a predicate's subjects, else of the sentence's speaker. */
function subjectParty(v: DocView, i: number): { party: NegotiationParty[]; viaSpeaker: boolean } {
  const s = v.tokens[i].sent;
  const party = v.parties(v.subjectsOf(i).flatMap((h) => v.conjuncts(h)), s);
  return party.length ? { party, viaSpeaker: false } : { party: v.speaker(s), viaSpeaker: true };
}

/**
 * Rule urged-act: "X urged Y to V" is X's demand; when V undoes a proposal ("lobby the EU to abandon the
 * tariffs", "urge the Commission to reconsider raising tariffs") X rejects that proposal. An act that holds a
 * stance trigger of its own ("calls on parties … to find a solution") is that trigger's, not a demand.
 */
function urgedActs(v: DocView, lex: NegotiationLexicon, proposals: readonly Proposal[], heads: Map<number, number>, out: NegotiationResponse[]): void {
  const w = lex.words;
  for (const u of v.tokens) {
    if (u.upos !== "VERB" || !w["appeal-verbs"].has(v.lemma(u.i))) continue;
    if (v.lemma(u.i) === "call" && !v.withCase(u.i, "on").length) continue;
    const act = v.children(u.i, /^(xcomp|advcl)$/).find((c) => /^(VERB|ADJ)$/.test(v.tokens[c].upos) && (v.tokens[c].deprel === "xcomp" || v.children(c, /^mark$/).some((m) => v.lemma(m) === "to")));
    if (act === undefined) continue;
    if (v.subtree(act).some((k) => trigger(v, k, lex)?.stanceClass === "positive")) continue;
    const { party, viaSpeaker } = subjectParty(v, u.i);
    // a demand is made of another party: Hamas urging Palestinian factions to fight on makes none
    const addressees = v.parties(v.children(u.i, /^(obj|obl)$/).flatMap((o) => v.conjuncts(o)));
    if (!addressees.length || addressees.every((a) => party.some((p) => sameParty(a, p)))) continue;
    let cls: StanceClass = "conditions";
    let stance = `urges ${v.lemma(act)}`;
    let proposal: number | null = null;
    const named = v.children(act, /^obj$/).flatMap((o) => v.conjuncts(o)).map((o) => namedProposal(v, o, proposals, heads)).find((k) => k !== null) ?? null;
    const sub = v.subtree(act);
    let conditions: NegotiationResponse["conditions"] = [];
    // undoing a proposal rejects it; accepting one ("urged Russia to accept the ceasefire") supports it
    if (named !== null && w["reversal-verbs"].has(v.lemma(act))) [cls, stance, proposal] = ["reject", `urges to ${v.lemma(act)}`, named];
    else if (named !== null && trigger(v, act, lex)?.stanceClass === "accept") [cls, stance, proposal] = ["accept", `urges to ${v.lemma(act)}`, named];
    else {
      // a call to talk or to make peace ("to engage in discussions", "to focus on ending the war") sets no condition
      if (sub.some((k) => w["topic-nouns"].has(v.lemma(k)) || w["meeting-nouns"].has(v.lemma(k)))) continue;
      conditions = readTerms(v.doc.text, { start: v.tokens[Math.min(...sub)].start, end: v.tokens[Math.max(...sub)].end }, lex.terms);
      if (conditions.some((x) => x.kind === "end_of_war")) continue;
    }
    for (const p of party) add(v, out, proposals, { i: u.i, party: p, viaSpeaker, stance, cls, proposal, conditions, rule: URGED_ACT.id, dateAt: u.i });
  }
}

/**
 * Rule conditional-threat: a coercive act coded as an event (CAMEO roots of coercive-roots) that is intended or
 * hypothetical and hangs on an "if" clause ("he will impose the 200% tariff if Europe follows through") or on a
 * verb of threatening ("Beijing has hinted that it could retaliate") is its source's conditions.
 */
function conditionalThreats(v: DocView, lex: NegotiationLexicon, proposals: readonly Proposal[], out: NegotiationResponse[]): void {
  const w = lex.words;
  for (const e of v.doc.events) {
    if (!w["coercive-roots"].has(e.root) || (e.modality !== "intended" && e.modality !== "hypothetical")) continue;
    const i = v.tokens.findIndex((t) => t.start === e.trigger.start);
    if (i < 0 || v.tokens[i].upos !== "VERB") continue;
    const isIf = (c: number) => /^advcl/.test(v.tokens[c].deprel) && v.children(c, /^mark$/).some((m) => v.lemma(m) === "if");
    // the act in the "if" clause is the condition, not the threat ("threatened to end the talks if South Korea held the drills")
    if ([i, ...governors(v, i, 2)].some(isIf)) continue;
    const iffy = v.conjuncts(i).some((k) => v.children(k).some(isIf));
    const threat = governors(v, i, 2).find((g) => w["threat-verbs"].has(v.lemma(g)));
    if (!iffy && threat === undefined) continue;
    let { party, viaSpeaker } = subjectParty(v, i);
    if (threat !== undefined && !iffy) {
      // under a verb of threatening, the one who threatens is the one who would act ("Beijing has hinted that it could retaliate")
      const threatener = subjectParty(v, threat);
      if (!party.length) ({ party, viaSpeaker } = threatener);
      else if (!party.some((p) => threatener.party.some((q) => sameParty(p, q)))) continue;
    }
    for (const p of party) add(v, out, proposals, { i, party: p, viaSpeaker, stance: iffy ? "threatens if" : "threatens", cls: "conditions", proposal: null, conditions: [], rule: CONDITIONAL_THREAT.id, dateAt: i });
  }
}
