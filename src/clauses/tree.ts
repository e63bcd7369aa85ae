// Read-only helpers over the dependency tree of a Doc: children by relation, subtrees, conjuncts.
// Built once per document so frame building does not rescan sentences for every lookup.
import type { Doc, Token } from "../text/doc.js";
import { APPOSITION_IN_LIST, PREPOSITIONAL_CONJUNCT } from "./rules.js";
import type { TextSpan } from "../text/annotations.js";

export interface TreeOptions {
  /** Take a name parsed as an apposition inside a list as a list item (rule repair.apposition-in-list; default true). */
  apposListItems?: boolean;
  /** Drop a noun conjunct that has a preposition its first conjunct lacks (rule repair.prepositional-conjunct; default true). */
  prepConjuncts?: boolean;
}

const PHRASE_STOP = new Set(["acl", "acl:relcl", "conj", "cc", "punct", "appos", "parataxis", "advcl", "ccomp", "xcomp"]);

export class Tree {
  private readonly kids: number[][];
  private readonly base: string[];

  private readonly apposListItems: boolean;
  private readonly prepConjuncts: boolean;

  constructor(readonly doc: Doc, opts: TreeOptions = {}) {
    this.apposListItems = opts.apposListItems ?? true;
    this.prepConjuncts = opts.prepConjuncts ?? true;
    this.kids = doc.tokens.map(() => []);
    this.base = doc.tokens.map((t) => t.deprel.split(":")[0]);
    for (const t of doc.tokens) if (t.head >= 0) this.kids[t.head].push(t.i);
  }

  tok(i: number): Token {
    return this.doc.tokens[i];
  }

  /** Lower-cased lemma, falling back to the lower-cased form when the tagger gave none. */
  lemma(i: number): string {
    const t = this.doc.tokens[i];
    return (t.lemma || t.norm || t.text).toLowerCase();
  }

  upos(i: number): string {
    return this.doc.tokens[i].upos;
  }

  lower(i: number): string {
    return this.doc.tokens[i].norm.toLowerCase();
  }

  /** Children of i in surface order, optionally only those whose relation is in `rels` (full or base name). */
  children(i: number, ...rels: string[]): number[] {
    const all = this.kids[i];
    if (!rels.length) return all;
    return all.filter((k) => rels.includes(this.doc.tokens[k].deprel) || rels.includes(this.base[k]));
  }

  /** Children with exactly one of these full relation names. */
  childrenExact(i: number, ...rels: string[]): number[] {
    return this.kids[i].filter((k) => rels.includes(this.doc.tokens[k].deprel));
  }

  rel(i: number): string {
    return this.doc.tokens[i].deprel;
  }

  baseRel(i: number): string {
    return this.base[i];
  }

  head(i: number): number {
    return this.doc.tokens[i].head;
  }

  /** i and every token below it, sorted. */
  subtree(i: number, stop?: (k: number) => boolean): number[] {
    // iterative, with a visited set: a malformed parse with a cycle must not hang or overflow the stack
    const seen = new Set<number>([i]);
    const todo = [i];
    while (todo.length) {
      const k = todo.pop()!;
      for (const c of this.kids[k]) {
        if (seen.has(c) || (stop && stop(c))) continue;
        seen.add(c);
        todo.push(c);
      }
    }
    return [...seen].sort((a, b) => a - b);
  }

  /** i followed by its coordinated siblings ("US, Qatar and Egypt" → three heads), recursively. */
  conjuncts(i: number): number[] {
    // a verb coordinated under a noun ("spy chiefs and delivered …", a parser slip) is a clause, not a co-argument
    const verbal = (k: number) => ["VERB", "AUX"].includes(this.doc.tokens[k].upos);
    // a method, not a function-valued field: a Tree is structured-cloned with the analysed document
    const hasPreposition = (k: number) => this.hasPreposition(k);
    const out = [i];
    for (let n = 0; n < out.length && out.length <= this.kids.length; n++) {
      const conj = this.children(out[n], "conj");
      for (const c of conj) {
        if (out.includes(c) || verbal(c) !== verbal(i)) continue;
        if (this.prepConjuncts && !verbal(c) && !PREPOSITIONAL_CONJUNCT.apply(hasPreposition, out[n], c)) continue;
        out.push(c);
      }
      // "Arnor, Calenardhon and Gondor" parsed with the middle name as an apposition: a list item all the same
      if (!this.apposListItems) continue;
      const last = Math.max(-1, ...conj);
      for (const c of this.childrenExact(out[n], "appos")) if (APPOSITION_IN_LIST.apply(c, last) && !out.includes(c) && !verbal(c) && !verbal(i)) out.push(c);
    }
    return out;
  }

  /** Whether k has a case marker of its own; a possessive "'s" is a case child too, but it marks an owner, not an attached phrase. */
  private hasPreposition(k: number): boolean {
    return this.childrenExact(k, "case").some((c) => this.doc.tokens[c].xpos !== "POS");
  }

  /** The first conjunct of a coordination i belongs to (i itself when it is not a conj). */
  firstConjunct(i: number): number {
    let k = i;
    for (let n = 0; n < this.kids.length && this.baseRel(k) === "conj" && this.head(k) >= 0; n++) k = this.head(k);
    return k;
  }

  /** Ancestors of i, nearest first, stopping at the root or at a cycle. */
  ancestors(i: number): number[] {
    const out: number[] = [];
    for (let k = this.head(i); k >= 0 && k !== i && !out.includes(k); k = this.head(k)) out.push(k);
    return out;
  }

  /** Case word of a nominal ("in", "by", "according"), lower-cased, or "" when none. */
  caseWord(i: number): string {
    const c = this.children(i, "case")[0];
    return c === undefined ? "" : this.lemma(c);
  }

  /** The noun phrase headed by h: its subtree without clauses, coordination or appositions ("Gaza's health ministry"). */
  phrase(h: number): TextSpan {
    return this.span(this.subtree(h, (k) => PHRASE_STOP.has(this.rel(k))));
  }

  /** Character span covering a sorted list of tokens. */
  span(tokens: number[]): TextSpan {
    const start = this.doc.tokens[tokens[0]].start;
    const end = this.doc.tokens[tokens[tokens.length - 1]].end;
    return { start, end, text: this.doc.text.slice(start, end) };
  }
}
