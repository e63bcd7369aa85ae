// Proposals within one article: the nouns that name an offer, plan, framework or request, who proposed,
// drew up, carried and received it, and which mentions are one proposal ("Hamas' latest offer" … "The
// Hamas offer" … "the Hamas plan"). A definite mention refers back to the last proposal of the same
// proposer; an indefinite one, or one marked revised or counter, opens a new proposal.
import type { EventRecord, NegotiationParty, Proposal, ProposalRelationType, TextSpan } from "../text/annotations.js";
import type { NegotiationLexicon } from "./lexicon.js";
import { readTerms } from "./terms.js";
import { sameParty, type DocView } from "./view.js";
import { MEDIA_NOT_PARTY, NEW_PROPOSED_CONTENT, NOT_A_PROPOSAL, PROPOSAL_ELABORATION, PROPOSING_CLAUSE, REQUEST_OBJECT, ULTIMATUM_CLAUSE, VOTE_OBJECT } from "./rules.js";

interface Candidate {
  head: number;
  sentence: number;
  span: TextSpan;
  definite: boolean;
  revision: boolean;
  counter: boolean;
  /** An indefinite plural ("several requests"): offers of their own, not the one named before. */
  freshPlural: boolean;
  proposers: NegotiationParty[];
  drafters: NegotiationParty[];
  mediators: NegotiationParty[];
  recipients: NegotiationParty[];
  steps: Proposal["steps"];
  /** The proposing verb governs it: the sentence describes its content. */
  proposed: boolean;
  /** Its noun always names an offer ("proposal", "offer"), rather than only here ("a ceasefire" proposed). */
  offerNoun: boolean;
  /** What a proposing verb takes, named by no offer or context noun ("proposed the missile defense systems"): rule new-proposed-content. */
  fresh: boolean;
  /** A clause, not a noun: "proposed to set a minimum price" (proposing-clause), "if … does not stop … within 48 hours" (ultimatum-clause). */
  clause: boolean;
}

const LEFT = /^(det|amod|compound|nmod:poss|nummod|det:poss)$/;

/** Adds parties not there yet; a country gives way to an organisation of it (PSE to Hamas, PSEREBHMS). */
function mergeParties(into: NegotiationParty[], more: readonly NegotiationParty[]): void {
  for (const p of more) {
    const k = into.findIndex((q) => sameParty(q, p));
    if (k < 0) into.push(p);
    else if (into[k].key === p.code?.slice(0, 3) && p.key !== into[k].key) into[k] = p;
  }
}

const overlaps = (a: readonly NegotiationParty[], b: readonly NegotiationParty[]) => a.some((p) => b.some((q) => sameParty(p, q)));

/** The stance trigger lemmas: verbs that answer their object make a context noun a proposal ("rejected the deal"). */
function answeringVerbs(lex: NegotiationLexicon): Set<string> {
  return new Set([...lex.stances.values()].filter((s) => s.pos === "VERB").map((s) => s.lemma));
}

/** A token the actor layer names as a party (or a news outlet): "the U.S." is no proposal put to a vote. */
const namesActor = (v: DocView, i: number) => v.mentionsAt(i).some((m) => m.headToken === i);

/** Rule proposing-clause: the verb of a clause under "propose"/"advocate for" with no proposal noun in it. */
function proposingClause(v: DocView, i: number, lex: NegotiationLexicon): boolean {
  const t = v.tokens[i];
  if (!v.rules.on(PROPOSING_CLAUSE) || t.upos !== "VERB" || t.head < 0 || !lex.words["clause-proposing-verbs"].has(v.lemma(t.head))) return false;
  const marks = v.children(i, /^mark$/).map((m) => v.lemma(m));
  if (!(t.deprel === "xcomp" || (/^advcl/.test(t.deprel) && marks.includes("for")))) return false;
  if (v.subtree(i).some((k) => lex.words["proposal-nouns"].has(v.lemma(k)))) return false;
  // a pronoun saying it tells more of the proposal named before (rule proposal-elaboration)
  return !v.subjectsOf(t.head).some((h) => v.tokens[h].upos === "PRON");
}

/** Rule ultimatum-clause: a negated "if" clause with a deadline ("within 48 hours", "by Friday"). */
function ultimatumClause(v: DocView, i: number): boolean {
  const t = v.tokens[i];
  if (!v.rules.on(ULTIMATUM_CLAUSE) || t.upos !== "VERB" || !/^advcl/.test(t.deprel) || !v.children(i, /^mark$/).some((m) => v.lemma(m) === "if")) return false;
  if (!v.children(i, /^advmod$/).some((c) => /^(not|n't|never)$/i.test(v.tokens[c].text))) return false;
  return v.withCase(i, "within").length > 0 || v.withCase(i, "by").some((k) => v.tokens[k].upos === "PROPN" || v.children(k, /^nummod$/).length > 0);
}

function isCandidate(v: DocView, i: number, lex: NegotiationLexicon, answering: Set<string>): boolean {
  const t = v.tokens[i];
  const w = lex.words;
  if (proposingClause(v, i, lex) || ultimatumClause(v, i)) return true;
  if (t.upos !== "NOUN" && t.upos !== "PROPN") return false;
  if (t.deprel === "compound") return false;
  const lemma = v.lemma(i);
  const gov = t.head >= 0 ? v.lemma(t.head) : "";
  const govPos = t.head >= 0 ? v.tokens[t.head].upos : "";
  if (w["proposal-nouns"].has(lemma)) {
    if (lemma === "offer" && t.upos !== "NOUN") return false;
    // rule named-or-signed-not-proposal: a word of a name ("the NEXT Alliance Initiative"), or a done agreement ("the draft signed between …")
    if (v.rules.on(NOT_A_PROPOSAL)) {
      const midSentence = v.doc.sentences[t.sent].start !== t.start;
      if (midSentence && /^\p{Lu}/u.test(t.text)) return false;
      if (v.children(i, /^acl/).some((a) => w["agreement-verbs"].has(v.lemma(a)))) return false;
    }
    return true;
  }
  if (t.head >= 0 && govPos === "VERB" && w["request-verbs"].has(gov) && v.withCase(t.head, "for").includes(i)) return true;
  // rule vote-object: what is put to a vote ("vote on a tariff increase", "vote against the tariff plan")
  if (v.rules.on(VOTE_OBJECT) && t.upos === "NOUN" && govPos === "VERB" && w["vote-verbs"].has(gov) && !namesActor(v, i) &&
    [...w["vote-cases"]].some((c) => v.withCase(t.head, c).includes(i))) return true;
  // rule request-object: "Canada requested consultations with the U.S." coded as an appeal (CAMEO 02) to another party
  if (v.rules.on(REQUEST_OBJECT) && t.upos === "NOUN" && govPos === "VERB" && w["request-verbs"].has(gov) && t.deprel === "obj" && !namesActor(v, i) &&
    requestEvent(v, t.head) !== null) return true;
  // whatever "propose" takes as its object is a proposal ("Gorbachev proposed a nuclear free weapons zone")
  if (t.upos === "NOUN" && t.head >= 0 && govPos === "VERB" && w["offer-verbs"].has(gov) && /^(obj|nsubj:pass)$/.test(t.deprel)) return true;
  if (!w["context-nouns"].has(lemma)) return false;
  const mods = v.children(i, /^(amod|compound|acl)$/).map((c) => v.lemma(c));
  if (mods.includes("propose")) return true;
  if (lemma === "text") return mods.some((m) => w["revision-marks"].has(m));
  if (/^(obj|nsubj:pass)$/.test(t.deprel) && govPos === "VERB") {
    // rule media-not-party: a plan a news outlet answers ("refusing to support his tariff plans") is no offer between parties
    if (answering.has(gov) && v.rules.on(MEDIA_NOT_PARTY) && v.subjectsOf(t.head).some((h) => v.mentionsAt(h).some((m) => v.isMedia(m)))) return false;
    return w["propose-verbs"].has(gov) || answering.has(gov) || w["deliver-verbs"].has(gov);
  }
  return false;
}

/** The appeal event (CAMEO 02) coded on verb i whose target is a party other than its source, or null. */
function requestEvent(v: DocView, i: number): EventRecord | null {
  const t = v.tokens[i];
  return v.doc.events.find((e) => e.root === "02" && e.trigger.start <= t.start && t.start < e.trigger.end && !!e.target?.code && e.target.code !== e.source?.code) ?? null;
}

function candidateAt(v: DocView, i: number, lex: NegotiationLexicon): Candidate {
  const w = lex.words;
  const t = v.tokens[i];
  const clause = t.upos === "VERB";
  const left = [i, ...v.children(i, LEFT).flatMap((c) => v.subtree(c))].filter((k) => k <= i);
  // a clause is named by all its words ("to set a minimum import price", "if the enemy does not stop … within 48 hours")
  const whole = v.subtree(i);
  const span = clause ? v.span(Math.min(...whole), Math.max(...whole)) : v.span(Math.min(...left), i);
  const poss = v.children(i, /^nmod:poss$/);
  const firstDet = v.children(i, /^det/).map((c) => v.lemma(c));
  const mods = v.children(i, /^(amod|compound)$/);
  const modLemmas = mods.map((c) => v.lemma(c));
  const c: Candidate = {
    head: i, sentence: t.sent, span,
    definite: poss.length > 0 || firstDet.some((d) => w["definite-marks"].has(d)),
    revision: modLemmas.some((m) => w["revision-marks"].has(m)),
    counter: w["counter-marks"].has(v.lemma(i)) || modLemmas.some((m) => w["counter-marks"].has(m)),
    freshPlural: false,
    proposers: [], drafters: [], mediators: [], recipients: [], steps: [], proposed: false, offerNoun: w["proposal-nouns"].has(v.lemma(i)),
    fresh: false, clause,
  };
  // who: the possessor, a naming modifier ("The Hamas offer", "a Chinese and Russian proposal"), the proposing verb's subject
  mergeParties(c.proposers, v.parties(poss.flatMap((p) => v.conjuncts(p))));
  if (poss.length && !c.proposers.length) mergeParties(c.proposers, rootSubjectParties(v, t.sent));
  mergeParties(c.proposers, v.parties(mods.flatMap((m) => v.conjuncts(m))));
  for (const m of v.children(i, /^(amod|acl)$/).filter((k) => v.lemma(k) === "propose")) mergeParties(c.proposers, v.parties(v.children(m).flatMap((k) => v.conjuncts(k))));
  if (t.head >= 0) {
    const gov = v.lemma(t.head);
    const govIsVerb = v.tokens[t.head].upos === "VERB";
    const proposing = w["propose-verbs"].has(gov) || w["request-verbs"].has(gov) || (clause && w["clause-proposing-verbs"].has(gov));
    if (govIsVerb && proposing && (/^(obj|obl|nsubj:pass)/.test(t.deprel) || (clause && /^(xcomp|advcl)/.test(t.deprel)))) {
      const f = v.frame(t.head);
      // a subject after an active verb is a parser slip ("Kim asked Trump for …" taking Trump as a subject too)
      const subjects = (f?.subjects ?? v.children(t.head, /^nsubj$/)).filter((h) => f?.voice === "passive" || h < t.head);
      mergeParties(c.proposers, v.parties(subjects, t.sent));
      c.proposed = true;
      c.steps.push({ step: w["request-verbs"].has(gov) ? "requested" : gov === "present" ? "presented" : "proposed", date: v.dateAt(t.head), evidence: v.span(t.head) });
      // the addressee of a request coded as an appeal (rule request-object)
      const e = w["request-verbs"].has(gov) ? requestEvent(v, t.head) : null;
      const target = e?.target ? v.doc.mentions.find((m) => m.start <= e.target!.start && e.target!.start < m.end) : undefined;
      if (target) mergeParties(c.recipients, v.parties([target.headToken]));
    }
    // an ultimatum: proposed by the party of the clause it hangs on, to its own subject's party
    if (clause && !c.proposed) {
      for (let g = t.head, k = 0; g >= 0 && k < 4 && !c.proposers.length; g = v.tokens[g].head, k++) mergeParties(c.proposers, v.parties(v.subjectsOf(g), t.sent));
      mergeParties(c.recipients, v.parties(v.subjectsOf(i)));
      c.proposed = true;
    }
  }
  c.fresh = v.rules.on(NEW_PROPOSED_CONTENT) && c.proposed && (clause || (!c.offerNoun && !w["context-nouns"].has(v.lemma(i))));
  // drawn up by …; delivered to … by …
  for (const a of v.children(i, /^acl/)) {
    if (lex.words["draft-verbs"].has(v.lemma(a))) {
      const agents = v.children(a, /^obl:agent$/).flatMap((k) => v.conjuncts(k));
      mergeParties(c.drafters, v.parties(agents));
      c.steps.push({ step: "drafted", date: v.dateAt(a), evidence: v.span(a) });
    }
  }
  const s = v.doc.sentences[t.sent];
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    if (!w["deliver-verbs"].has(v.lemma(k)) || v.tokens[k].upos !== "VERB") continue;
    // only a delivering verb that hangs on this proposal, or takes it as object
    const chain: number[] = [];
    for (let g = v.tokens[k].head; g >= 0 && chain.length < 6; g = v.tokens[g].head) chain.push(g);
    if (!chain.includes(i) && !v.children(k, /^(obj|nsubj:pass)$/).includes(i)) continue;
    mergeParties(c.recipients, v.parties(v.withCase(k, "to").flatMap((x) => v.conjuncts(x))));
    mergeParties(c.mediators, v.parties(v.withCase(k, "by").flatMap((x) => v.conjuncts(x))));
    c.steps.push({ step: "delivered", date: v.dateAt(k), evidence: v.span(k) });
  }
  if (!c.proposers.length) mergeParties(c.proposers, c.drafters);
  c.freshPlural = !c.definite && t.text.toLowerCase() !== v.lemma(i) && /s$/i.test(t.text) && !v.children(i, /^det/).length;
  return c;
}

/** The parties of the subject of the sentence's main verb ("The United States warned … as Tehran rejected its offer"). */
function rootSubjectParties(v: DocView, sentence: number): NegotiationParty[] {
  const s = v.doc.sentences[sentence];
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    if (v.tokens[k].head === -1) return v.parties(v.frame(k)?.subjects ?? v.children(k, /^nsubj/));
  }
  return [];
}

/** "The Hamas offer was a response to a proposal …": pairs (answering head, answered head). */
function responsePairs(v: DocView, heads: Set<number>, lex: NegotiationLexicon): [number, number][] {
  const out: [number, number][] = [];
  for (const t of v.tokens) {
    if (!lex.words["response-nouns"].has(v.lemma(t.i))) continue;
    const subj = v.children(t.i, /^nsubj/).find((k) => heads.has(k));
    const to = v.withCase(t.i, "to").find((k) => heads.has(k));
    if (subj !== undefined && to !== undefined) out.push([subj, to]);
  }
  return out;
}

function newProposal(c: Candidate): Proposal {
  return {
    label: c.span.text, mentions: [], proposers: [], drafters: [], mediators: [], recipients: [], relation: null, steps: [],
    terms: [], evidence: { start: c.span.start, end: c.span.end },
  };
}

function absorb(p: Proposal, c: Candidate, v: DocView): void {
  p.mentions.push({ ...c.span, sentence: c.sentence, definite: c.definite });
  if (!c.definite && p.mentions.every((m) => m.definite || m.start === c.span.start)) p.label = c.span.text;
  mergeParties(p.proposers, c.proposers);
  mergeParties(p.drafters, c.drafters);
  mergeParties(p.mediators, c.mediators);
  mergeParties(p.recipients, c.recipients);
  for (const s of c.steps) if (!p.steps.some((x) => x.step === s.step && x.evidence.start === s.evidence.start)) p.steps.push(s);
  if (p.mentions.length === 1) p.evidence = v.sentenceSpan(c.sentence);
}

/** The proposals of one article, with their terms and relations; `heads` maps each mention's head token to its proposal. */
export function findProposals(v: DocView, lex: NegotiationLexicon): { proposals: Proposal[]; heads: Map<number, number> } {
  const answering = answeringVerbs(lex);
  const all = v.tokens.filter((t) => isCandidate(v, t.i, lex, answering)).map((t) => candidateAt(v, t.i, lex));
  // a proposing clause by the proposer of an offer named just before tells more of it (rule proposal-elaboration), it is none of its own
  const cands = all.filter((c, k) => !c.clause || !all.slice(0, k).some((b) => !b.clause && b.sentence >= c.sentence - 2 && overlaps(b.proposers, c.proposers)));
  const proposals: Proposal[] = [];
  /** Proposals opened by a definite mention with nothing before it: a lead may name a proposal before the text introduces it. */
  const forward = new Set<number>();
  const heads = new Map<number, number>();
  const relations: { from: number; type: ProposalRelationType; evidence: TextSpan }[] = [];
  for (const c of cands) {
    const lastSeen = (k: number) => Math.max(...proposals[k].mentions.map((m) => m.start));
    const same = [...proposals.keys()].sort((a, b) => lastSeen(b) - lastSeen(a))
      .find((k) => !forward.has(k) && (c.proposers.length ? overlaps(proposals[k].proposers, c.proposers) : c.definite));
    const pending = [...forward].find((k) => overlaps(proposals[k].proposers, c.proposers));
    let at: number;
    if ((c.revision || c.counter) && !c.definite) {
      at = pending ?? proposals.length;
      if (at === proposals.length) proposals.push(newProposal(c));
      forward.delete(at);
      relations.push({ from: at, type: c.counter ? "counter_to" : "revision_of", evidence: c.span });
    } else if (c.fresh && ![...heads.keys()].some((h) => v.lemma(h) === v.lemma(c.head))) {
      // rule new-proposed-content: a new thing proposed, unless its head noun names one before
      at = proposals.length;
      proposals.push(newProposal(c));
    } else if (same !== undefined && (c.definite || c.proposers.length) && !c.freshPlural) {
      at = same;
    } else if (pending !== undefined && !c.freshPlural) {
      at = pending;
      if (!c.definite) forward.delete(at);
    } else {
      at = proposals.length;
      proposals.push(newProposal(c));
      if (c.definite && c.proposers.length) forward.add(at);
    }
    absorb(proposals[at], c, v);
    heads.set(c.head, at);
  }
  for (const r of relations) {
    const p = proposals[r.from];
    const before = [...proposals.keys()].filter((k) => k !== r.from && proposals[k].mentions[0].start < r.evidence.start);
    const to = r.type === "counter_to" ? before.reverse().find((k) => !overlaps(proposals[k].proposers, p.proposers)) : before.pop();
    if (to !== undefined) p.relation = { type: r.type, to, evidence: r.evidence };
  }
  for (const [from, to] of responsePairs(v, new Set(heads.keys()), lex)) {
    const a = heads.get(from)!;
    const b = heads.get(to)!;
    if (a !== b) proposals[a].relation = { type: "response_to", to: b, evidence: v.span(from, to) };
  }
  // labels: the first indefinite mention by an offer noun ("a three-phase proposal"), else the first offer noun, else the first
  proposals.forEach((p, k) => {
    const own = cands.filter((c) => heads.get(c.head) === k);
    const pick = own.find((c) => c.offerNoun && !c.definite) ?? own.find((c) => c.offerNoun) ?? own.find((c) => !c.definite) ?? own[0];
    if (pick) p.label = pick.span.text;
  });
  // terms: the sentence where the proposing verb describes it, else the words of each mention and what hangs on them
  for (const c of cands) {
    const p = proposals[heads.get(c.head)!];
    const sub = v.subtree(c.head);
    const span = c.proposed ? v.sentenceSpan(c.sentence) : { start: v.tokens[Math.min(...sub)].start, end: v.tokens[Math.max(...sub)].end };
    for (const t of readTerms(v.doc.text, span, lex.terms)) if (!p.terms.some((x) => x.kind === t.kind && x.value === t.value)) p.terms.push(t);
  }
  if (v.rules.on(PROPOSAL_ELABORATION)) elaborations(v, lex, proposals, heads);
  return { proposals, heads };
}

/**
 * Rule proposal-elaboration: a proposing verb with a clause for its object and no proposal noun ("It has
 * proposed increasing defense spending … over four years"), said by a pronoun or by a proposer of the last
 * proposal named in this sentence or the two before, tells more of that proposal: the sentence's terms are its terms.
 */
function elaborations(v: DocView, lex: NegotiationLexicon, proposals: Proposal[], heads: Map<number, number>): void {
  for (const t of v.tokens) {
    if (t.upos !== "VERB" || !(lex.words["propose-verbs"].has(v.lemma(t.i)) || lex.words["offer-verbs"].has(v.lemma(t.i)))) continue;
    if (!v.children(t.i, /^(xcomp|ccomp)$/).length || v.subtree(t.i).some((k) => heads.has(k))) continue;
    const subjects = v.frame(t.i)?.subjects ?? v.children(t.i, /^nsubj/);
    if (!subjects.length) continue;
    const pronoun = subjects.every((h) => v.tokens[h].upos === "PRON");
    const who = v.parties(subjects);
    const recent = [...proposals.keys()].filter((k) => proposals[k].mentions.some((m) => m.sentence <= t.sent && m.sentence >= t.sent - 2));
    const last = recent.sort((a, b) => Math.max(...proposals[b].mentions.map((m) => m.start)) - Math.max(...proposals[a].mentions.map((m) => m.start)))
      .find((k) => pronoun || overlaps(proposals[k].proposers, who));
    if (last === undefined) continue;
    const p = proposals[last];
    for (const term of readTerms(v.doc.text, v.sentenceSpan(t.sent), lex.terms)) if (!p.terms.some((x) => x.kind === term.kind && x.value === term.value)) p.terms.push(term);
  }
}
