// The document model: one original text and stand-off annotations over it.
// Nothing here rewrites the text; every layer points into it by character offsets,
// so any output can cite its evidence exactly (see DESIGN.md, "One document model").

import type { Span } from "./annotations.js";

export type { Span } from "./annotations.js";

/** One token. Offsets index Doc.text; `text` is always Doc.text.slice(start, end). */
export interface Token extends Span {
  /** Index of this token in Doc.tokens. */
  i: number;
  text: string;
  /** Normalised form used for lookups (curly quotes straightened, etc.); equals text when nothing changed. */
  norm: string;
  /** Index of the sentence this token belongs to (Doc.sentences). */
  sent: number;
  /** Universal POS tag ("NOUN"), "" until tagged. */
  upos: string;
  /** Penn Treebank tag ("NNS"), "" until tagged. */
  xpos: string;
  /** Lemma ("reject" for "rejected"), "" until lemmatised. */
  lemma: string;
  /** Doc-level index of the syntactic head; -1 for the sentence root or before parsing. */
  head: number;
  /** UD relation to the head ("nsubj", "obj", "root"), "" before parsing. */
  deprel: string;
  /** Entity tag in BIO form ("B-PER", "I-ORG", "O"), "" before NER. */
  ent: string;
}

/** A sentence as a token range [tokenStart, tokenEnd) and its character span. */
export interface Sentence extends Span {
  i: number;
  tokenStart: number;
  tokenEnd: number;
}

/** A labelled token range, e.g. a named entity. */
export interface LabelledSpan extends Span {
  tokenStart: number;
  tokenEnd: number;
  label: string;
  text: string;
}

/** An article's processing budget ran out (time or tokens): the article fails with this one line, the batch goes on. */
export class BudgetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BudgetError";
  }
}

export class Doc {
  readonly tokens: Token[] = [];
  readonly sentences: Sentence[] = [];
  readonly entities: LabelledSpan[] = [];
  /** When set, the slow stages check it between sentences (checkBudget) and give up once it has passed. */
  budget: { deadline: number; seconds: number } | null = null;

  /** Throws a BudgetError once the time budget (performance.now() deadline) has passed. */
  checkBudget(): void {
    if (this.budget && performance.now() > this.budget.deadline) {
      throw new BudgetError(`over its time budget of ${this.budget.seconds} s (--max-seconds-per-article); skipped`);
    }
  }

  /**
   * @param text the full original text
   * @param bodyStart offset where the body starts after a stripped dateline (0 if none);
   *        the tokenizer begins there so the dateline never enters the first sentence.
   */
  constructor(readonly text: string, readonly bodyStart = 0) {}

  /** Append a token with character offsets; annotation fields start empty. */
  addToken(start: number, end: number, norm?: string): Token {
    const text = this.text.slice(start, end);
    const tok: Token = {
      i: this.tokens.length, start, end, text, norm: norm ?? text, sent: -1,
      upos: "", xpos: "", lemma: "", head: -1, deprel: "", ent: "",
    };
    this.tokens.push(tok);
    return tok;
  }

  /** Close a sentence over tokens [tokenStart, tokenEnd) and stamp them with its index. */
  addSentence(tokenStart: number, tokenEnd: number): Sentence {
    const i = this.sentences.length;
    const s: Sentence = {
      i, tokenStart, tokenEnd,
      start: this.tokens[tokenStart].start, end: this.tokens[tokenEnd - 1].end,
    };
    for (let k = tokenStart; k < tokenEnd; k++) this.tokens[k].sent = i;
    this.sentences.push(s);
    return s;
  }

  sentenceTokens(s: Sentence): Token[] {
    return this.tokens.slice(s.tokenStart, s.tokenEnd);
  }

  /** Dependents of token i, in surface order. */
  children(i: number): Token[] {
    const s = this.sentences[this.tokens[i].sent];
    const out: Token[] = [];
    for (let k = s.tokenStart; k < s.tokenEnd; k++) if (this.tokens[k].head === i) out.push(this.tokens[k]);
    return out;
  }

  /** Text of a token range, sliced from the original (keeps its spacing and punctuation). */
  spanText(tokenStart: number, tokenEnd: number): string {
    return this.text.slice(this.tokens[tokenStart].start, this.tokens[tokenEnd - 1].end);
  }
}
