// Rule-based tokenizer following UD English (EWT/GUM) word conventions, so that models trained on
// those treebanks see the same units: clitics split ("do" "n't", "Hamas" "'s"), hyphenated compounds
// split except after a short list of prefixes ("non-human"), numbers kept whole ("27,585", "2.3"),
// abbreviations keep their period ("U.S.", "Mr."), URLs and e-mails whole. Every token is a pair of
// offsets into doc.text; nothing is rewritten except the lookup form `norm`.
//
// The scanner works on char codes: whitespace-delimited chunks, then punctuation peeled off the front
// and back, then clitics, then splits inside the remaining core. No regex runs per character.
import type { Doc } from "../text/doc.js";
import { loadWordList, type WordList } from "./wordlists.js";
import * as ch from "./chars.js";

interface Lists {
  abbreviations: WordList;
  units: WordList;
  prefixes: WordList;
  /** fused word → length of its first part ("dont" → 2) */
  contractions: ReadonlyMap<string, number>;
  /** Last letters (lower case) of the fused words, to skip the lookup for most words. */
  contractionEnds: ReadonlySet<number>;
}

let lists: Lists | undefined;
function getLists(): Lists {
  if (lists) return lists;
  const contractions = splitPoints(loadWordList("contractions.txt"));
  lists = {
    abbreviations: loadWordList("abbreviations.txt", true),
    units: loadWordList("units.txt"),
    prefixes: loadWordList("hyphen-prefixes.txt"),
    contractions,
    contractionEnds: new Set([...contractions.keys()].map((w) => w.charCodeAt(w.length - 1))),
  };
  return lists;
}

/** Append tokens for doc.text from offset `from` (default: after the dateline) to the end. */
export function tokenize(doc: Doc, from: number = doc.bodyStart): void {
  const text = doc.text;
  const n = text.length;
  const sc = new ChunkScanner(doc, getLists());
  let i = from;
  while (i < n) {
    while (i < n && ch.isSpace(text.charCodeAt(i))) i++;
    if (i >= n) break;
    let j = i + 1;
    while (j < n && !ch.isSpace(text.charCodeAt(j))) j++;
    sc.chunk(i, j);
    i = j;
  }
}

function splitPoints(list: WordList): Map<string, number> {
  const out = new Map<string, number>();
  for (const [word, split] of list) {
    const k = split.indexOf(" ");
    if (k > 0 && split.replace(" ", "").toLowerCase() === word) out.set(word, k);
  }
  return out;
}

/**
 * Kind of a listed abbreviation ("title", "number", "" for others), or undefined when not listed.
 * Entries match as written; an entry in lower case also matches with a capital ("etc." / "Etc.").
 */
export function abbreviationKind(word: string, abbr: WordList = getLists().abbreviations): string | undefined {
  const hit = abbr.get(word);
  if (hit !== undefined) return hit;
  const c = word.charCodeAt(0);
  if (c < 65 || c > 90) return undefined;
  const lowered = abbr.get(String.fromCharCode(c + 32) + word.slice(1));
  if (lowered !== undefined) return lowered;
  // "GEN." in an all-capitals line: try "Gen."
  return word.length > 2 && word === word.toUpperCase() ? abbr.get(word[0] + word.slice(1).toLowerCase()) : undefined;
}

/**
 * True when text[s,e) is an abbreviation that keeps its final period: a letter-dot sequence, or a
 * listed one; those of kind "number" ("No.", "pp.") only when a number follows.
 */
export function isAbbreviation(text: string, s: number, e: number, abbr: WordList = getLists().abbreviations): boolean {
  if (e - s < 2 || text.charCodeAt(e - 1) !== ch.PERIOD) return false;
  if (isLetterDotSequence(text, s, e)) return true;
  const kind = abbreviationKind(text.slice(s, e), abbr);
  if (kind === undefined) return false;
  if (kind !== "number") return true;
  let k = e;
  while (k < text.length && text.charCodeAt(k) === 32) k++;
  return ch.isDigit(text.charCodeAt(k));
}

/** "U.S.", "a.m.", "J.", "Ph.D.": letter groups each ended by a period; one group must be one letter. */
export function isLetterDotSequence(text: string, s: number, e: number): boolean {
  let groups = 0;
  let len = 0;
  let longest = 0;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c === ch.PERIOD) {
      if (len === 0) return false;
      groups++;
      if (len > longest) longest = len;
      len = 0;
    } else if (ch.isLetter(c)) {
      len++;
      if (len > 2) return false;
    } else return false;
  }
  return len === 0 && (groups >= 2 || longest === 1);
}

const CLITICS2 = ["s", "m", "d"];
const CLITICS3 = ["ll", "re", "ve"];

class ChunkScanner {
  private readonly text: string;
  /** Suffix tokens found while peeling the back of a chunk, emitted in reverse afterwards. */
  private readonly tail: number[] = [];

  constructor(private readonly doc: Doc, private readonly lists: Lists) {
    this.text = doc.text;
  }

  private emit(s: number, e: number): void {
    this.doc.addToken(s, e, normalize(this.text, s, e));
  }

  chunk(s: number, e: number): void {
    const text = this.text;
    const tail = this.tail;
    if (tail.length) tail.length = 0;
    let terminalEnd = -1; // end of the run of ".?!" last measured from inside the chunk
    // The first ":" or "@" after the chunk's first character: a URL or address needs one, so the whole-chunk
    // test runs only when there is one left (testing every peeled form was quadratic: "'s" × 15,600 took 5 s).
    let mark = -1;
    for (;;) {
      if (s >= e) break;
      if (mark < s + 1) mark = urlMark(text, s + 1, e);
      // Whole-chunk forms that must not be taken apart.
      if ((mark < e - 3 || startsWithWww(text, s)) && ch.looksLikeUrlOrEmail(text, s, e)) break;
      const c0 = text.charCodeAt(s);
      if (ch.isApostrophe(c0) && this.isBareClitic(s, e)) break;
      // "?" or "!" in a run of terminal marks followed by more text is a token of its own; the run
      // is measured once, not again for every mark (that was quadratic: 100 KB of "?" took a minute).
      if ((c0 === ch.QUESTION || c0 === ch.EXCLAIM) && e - s > 1) {
        if (terminalEnd <= s) terminalEnd = s + runOf(text, s, e, ch.isTerminal);
        if (Math.min(terminalEnd, e) < e) {
          this.emit(s, s + 1);
          s++;
          continue;
        }
      }
      // Front punctuation.
      const p = this.prefixLength(s, e);
      if (p > 0) {
        this.emit(s, s + p);
        s += p;
        continue;
      }
      // Back punctuation.
      const q = this.suffixLength(s, e);
      if (q > 0) {
        tail.push(e - q, e);
        e -= q;
        continue;
      }
      // Clitics: "n't", "'s", "'ll", … and the fused forms EWT splits ("cannot", "gonna").
      const k = this.cliticSplit(s, e);
      if (k > s) {
        tail.push(k, e);
        e = k;
        continue;
      }
      break;
    }
    if (s < e) this.core(s, e);
    for (let k = tail.length - 2; k >= 0; k -= 2) this.emit(tail[k], tail[k + 1]);
  }

  /** "'s", "'ll", "n't" standing alone (already separated in the source). */
  private isBareClitic(s: number, e: number): boolean {
    const len = e - s;
    if (len < 2 || len > 3) return false;
    const rest = this.text.slice(s + 1, e).toLowerCase();
    return len === 2 ? CLITICS2.includes(rest) || rest === "t" : CLITICS3.includes(rest);
  }

  private prefixLength(s: number, e: number): number {
    const text = this.text;
    const c = text.charCodeAt(s);
    if (e - s === 1) return 0;
    const next = text.charCodeAt(s + 1);
    if (c === ch.BACKTICK && next === ch.BACKTICK) return 2;
    if (ch.isDash(c) || c === ch.HYPHEN) return edgeRun(text, s, e, isDashOrHyphen);
    if (c === ch.PERIOD) return next === ch.PERIOD ? edgeRun(text, s, e, (x) => x === ch.PERIOD) : (ch.isDigit(next) ? 0 : 1);
    if (ch.isApostrophe(c)) {
      // "'90s" stays whole; otherwise an opening single quote.
      return ch.isDigit(next) ? 0 : 1;
    }
    if (!ch.isOpeningPunct(c)) return 0;
    if (ch.isTerminal(c) && runOf(text, s, e, ch.isTerminal) === e - s) return 0; // "!!" and "?!" are one token
    // A run of one symbol ("$$$", "***") is one token.
    return ch.mergesRuns(c) ? edgeRun(text, s, e, (x) => x === c) : 1;
  }

  private suffixLength(s: number, e: number): number {
    const text = this.text;
    const c = text.charCodeAt(e - 1);
    if (e - s === 1) return 0;
    if (c === ch.PERIOD || c === ch.QUESTION || c === ch.EXCLAIM) {
      let k = e - 1;
      let bang = false;
      while (k > s && ch.isTerminal(text.charCodeAt(k - 1))) {
        k--;
        if (text.charCodeAt(k) !== ch.PERIOD) bang = true;
      }
      if (c !== ch.PERIOD) bang = true;
      if (k === s) return 0; // the chunk is all terminal punctuation: one token
      const run = e - k;
      if (run === 1 && c === ch.PERIOD && isListNumber(text, s, e)) return 0;
      // "Inc..": the abbreviation keeps one period, the other ends the sentence.
      if (run === 2 && !bang && isAbbreviation(text, s, k + 1, this.lists.abbreviations)) return 1;
      if (run > 1 || bang) return run;
      // A single final period: part of an abbreviation, or a token of its own.
      return isAbbreviation(text, s, e, this.lists.abbreviations) ? 0 : 1;
    }
    if (c === ch.QUOTE_CLOSE_SINGLE || c === ch.APOS) {
      // "Hamas'" / "demands'": the apostrophe (possessive or closing quote) is its own token,
      // but "''" (a Penn-style closing quote) stays one token.
      if (c === ch.APOS && text.charCodeAt(e - 2) === ch.APOS) return 2;
      return 1;
    }
    if (ch.isDash(c) || c === ch.HYPHEN) return edgeRun(text, s, e, isDashOrHyphen, true);
    if (!ch.isClosingPunct(c)) return 0;
    return ch.mergesRuns(c) ? edgeRun(text, s, e, (x) => x === c, true) : 1;
  }

  /** Start of a clitic at the end of text[s,e), or s when there is none. */
  private cliticSplit(s: number, e: number): number {
    const text = this.text;
    const len = e - s;
    if (len < 2) return s;
    const last = text.charCodeAt(e - 1) | 0x20;
    // n't
    if (len > 3 && last === 0x74 /* t */ && ch.isApostrophe(text.charCodeAt(e - 2)) &&
        (text.charCodeAt(e - 3) | 0x20) === 0x6e /* n */ && ch.isLetter(text.charCodeAt(e - 4))) return e - 3;
    if (len === 2) return this.fused(s, e);
    // 's 'm 'd (but decades stay whole: "80's", "1990's")
    if (last === 0x73 && ch.isDigit(text.charCodeAt(e - 3)) && allDigits(text, s, e - 2)) return s;
    if (ch.isApostrophe(text.charCodeAt(e - 2)) && (last === 0x73 || last === 0x6d || last === 0x64) &&
        ch.isAlnum(text.charCodeAt(e - 3))) return e - 2;
    // 'll 're 've
    if (len > 3 && ch.isApostrophe(text.charCodeAt(e - 3)) && ch.isAlnum(text.charCodeAt(e - 4))) {
      const two = text.slice(e - 2, e).toLowerCase();
      if (CLITICS3.includes(two)) return e - 3;
    }
    return this.fused(s, e);
  }

  /** Split point of a fused word without apostrophe ("dont" → "do" "nt"), or s. */
  private fused(s: number, e: number): number {
    if (e - s > 8 || !ch.isLetter(this.text.charCodeAt(s))) return s;
    const last = this.text.charCodeAt(e - 1);
    if (!this.lists.contractionEnds.has(last >= 65 && last <= 90 ? last + 32 : last)) return s;
    const k = this.lists.contractions.get(this.text.slice(s, e).toLowerCase());
    return k === undefined ? s : s + k;
  }

  /** Split the inside of a chunk whose edges are already clean. */
  private core(s: number, e: number): void {
    const text = this.text;
    if (ch.looksLikeUrlOrEmail(text, s, e) || isPhoneNumber(text, s, e) || isDayMonthYear(text, s, e)) {
      this.emit(s, e);
      return;
    }
    let start = s;
    let i = s;
    while (i < e) {
      const c = text.charCodeAt(i);
      let cut = 0; // length of a separator token at i, or 0
      if (ch.isDash(c) || (c === ch.HYPHEN && i + 1 < e && text.charCodeAt(i + 1) === ch.HYPHEN)) {
        cut = runOf(text, i, e, isDashOrHyphen);
      } else if (c === ch.ELLIPSIS) {
        cut = 1;
      } else if (c === ch.PERIOD && i + 1 < e && text.charCodeAt(i + 1) === ch.PERIOD) {
        // "okay..won't", "Hamas...will": a run of periods inside a chunk is one token
        cut = runOf(text, i, e, (x) => x === ch.PERIOD);
      } else if (c === ch.HYPHEN) {
        cut = this.splitsHyphen(start, i, e) ? 1 : 0;
      } else if (c === ch.SLASH) {
        const prev = text.charCodeAt(i - 1);
        const next = text.charCodeAt(i + 1);
        // "and/or" splits; "11/28/2000", "w/o", "s/he" stay whole.
        cut = i > start && i + 1 < e && ch.isLetter(prev) && ch.isLetter(next) && i - start > 1 ? 1 : 0;
      } else if (c === ch.COMMA || c === ch.SEMICOLON) {
        const prev = text.charCodeAt(i - 1);
        const next = text.charCodeAt(i + 1);
        cut = c === ch.COMMA && i > start && ch.isDigit(prev) && ch.isDigit(next) && isThousands(text, i + 1, e) ? 0 : 1;
      } else if (c === ch.PERIOD) {
        // "details.CAIRO": two sentences glued together.
        cut = i - start >= 2 && i + 2 < e && ch.isLower(text.charCodeAt(i - 1)) && ch.isLower(text.charCodeAt(i - 2)) &&
          ch.isUpper(text.charCodeAt(i + 1)) && ch.isLetter(text.charCodeAt(i + 2)) ? 1 : 0;
      } else if (ch.isBracket(c) || ch.isDoubleQuote(c)) {
        cut = 1;
      }
      if (cut > 0) {
        if (i > start) this.word(start, i);
        this.emit(i, i + cut);
        i += cut;
        start = i;
      } else i++;
    }
    if (start < e) this.word(start, e);
  }

  /** Whether the hyphen at i (inside a piece that began at `start`) separates two words. */
  private splitsHyphen(start: number, i: number, e: number): boolean {
    const text = this.text;
    if (i === start || i + 1 >= e) return true;
    const prev = text.charCodeAt(i - 1);
    const next = text.charCodeAt(i + 1);
    if (!ch.isAlnum(prev) || !ch.isAlnum(next)) return true;
    if (ch.isLetter(prev)) {
      // The segment before this hyphen (since the previous hyphen) may be a kept prefix.
      let k = i - 1;
      while (k > start && ch.isLetter(text.charCodeAt(k - 1))) k--;
      if (k === start || text.charCodeAt(k - 1) !== ch.HYPHEN) {
        if (this.lists.prefixes.has(text.slice(k, i).toLowerCase())) return false;
      }
    }
    return true;
  }

  /** A piece without separators: split a number from a unit written against it ("5pm", "6:00am", "20km"). */
  private word(s: number, e: number): void {
    const text = this.text;
    if (ch.isDigit(text.charCodeAt(s))) {
      let k = s + 1;
      while (k < e && (ch.isDigit(text.charCodeAt(k)) || isNumberJoiner(text.charCodeAt(k)))) k++;
      if (k < e && ch.isLetter(text.charCodeAt(k)) && ch.isDigit(text.charCodeAt(k - 1)) &&
          this.lists.units.has(text.slice(k, e).toLowerCase())) {
        this.emit(s, k);
        this.emit(k, e);
        return;
      }
    }
    this.emit(s, e);
  }
}

/** Characters inside a number: "2.3", "27,585", "6:00". */
function isNumberJoiner(c: number): boolean {
  return c === ch.PERIOD || c === ch.COMMA || c === ch.COLON;
}

function isDashOrHyphen(c: number): boolean {
  return c === ch.HYPHEN || ch.isDash(c);
}

/** Length of the run of chars satisfying `pred` starting at s (or ending at e when `backward`). */
function runOf(text: string, s: number, e: number, pred: (c: number) => boolean, backward = false): number {
  let k = backward ? e : s;
  if (backward) while (k > s && pred(text.charCodeAt(k - 1))) k--;
  else while (k < e && pred(text.charCodeAt(k))) k++;
  return backward ? e - k : k - s;
}

/** Index of the first ":" or "@" in text[from, e), or e. */
function urlMark(text: string, from: number, e: number): number {
  for (let k = from; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c === ch.COLON || c === ch.AT) return k;
  }
  return e;
}

function startsWithWww(text: string, s: number): boolean {
  return (text.charCodeAt(s) | 0x20) === 0x77 && (text.charCodeAt(s + 1) | 0x20) === 0x77 && (text.charCodeAt(s + 2) | 0x20) === 0x77;
}

/** Like runOf, but 0 when the run fills the whole of text[s,e) (then the chunk is one token). */
function edgeRun(text: string, s: number, e: number, pred: (c: number) => boolean, backward = false): number {
  const n = runOf(text, s, e, pred, backward);
  return n === e - s ? 0 : n;
}

/** "713-853-3989", "646-8420", "3-5213": hyphenated digit groups EWT keeps whole (ranges like "1990-1995" split). */
function isPhoneNumber(text: string, s: number, e: number): boolean {
  if (!ch.isDigit(text.charCodeAt(s))) return false;
  let groups = 1;
  let len = 0;
  let first = 0;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (ch.isDigit(c)) len++;
    else if (c === ch.HYPHEN && len > 0) {
      if (groups === 1) first = len;
      len = 0;
      groups++;
    } else return false;
  }
  if (len === 0) return false;
  return groups >= 3 || (groups === 2 && len === 4 && (first <= 3 || first === 5));
}

/** "01-Feb-02": day, month abbreviation, year. */
function isDayMonthYear(text: string, s: number, e: number): boolean {
  const len = e - s;
  if (len < 8 || len > 11) return false;
  const d1 = text.charCodeAt(s + 1) === ch.HYPHEN ? s + 1 : s + 2;
  const d2 = d1 + 4;
  if (text.charCodeAt(d1) !== ch.HYPHEN || text.charCodeAt(d2) !== ch.HYPHEN) return false;
  for (let k = d1 + 1; k < d2; k++) if (!ch.isLetter(text.charCodeAt(k))) return false;
  return allDigits(text, s, d1) && allDigits(text, d2 + 1, e);
}

function allDigits(text: string, s: number, e: number): boolean {
  if (s >= e) return false;
  for (let k = s; k < e; k++) if (!ch.isDigit(text.charCodeAt(k))) return false;
  return true;
}

/** A comma between digits stays inside the number ("27,585", "3,40") unless 4+ digits follow ("11,2000"). */
function isThousands(text: string, k: number, e: number): boolean {
  return !(k + 4 <= e && allDigits(text, k, k + 4));
}

/** "2." opening a line: a list number, one token. */
function isListNumber(text: string, s: number, e: number): boolean {
  if (e - s > 3 || !allDigits(text, s, e - 1)) return false;
  let k = s - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  return k < 0 || text.charCodeAt(k) === ch.NEWLINE;
}

/** Lookup form: curly quotes and apostrophes straightened; the text itself when nothing changes. */
export function normalize(text: string, s: number, e: number): string | undefined {
  let out: string | undefined;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    const r = ch.straightQuote(c);
    if (r !== c && out === undefined) out = text.slice(s, k);
    if (out !== undefined) out += String.fromCharCode(r);
  }
  if (out === undefined) return undefined;
  return out === "``" || out === "''" ? '"' : out;
}
