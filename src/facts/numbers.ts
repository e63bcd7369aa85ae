// Reading the words of a number as a value range: digits ("27,585", "2.3 million"), number words ("seven",
// "two billion", "a half-dozen"), vague plurals ("hundreds of thousands"), fractions of a number ("about half
// the enclave's 2.3 million"), ranges ("between 1,500 and 3,000", "10,000 and as many as 300,000") and the
// qualifier before or after ("at least", "or more"). Works on the token sequence, not the parse: parsers
// often misread long number phrases. Records in words how the number was read.
import type { Doc } from "../text/doc.js";
import type { FigureValue } from "../text/annotations.js";
import type { RuleSwitch } from "../rules/rule.js";
import type { Bound, FigureLexicon } from "./lexicon.js";
import { FRACTION_OF, RANGE, VAGUE_PLURAL } from "./rules.js";

export interface NumberPhrase {
  /** First token of the phrase, qualifier and fraction words included. */
  first: number;
  /** Last token of the number words (and of a trailing qualifier such as "or more"). */
  last: number;
  /** The number tokens themselves (the ones a counted noun's nummod points from). */
  numberTokens: number[];
  value: FigureValue;
  qualifier: string | null;
  /** How the words became the number. */
  rule: string;
  /** A vague plural or partitive followed by "of": the token after "of" starts the counted phrase. */
  ofAt: number | null;
  /** Ids of the figure rules that read it. */
  rules: string[];
}

const MONTHS = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;
const DIGITS = /^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/;
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

export class NumberReader {
  private readonly qualifiers: [string, Bound][];

  constructor(private readonly doc: Doc, private readonly lex: FigureLexicon, private readonly rules: RuleSwitch) {
    this.qualifiers = [...lex.qualifiers].sort((a, b) => b[0].length - a[0].length);
  }

  private low(k: number): string {
    return this.doc.tokens[k].norm.toLowerCase();
  }

  private inSentence(k: number, sent: number): boolean {
    return k >= 0 && k < this.doc.tokens.length && this.doc.tokens[k].sent === sent;
  }

  /** Whether token k can start a number phrase. */
  starts(k: number): boolean {
    const w = this.low(k);
    return DIGITS.test(w) || this.lex.numberWords.has(w) || this.lex.vague.has(w) || this.lex.fractions.has(w) || this.lex.multipliers.has(w)
      || w.split("-").every((p) => this.lex.numberWords.has(p)) && w.includes("-");
  }

  /** The number phrase starting at token i, or null when the words there are no count (dates, years, ids). */
  read(i: number): NumberPhrase | null {
    const sent = this.doc.tokens[i].sent;
    const rules: string[] = [];
    let count = this.fraction(i, sent) ?? this.vagueAt(i, sent) ?? this.countAt(i, sent);
    if (!count) return null;
    if (count.rule.startsWith("vague")) rules.push(VAGUE_PLURAL.id);
    if (count.rule.includes("×")) rules.push(FRACTION_OF.id);
    let last = count.last;
    let bound: Bound | null = count.bound;
    let qualifier = count.qualifier;
    let value: FigureValue | null = null;
    // a trailing qualifier ("107 or more")
    for (const [q, b] of this.lex.postQualifiers) {
      const words = q.split(" ");
      if (words.every((w, n) => this.inSentence(last + 1 + n, sent) && this.low(last + 1 + n) === w)) {
        last += words.length;
        bound = b;
        qualifier = q;
        break;
      }
    }
    // a range: "between 1,500 and 3,000", "10,000 and as many as 300,000", "1,500 to 3,000"
    const before = this.textBefore(count.first);
    const link = this.inSentence(last + 1, sent) ? this.low(last + 1) : "";
    if (["and", "to", "-", "–"].includes(link) && count.bound === null && this.rules.on(RANGE)) {
      const q2 = this.qualifierAt(last + 2, sent);
      const second = this.inSentence(last + 2 + q2.length, sent) ? this.countAt(last + 2 + q2.length, sent) : null;
      const between = /\bbetween$|\bfrom$/.test(before);
      if (second && second.value > count.value && (between || link !== "and" || q2.bound === "max")) {
        rules.push(RANGE.id);
        value = RANGE.apply(count.value, second.value);
        qualifier = between ? "between" : q2.words || null;
        last = second.last;
        const start = between ? this.startOfWordBefore(count.first, sent) : count.first;
        return this.phrase(start, last, [...count.tokens, ...second.tokens], value, qualifier,
          `range ${fmt(count.value)}–${fmt(second.value)}: best is the lower bound`, count.ofAt ?? second.ofAt, rules);
      }
    }
    // the qualifier before ("at least", "more than", "nearly"); "a million" is one million
    let first = count.first;
    if (this.lex.multipliers.has(this.low(first)) && this.inSentence(first - 1, sent) && ["a", "an"].includes(this.low(first - 1))) first--;
    if (!count.qualifier) {
      const q = this.qualifierBefore(first, sent);
      if (q) {
        qualifier = qualifier ?? q.words;
        bound = q.bound;
        first = q.first;
      }
    }
    const v = count.value;
    value = bound === "min" ? { min: v, best: v, max: null }
      : bound === "max" ? { min: null, best: v, max: v }
      : bound === "approx" ? { min: null, best: v, max: null }
      : { min: v, best: v, max: v };
    return this.phrase(first, last, count.tokens, value, qualifier, count.rule, count.ofAt, rules);
  }

  private phrase(first: number, last: number, numberTokens: number[], value: FigureValue, qualifier: string | null, rule: string, ofAt: number | null, rules: string[]): NumberPhrase {
    return { first, last, numberTokens, value, qualifier, rule, ofAt, rules };
  }

  /** Lower-cased text of the sentence before token k, trimmed at the end. */
  private textBefore(k: number): string {
    const t = this.doc.tokens[k];
    const s = this.doc.sentences[t.sent];
    return this.doc.text.slice(s.start, t.start).toLowerCase().trimEnd();
  }

  private startOfWordBefore(k: number, sent: number): number {
    return this.inSentence(k - 1, sent) ? k - 1 : k;
  }

  /** The longest qualifier ending right before token k, with the token it starts at. */
  private qualifierBefore(k: number, sent: number): { words: string; bound: Bound; first: number } | null {
    const before = this.textBefore(k);
    for (const [q, b] of this.qualifiers) {
      if (before !== q && !before.endsWith(` ${q}`) && !before.endsWith(`(${q}`) && !before.endsWith(`“${q}`) && !before.endsWith(`"${q}`)) continue;
      let first = k;
      for (let n = q.split(" ").length; n > 0 && this.inSentence(first - 1, sent); n--) first--;
      return { words: q, bound: b, first };
    }
    return null;
  }

  /** A qualifier starting at token k ("as many as" in "10,000 and as many as 300,000"). */
  private qualifierAt(k: number, sent: number): { words: string; bound: Bound | null; length: number } {
    for (const [q, b] of this.qualifiers) {
      const words = q.split(" ");
      if (words.every((w, n) => this.inSentence(k + n, sent) && this.low(k + n) === w)) return { words: q, bound: b, length: words.length };
    }
    return { words: "", bound: null, length: 0 };
  }

  /** "half the enclave's 2.3 million", "a third of the 900,000", "half-a-million", "a half-dozen". */
  private fraction(i: number, sent: number): Count | null {
    const f = this.lex.fractions.get(this.low(i));
    if (f === undefined || !this.rules.on(FRACTION_OF)) return null;
    let k = i + 1;
    // "a half-dozen": a dozen halved is a number word of its own
    while (this.inSentence(k, sent) && this.low(k) === "-") k++;
    if (this.inSentence(k, sent) && this.low(k) === "dozen") {
      return { first: this.article(i, sent), last: k, tokens: [k], value: 6, rule: "number words: half-dozen = 6", bound: null, qualifier: null, ofAt: null };
    }
    for (let n = 0; n < 6 && this.inSentence(k, sent); n++, k++) {
      const w = this.low(k);
      if (this.starts(k) && !this.lex.fractions.has(w)) {
        const c = this.vagueAt(k, sent) ?? this.countAt(k, sent);
        if (!c) return null;
        const value = FRACTION_OF.apply(f, c.value);
        const name = this.doc.tokens[i].norm.toLowerCase();
        return { ...c, first: this.article(i, sent), value, rule: `${name} × ${fmt(c.value)} = ${fmt(value)}` };
      }
      // "half the enclave's 2.3 million": a possessor between (any word before 's)
      const possessor = this.inSentence(k + 1, sent) && /^['’]s$/.test(this.low(k + 1)) && /^\p{L}/u.test(w);
      if (!["-", "a", "an", "the", "of", "'s", "’s"].includes(w) && !possessor) return null;
    }
    return null;
  }

  /** "a third": the article before a fraction belongs to the phrase. */
  private article(i: number, sent: number): number {
    return this.inSentence(i - 1, sent) && ["a", "an", "one"].includes(this.low(i - 1)) ? i - 1 : i;
  }

  /** "dozens", "hundreds of thousands", "tens of thousands" (and the slip "tens thousands"): two of the unit, as a minimum. */
  private vagueAt(i: number, sent: number): Count | null {
    const w = this.low(i);
    const base = this.lex.vague.get(w);
    if (base === undefined || !this.rules.on(VAGUE_PLURAL)) return null;
    let k = i + 1;
    let value = base;
    let words = w;
    const skipOf = (at: number) => (this.inSentence(at, sent) && this.low(at) === "of" ? at + 1 : at);
    const next = skipOf(k);
    const unit = this.inSentence(next, sent) ? this.lex.vague.get(this.low(next)) : undefined;
    if (unit !== undefined && unit > base) {
      // "hundreds of thousands" = 200 × 1,000: the second word's unit times the first's minimum
      const unitSize = this.lex.multipliers.get(this.low(next).replace(/s$/, "")) ?? unit / 2;
      value = VAGUE_PLURAL.apply(base, unitSize);
      words = `${w} of ${this.low(next)}`;
      k = next + 1;
    } else if (w === "tens") {
      return null; // "tens" alone counts nothing
    }
    const ofAt = this.inSentence(k, sent) && this.low(k) === "of" ? k + 1 : null;
    const tokens = Array.from({ length: k - i }, (_, n) => i + n);
    return { first: i, last: k - 1, tokens, value, rule: `vague plural: ${words} ≥ ${fmt(value)}`, bound: "min", qualifier: words, ofAt };
  }

  /** Digits or number words, with multipliers ("2.3 million", "two hundred", "twenty-five"). */
  private countAt(i: number, sent: number): Count | null {
    const t = this.doc.tokens[i];
    const w = this.low(i);
    // "October 7", "7 October", "Feb. 7": a day of the month
    if (MONTHS.test(this.doc.tokens[i - 1]?.norm ?? "") && this.inSentence(i - 1, sent)) return null;
    if (this.inSentence(i + 1, sent) && MONTHS.test(this.doc.tokens[i + 1].norm) && this.doc.tokens[i + 1].upos === "PROPN") return null;
    let total = 0;
    let current = 0;
    let k = i;
    const tokens: number[] = [];
    let digits = false;
    let words: string[] = [];
    for (; this.inSentence(k, sent); k++) {
      const x = this.low(k);
      const m = this.lex.multipliers.get(x);
      if (DIGITS.test(x) && tokens.length === 0) {
        current = Number(x.replace(/,/g, ""));
        digits = true;
      } else if (m !== undefined) {
        current = (current || 1) * m;
        if (m >= 1000) {
          total += current;
          current = 0;
        }
      } else if (!digits && this.wordValue(x) !== null) {
        // "one hundred and fifty": "and" only joins number words
        current += this.wordValue(x)!;
      } else if (!digits && x === "and" && tokens.length && this.inSentence(k + 1, sent) && this.wordValue(this.low(k + 1)) !== null && this.low(k - 1) === "hundred") {
        continue;
      } else break;
      tokens.push(k);
      words.push(x);
    }
    if (!tokens.length) return null;
    // "2.3 million" is 2,300,000, not 2,299,999.9999999995
    const value = Math.round((total + current) * 1000) / 1000;
    if (!Number.isFinite(value) || value <= 0) return null;
    // a year ("in 2009", "the 1991 Hajj") rather than a count
    if (digits && tokens.length === 1 && /^(1[89]|20)\d\d$/.test(w)) {
      const head = this.doc.tokens[t.head];
      if (!head || t.deprel !== "nummod" || !/s$/i.test(head.norm)) return null;
    }
    const last = tokens[tokens.length - 1];
    const rule = digits && tokens.length === 1 ? "digits" : digits ? `digits with multiplier: ${words.join(" ")}` : `number words: ${words.join(" ")}`;
    // "Sixty of those", "One of the leaders": a partitive
    const ofAt = this.inSentence(last + 1, sent) && this.low(last + 1) === "of" && this.doc.tokens[last].deprel !== "nummod" ? last + 2 : null;
    return { first: i, last, tokens, value, rule, bound: null, qualifier: null, ofAt };
  }

  /** A number word's value, hyphenated compounds included ("twenty-five"). */
  private wordValue(w: string): number | null {
    const v = this.lex.numberWords.get(w);
    if (v !== undefined) return v;
    if (!w.includes("-")) return null;
    const parts = w.split("-").map((p) => this.lex.numberWords.get(p));
    return parts.every((p) => p !== undefined) ? parts.reduce((a, b) => a! + b!, 0)! : null;
  }
}

interface Count {
  first: number;
  last: number;
  tokens: number[];
  value: number;
  rule: string;
  bound: Bound | null;
  qualifier: string | null;
  ofAt: number | null;
}
