// Responses and positions: a stance trigger of stances.tsv ("rejected", "approved", "unacceptable",
// "see space", "Pyongyang's demand") that touches a proposal or the talks, the party that holds it (its
// subject, its possessor, or the speaker of the sentence), the proposal it answers, and the conditions
// it names. A trigger under "urge"/"call on" is someone else's demand and is left out.
import type { NegotiationParty, NegotiationResponse, Proposal, StanceClass } from "../text/annotations.js";
import type { NegotiationLexicon, StanceTrigger } from "./lexicon.js";
import { readTerms } from "./terms.js";
import { sameParty, type DocView } from "./view.js";

const ROOM = new Set(["room", "space", "scope", "chance"]);
const GAP = new Set(["gap", "difference"]);
const RESERVED = new Set(["reluctance", "reluctant", "hesitant", "hesitation"]);

function trigger(v: DocView, i: number, lex: NegotiationLexicon): StanceTrigger | undefined {
  const pos = v.tokens[i].upos === "PROPN" ? "NOUN" : v.tokens[i].upos;
  return lex.stances.get(`${v.lemma(i)}/${pos}`);
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

function touchesTopic(v: DocView, heads: number[], proposalHeads: Map<number, number>, lex: NegotiationLexicon): boolean {
  return heads.some((h) => proposalHeads.has(h) || lex.words["topic-nouns"].has(v.lemma(h)) ||
    v.children(h, /^(nmod|compound|acl)/).some((c) => proposalHeads.has(c) || lex.words["topic-nouns"].has(v.lemma(c))));
}

function governors(v: DocView, i: number, depth: number): number[] {
  const out: number[] = [];
  for (let g = v.tokens[i].head, k = 0; g >= 0 && k < depth; g = v.tokens[g].head, k++) out.push(g);
  return out;
}

function needsHold(v: DocView, i: number, t: StanceTrigger, proposalHeads: Map<number, number>, lex: NegotiationLexicon): boolean {
  const args = argumentsOf(v, i);
  const sentence = v.sentenceText(v.tokens[i].sent);
  switch (t.needs) {
    case "topic":
      if (touchesTopic(v, args, proposalHeads, lex)) return true;
      // an adjective said of a proposal through its governor: "calling it delusional" under "rejected Hamas' latest offer"
      return t.pos === "ADJ" && governors(v, i, 2).some((g) => touchesTopic(v, argumentsOf(v, g), proposalHeads, lex));
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
  }
}

/** Who holds the stance. */
function partyOf(v: DocView, i: number, t: StanceTrigger, proposalHeads: Map<number, number>, lex: NegotiationLexicon): { party: NegotiationParty[]; viaSpeaker: boolean } {
  const s = v.tokens[i].sent;
  const f = v.frame(i);
  let heads: number[] = [];
  if (t.pos === "NOUN") heads = v.children(i, /^nmod:poss$/);
  else if (t.pos === "ADJ") {
    const own = f?.subjects ?? v.children(i, /^nsubj/);
    const isThing = own.some((h) => proposalHeads.has(h) || lex.words["topic-nouns"].has(v.lemma(h)) || v.tokens[h].upos === "PRON");
    heads = own.length && !isThing ? own : governors(v, i, 2).flatMap((g) => v.frame(g)?.subjects ?? v.children(g, /^nsubj/)).slice(0, 1);
  } else {
    heads = f?.subjects.length ? f.subjects : v.children(i, /^obl:agent$/);
    if (!heads.length && /^acl/.test(v.tokens[i].deprel)) heads = v.children(i, /^obl/).filter((k) => v.withCase(i, "by").includes(k));
  }
  const party = v.parties(heads.flatMap((h) => v.conjuncts(h)), s);
  if (party.length) return { party, viaSpeaker: false };
  return { party: v.speaker(s), viaSpeaker: true };
}

function linkedProposal(v: DocView, i: number, party: NegotiationParty, proposals: Proposal[], heads: Map<number, number>, cls: StanceClass): number | null {
  const near = [...argumentsOf(v, i), ...governors(v, i, 2).flatMap((g) => argumentsOf(v, g))];
  for (const h of near) {
    if (heads.has(h)) return heads.get(h)!;
    for (const c of v.children(h, /^(nmod|compound)/)) if (heads.has(c)) return heads.get(c)!;
  }
  if (cls === "conditions") return null;
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
    if (!t || !needsHold(v, i, t, heads, lex)) continue;
    if (governors(v, i, 2).some((g) => lex.words["urge-verbs"].has(v.lemma(g)) && v.tokens[g].upos === "VERB")) continue;
    const f = v.frame(i);
    let stance = t.stance;
    let cls = t.stanceClass;
    const negated = f?.negated ?? v.children(i, /^advmod$/).some((c) => /^(not|n't|never)$/i.test(v.tokens[c].text));
    if (negated) {
      if (cls !== "accept") continue;
      [stance, cls] = [`does not ${t.lemma}`, "reject"];
    }
    const after = v.doc.text.slice(tok.end, v.doc.sentences[tok.sent].end);
    if (cls === "accept" && (/\bin principle\b|\bbut\b[^.]*\b(need|remain|detail|condition|question)/i.test(after) ||
      governors(v, i, 2).some((g) => RESERVED.has(v.lemma(g)) || v.children(g).some((c) => RESERVED.has(v.lemma(c)))))) {
      [stance, cls] = [`${t.stance} with reservations`, "conditions"];
    }
    const { party, viaSpeaker } = partyOf(v, i, t, heads, lex);
    if (!party.length) continue;
    const sub = v.subtree(i);
    const stretch = cls === "conditions" ? { start: v.tokens[Math.min(...sub)].start, end: v.tokens[Math.max(...sub)].end } : null;
    let conditions = stretch ? readTerms(v.doc.text, stretch, lex.terms) : [];
    // the parser may hang the position's clause elsewhere ("insistence that it would discuss only a temporary halt")
    if (stretch && !conditions.length) conditions = readTerms(v.doc.text, { start: tok.start, end: v.doc.sentences[tok.sent].end }, lex.terms);
    for (const p of party) {
      const proposal = linkedProposal(v, i, p, proposals, heads, cls);
      if (proposal !== null && proposals[proposal].proposers.some((q) => sameParty(q, p)) && cls !== "accept") continue;
      // one answer per party, stance and proposal; positions (no proposal) stay apart by sentence: each is a sticking point
      if (out.some((r) => r.party.key === p.key && r.stanceClass === cls && r.proposal === proposal && (proposal !== null || r.sentence === tok.sent))) continue;
      const speaker = v.speakerSpan(tok.sent);
      out.push({
        sentence: tok.sent, party: p, stance, stanceClass: cls, proposal, date: v.dateAt(t.pos === "ADJ" ? (tok.head >= 0 ? tok.head : i) : i),
        speaker: viaSpeaker || (speaker && speaker.text !== p.text) ? speaker : null,
        modality: f?.modality ?? "asserted", trigger: v.span(i), conditions, evidence: v.sentenceSpan(tok.sent), rule: t.rule,
      });
    }
  }
  return out;
}
