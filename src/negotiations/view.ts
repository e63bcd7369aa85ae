// A reading aid over one analysed document for the negotiation board: dependents of a token, the frame
// of a predicate, the parties a token names (through the actor mentions), the speaker of a sentence and
// the date of a predicate (through the event coded on it).
import type { AnalysedDoc } from "../text/analysed.js";
import type { Frame, Mention, NegotiationParty, Span, TextSpan } from "../text/annotations.js";
import type { Token } from "../text/doc.js";
import type { NegotiationWords } from "./lexicon.js";
import { RuleSwitch } from "../rules/rule.js";
import { MEDIA_NOT_PARTY, PARTY_BY_ROLE, SIDE_ADJECTIVE } from "./rules.js";

/** Whether two parties are one: the same key, or one's key is the other's country ("PSE" and Hamas's PSEREBHMS). */
export function sameParty(a: NegotiationParty, b: NegotiationParty): boolean {
  return a.key === b.key || a.key === b.code?.slice(0, 3) || b.key === a.code?.slice(0, 3);
}

/** The party key of an actor mention: organisation, else country, else the name as written; null for bare sectors ("officials"). */
export function partyKey(m: Mention, tokens: readonly Token[]): string | null {
  const a = m.actor;
  // an international body is keyed by its code as the dictionary gives it (IGOUNO, IGOICJJUD), as the gold sets write it
  if (a?.code?.startsWith("IGO")) return a.code;
  if (a?.org) return a.org;
  if (a?.country) return a.country;
  // a body the dictionaries do not know ("All G7 foreign ministers"): its short name as written
  for (let i = m.tokenStart; i < m.tokenEnd; i++) {
    const t = tokens[i];
    if (t.upos === "PROPN" && /^[A-Z][A-Za-z0-9]*$/.test(t.text) && /\d|^[A-Z]{2,}$/.test(t.text)) return t.text;
  }
  return null;
}

export class DocView {
  readonly tokens: readonly Token[];
  private readonly kids = new Map<number, number[]>();
  private readonly frameAt = new Map<number, Frame>();

  constructor(readonly doc: AnalysedDoc, readonly words: NegotiationWords, readonly rules: RuleSwitch = new RuleSwitch()) {
    this.tokens = doc.tokens;
    for (const t of doc.tokens) if (t.head >= 0) (this.kids.get(t.head) ?? this.kids.set(t.head, []).get(t.head)!).push(t.i);
    for (const f of doc.clauses?.frames ?? []) if (!this.frameAt.has(f.predicate)) this.frameAt.set(f.predicate, f);
  }

  children(i: number, rel?: RegExp): number[] {
    const k = this.kids.get(i) ?? [];
    return rel ? k.filter((c) => rel.test(this.tokens[c].deprel)) : k;
  }

  /** Dependents whose case word (a "case" child) is `word` ("to Hamas", "by Qatari … mediators"). */
  withCase(i: number, word: string, rel = /^(obl|nmod)/): number[] {
    return this.children(i, rel).filter((c) => this.children(c, /^case$/).some((k) => this.tokens[k].lemma.toLowerCase() === word));
  }

  /** The token and its conjuncts. */
  conjuncts(i: number): number[] {
    // a clause conjoined to a noun ("chiefs and delivered") is no conjunct of the noun
    const verb = (k: number) => /^(VERB|AUX)$/.test(this.tokens[k].upos);
    return [i, ...this.children(i, /^conj$/).filter((c) => verb(c) === verb(i)).flatMap((c) => this.conjuncts(c))];
  }

  /** Every token under i (i included), within its sentence. */
  subtree(i: number): number[] {
    const out = [i];
    for (const c of this.children(i)) out.push(...this.subtree(c));
    return out;
  }

  frame(i: number): Frame | undefined {
    return this.frameAt.get(i);
  }

  lemma(i: number): string {
    return this.tokens[i].lemma.toLowerCase();
  }

  /** The mentions covering token i: the one headed there first, and every member of a compound actor. */
  mentionsAt(i: number): Mention[] {
    const covering = this.doc.mentions.filter((m) => m.tokenStart <= i && i < m.tokenEnd);
    const headed = covering.filter((m) => m.headToken === i);
    return headed.length ? headed : covering;
  }

  /** The parties the tokens name, each once, in order; pronouns ("we", "its") are taken as the speaker's side. */
  parties(heads: readonly number[], speakerSentence?: number): NegotiationParty[] {
    const out: NegotiationParty[] = [];
    const add = (p: NegotiationParty) => void (out.some((o) => o.key === p.key) || out.push(p));
    for (const h of heads) {
      if (/^(VERB|AUX)$/.test(this.tokens[h].upos)) continue;
      let found = false;
      for (const m of this.mentionsAt(h)) {
        // rule media-not-party: a news outlet reports the talks, it is no party to them
        if (this.isMedia(m)) {
          found = true;
          continue;
        }
        const key = partyKey(m, this.tokens);
        if (key) add({ key, text: m.text, code: m.actor?.code ?? null }), (found = true);
      }
      if (!found && this.rules.on(PARTY_BY_ROLE)) for (const p of this.partyByRole(h)) add(p), (found = true);
      if (!found) for (const p of this.sideByAdjective(h)) add(p), (found = true);
      // a capital standing for its government ("Tehran rejected", "Pyongyang's demand")
      const place = found ? undefined : this.doc.places.find((p) => p.start <= this.tokens[h].start && this.tokens[h].start < p.end);
      if (place?.country && this.tokens[h].upos === "PROPN") add({ key: place.country, text: place.text, code: place.country }), (found = true);
      if (!found && speakerSentence !== undefined && this.words["party-pronouns"].has(this.lemma(h))) {
        for (const p of this.speaker(speakerSentence)) add(p);
      }
    }
    return out;
  }

  /** Rule side-adjective: "the European side" is the party of a name in the text that begins with "European" ("The European Union"). */
  sideByAdjective(h: number): NegotiationParty[] {
    if (!this.rules.on(SIDE_ADJECTIVE) || !this.words["side-nouns"].has(this.lemma(h)) || this.mentionsAt(h).length) return [];
    for (const a of this.children(h, /^amod$/)) {
      const adj = this.tokens[a].text;
      if (!/^\p{Lu}/u.test(adj)) continue;
      const m = this.doc.mentions.find((x) => x.text.replace(/^the\s+/i, "").startsWith(`${adj} `) && partyKey(x, this.tokens) && !this.isMedia(x));
      if (m) return [{ key: partyKey(m, this.tokens)!, text: m.text, code: m.actor?.code ?? null }];
    }
    return [];
  }

  isMedia(m: Mention): boolean {
    return this.rules.on(MEDIA_NOT_PARTY) && (m.media === true || (m.actor?.sectors.includes("MED") ?? false));
  }

  /**
   * The subjects of predicate i: its frame's, except (rule media-not-party) that a "for V-ing" clause under a
   * verb with an object has that object for subject ("attacked the Journal for refusing to support …").
   */
  subjectsOf(i: number): number[] {
    let k = i;
    for (let d = 0; d < 2 && k >= 0 && /^xcomp/.test(this.tokens[k].deprel); d++) k = this.tokens[k].head;
    if (k >= 0 && this.rules.on(MEDIA_NOT_PARTY) && /^advcl/.test(this.tokens[k].deprel) && this.children(k, /^mark$/).some((c) => this.lemma(c) === "for")) {
      const obj = this.children(this.tokens[k].head, /^obj$/);
      if (obj.length) return obj;
    }
    return this.frame(i)?.subjects ?? this.children(i, /^nsubj/);
  }

  /**
   * The party of a token whose own mention names none (rule party-by-role), in this order: the party of
   * the mention just before it set off by a comma, an apposition as written ("The court's president, Judge
   * Joan Donoghue"); its possessor's ("the court's president", "the European Union's executive arm"); and,
   * for a definite mention of a bare sector ("the government", "the court"), the last mention of that
   * sector with a party, in this sentence or the two before ("the Philippine government" … "The government").
   */
  partyByRole(h: number, depth = 0): NegotiationParty[] {
    if (depth > 2) return [];
    const own = this.mentionsAt(h)[0];
    const start = own?.start ?? this.tokens[h].start;
    const prior = this.doc.mentions.filter((m) => m.end <= start && this.tokens[m.tokenStart].sent === this.tokens[h].sent);
    const appos = prior.find((m) => /^\s*,\s*$/.test(this.doc.text.slice(m.end, start)));
    if (appos) {
      const key = partyKey(appos, this.tokens);
      if (key) return [{ key, text: appos.text, code: appos.actor?.code ?? null }];
      const via = this.partyByRole(appos.headToken, depth + 1);
      if (via.length) return via;
    }
    const head = own?.headToken ?? h;
    for (const c of this.children(head, /^nmod:poss$/)) {
      const m = this.mentionsAt(c).find((x) => partyKey(x, this.tokens));
      if (m) return [{ key: partyKey(m, this.tokens)!, text: m.text, code: m.actor?.code ?? null }];
      const via = this.partyByRole(c, depth + 1);
      if (via.length) return via;
    }
    const sector = own?.actor && !own.actor.country && !own.actor.org ? own.actor.sectors[0] : undefined;
    const definite = own && /^(the|this|that)$/i.test(this.tokens[own.tokenStart].text);
    if (!sector || !definite) return [];
    const firstSentence = Math.max(0, this.tokens[h].sent - 2);
    const before = this.doc.mentions.filter((m) => m.end <= own.start && this.tokens[m.tokenStart].sent >= firstSentence && m.actor?.sectors.includes(sector));
    for (const m of before.reverse()) {
      const key = partyKey(m, this.tokens);
      if (key) return [{ key, text: m.text, code: m.actor?.code ?? null }];
    }
    return [];
  }

  /** Who speaks in sentence s: the subject of its verb of saying, else (a quotation going on) that of up to two sentences before. */
  speaker(s: number): NegotiationParty[] {
    for (let k = s; k >= Math.max(0, s - 2); k--) {
      for (const f of this.doc.clauses?.frames ?? []) {
        if (f.sentence !== k || !this.words["say-verbs"].has(f.lemma)) continue;
        const p = this.parties(f.subjects);
        if (p.length) return p;
      }
      if (!/^\s*["“']/.test(this.sentenceText(k))) break;
    }
    return [];
  }

  /** The words of a verb of saying that reports sentence s ("Kirby said"), when one does. */
  speakerSpan(s: number): TextSpan | null {
    for (const f of this.doc.clauses?.frames ?? []) {
      if (f.sentence === s && this.words["say-verbs"].has(f.lemma) && f.subjects.length) {
        const m = this.mentionsAt(f.subjects[0])[0];
        if (m) return { start: m.start, end: m.end, text: m.text };
      }
    }
    return null;
  }

  sentenceSpan(s: number): Span {
    const x = this.doc.sentences[s];
    return { start: x.start, end: x.end };
  }

  sentenceText(s: number): string {
    const x = this.doc.sentences[s];
    return this.doc.text.slice(x.start, x.end);
  }

  /** The span of tokens [a, b] inclusive, as text. */
  span(a: number, b = a): TextSpan {
    const start = this.tokens[a].start;
    const end = this.tokens[b].end;
    return { start, end, text: this.doc.text.slice(start, end) };
  }

  /** The date of the event coded on token i (else on the predicate it hangs on), else the article's reference date. */
  dateAt(i: number): string | null {
    for (const k of [i, this.tokens[i].head]) {
      if (k < 0) continue;
      const t = this.tokens[k];
      const e = this.doc.events.find((x) => x.trigger.start <= t.start && t.start < x.trigger.end);
      if (e?.date) return e.date;
    }
    return this.doc.article.date ?? null;
  }
}
