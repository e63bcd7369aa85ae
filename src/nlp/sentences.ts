// Sentence splitter over tokens: terminal punctuation followed by something that can start a
// sentence, closing quotes and brackets kept with the sentence they close ("…closed.” Speaking"),
// abbreviations that rarely end a sentence ("Mr.", "No. 1"), and line breaks: a blank line always
// ends a sentence, a single line break does unless the text is visibly hard-wrapped mid-sentence.
import type { Doc, Token } from "../text/doc.js";
import * as ch from "./chars.js";
import { abbreviationKind, isLetterDotSequence } from "./tokenizer.js";
import { loadWordList } from "./wordlists.js";

/** Longest sentence handed on: longer runs are split into pieces of this many tokens. */
export const MAX_SENTENCE_TOKENS = 200;

export interface SplitOptions {
  /** Split a run-in subheading off the sentence it was glued to ("The outcome If the judge …"); default on. */
  runInHeadings?: boolean;
}

/** Group the tokens not yet in a sentence into sentences (doc.addSentence). */
export function splitSentences(doc: Doc, options: SplitOptions = {}): void {
  const headings = options.runInHeadings ?? true;
  const toks = doc.tokens;
  const n = toks.length;
  const last = doc.sentences[doc.sentences.length - 1];
  let start = last ? last.tokenEnd : 0;
  const starters = loadWordList("sentence-starters.txt");
  let i = start;
  while (i < n) {
    let end = i + 1; // candidate boundary: after token end-1
    let boundary = false;
    const tok = toks[i];
    if (isTerminal(tok)) {
      // Closing quotes/brackets written against the terminal belong to this sentence.
      while (end < n && attached(doc, end) && isClosing(toks[end], doc)) end++;
      end = afterCitation(doc, end);
      // Without a closing quote, even a lower-case word starts a new sentence (informal text);
      // after one, `"Why?" he asked` goes on. An ellipsis before a lower-case word never ends one.
      const closed = end > i + 1 || isEllipsis(tok);
      boundary = end >= n || lineBreaks(doc, end) > 0 || canStartSentence(toks[end], !closed);
    } else if (endsWithAbbreviationPeriod(tok)) {
      while (end < n && attached(doc, end) && isClosing(toks[end], doc)) end++;
      boundary = end >= n || lineBreaks(doc, end) > 0 || abbreviationEnds(tok, toks[end], starters, end > i + 1);
    }
    if (!boundary && end < n) {
      const breaks = lineBreaks(doc, end);
      boundary = breaks >= 2 || (breaks === 1 && !continuesLine(doc, toks[end - 1], toks[end]));
    }
    // A sentence is cut after MAX_SENTENCE_TOKENS: the parser and the event coder grow faster
    // than linearly with sentence length, and no real sentence is that long (a run-on text is).
    if (!boundary && end - start >= MAX_SENTENCE_TOKENS) boundary = true;
    if (boundary || end >= n) {
      const body = headings ? runInHeadingEnd(doc, start, end, starters) : start;
      if (body > start) doc.addSentence(start, body);
      doc.addSentence(body, end);
      start = end;
    }
    i = end;
  }
}

/** Longest run-in subheading taken off the front of a sentence, in tokens. */
const MAX_HEADING_TOKENS = 5;
/** Fewest tokens the sentence must keep after a run-in subheading. */
const MIN_BODY_TOKENS = 6;
/** Words a subheading does not end with: they link it to what follows ("According to The Times"). */
const LINKING_WORDS = new Set(["to", "of", "than", "against", "via", "per", "about", "into", "onto", "like",
  "near", "between", "among", "across", "including", "titled", "called", "named", "dubbed", "mr", "mrs", "ms",
  "dr", "president", "minister"]);
/** Verb forms no subheading holds anywhere: with one, the words are a clause ("You can find them From …"). */
const CLAUSE_WORDS = new Set(["says", "said", "told", "tells", "asked", "is", "was", "are", "were", "be", "been",
  "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should", "not", "do", "does", "did"]);

/**
 * Where the body starts when a sentence opens with a subheading the text lost its line break after:
 * "International reaction A U.S. spokesperson urged …", "The outcome If the judge rules …". Scraped and
 * flattened news has these (about one sentence in twenty of the VOA stories). The heading is one to five
 * plain words, the first capitalised, none a verb form or linking word at its end, followed by a
 * capitalised function word that opens sentences (`sentence-starters.txt`); "The" must be followed by a
 * lower-case word, so that "… told The Associated Press" stays whole. Returns `start` when there is none.
 */
function runInHeadingEnd(doc: Doc, start: number, end: number, starters: ReadonlyMap<string, string>): number {
  const toks = doc.tokens;
  if (!ch.isUpper(toks[start].text.charCodeAt(0))) return start;
  for (let k = start + 1; k <= start + MAX_HEADING_TOKENS && k < end - MIN_BODY_TOKENS; k++) {
    const prev = toks[k - 1].text;
    if (!isPlainWord(prev) || CLAUSE_WORDS.has(prev.toLowerCase()) || (k - 1 > start && /ed$/.test(prev))) return start;
    const word = toks[k].text;
    if (word.length < 2 && word !== "A") continue;
    if (!ch.isUpper(word.charCodeAt(0)) || word === word.toUpperCase() && word.length > 1) continue;
    const lower = word.toLowerCase();
    if (!starters.has(lower) || starters.has(prev.toLowerCase()) || LINKING_WORDS.has(prev.toLowerCase())) continue;
    if (lower === "the" && !ch.isLower(toks[k + 1].text.charCodeAt(0))) continue;
    if (attached(doc, k + 1)) continue; // "So-young" is a name, not "So"
    return k;
  }
  return start;
}

/** Letters only, with inner hyphens ("U.N.-backed" and "Hamas's" are not plain). */
function isPlainWord(text: string): boolean {
  return /^\p{L}+(?:-\p{L}+)*$/u.test(text);
}

/** Number of line breaks in the whitespace before token k (0 for the first token). */
function lineBreaks(doc: Doc, k: number): number {
  if (k === 0) return 0;
  const text = doc.text;
  let count = 0;
  for (let p = doc.tokens[k - 1].end; p < doc.tokens[k].start; p++) {
    const c = text.charCodeAt(p);
    if (c === ch.NEWLINE || c === 0x2029) count++;
  }
  return count;
}

/** Token k touches the previous one (no whitespace between). */
function attached(doc: Doc, k: number): boolean {
  return doc.tokens[k].start === doc.tokens[k - 1].end;
}

function isTerminal(t: Token): boolean {
  const text = t.text;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (!ch.isTerminal(c) && c !== ch.ELLIPSIS) return false;
  }
  return text.length > 0;
}

/** A closing quote or bracket; an opening curly quote counts when typed against the period and followed by a space. */
function isClosing(t: Token, doc: Doc): boolean {
  if (t.text.length > 2) return false;
  const c = t.text.charCodeAt(0);
  if (c === ch.QUOTE_OPEN_DOUBLE || c === ch.QUOTE_OPEN_SINGLE) return ch.isSpace(doc.text.charCodeAt(t.end));
  return c === ch.QUOTE_CLOSE_DOUBLE || c === ch.QUOTE_CLOSE_SINGLE || c === ch.DQUOTE || c === ch.APOS ||
    c === 0x29 || c === 0x5d || c === 0x7d || c === 0xbb;
}

/** Past a citation mark such as "[12]" or "[3 – 5]" that follows the end of a sentence (same line). */
function afterCitation(doc: Doc, k: number): number {
  const toks = doc.tokens;
  if (k >= toks.length || toks[k].text !== "[" || lineBreaks(doc, k) > 0) return k;
  for (let j = k + 1; j < toks.length && j < k + 8; j++) {
    const t = toks[j].text;
    if (t === "]") return j > k + 1 ? j + 1 : k;
    const c = t.charCodeAt(0);
    if (!ch.isDigit(c) && c !== ch.COMMA && c !== ch.HYPHEN && !ch.isDash(c)) return k;
  }
  return k;
}

function endsWithAbbreviationPeriod(t: Token): boolean {
  return t.text.length > 1 && t.text.charCodeAt(t.text.length - 1) === ch.PERIOD && !isTerminal(t);
}

function isEllipsis(t: Token): boolean {
  return t.text === "\u2026" || t.text.startsWith("..");
}

/** Whether `next` may begin a sentence: capitalised word, number, opening quote or bracket. */
function canStartSentence(next: Token, lowerToo: boolean): boolean {
  const c = next.text.charCodeAt(0);
  if (ch.isLower(c)) return lowerToo;
  if (c === ch.COMMA || c === ch.SEMICOLON || c === ch.COLON || c === ch.PERIOD) return false;
  if (ch.isApostrophe(c) && next.text.length > 1) return false; // a clitic such as "'s"
  return true;
}

/** Words that never go on a name after its initial: "platform X. He added" ends at "X.". */
const AFTER_INITIAL_STARTERS = new Set(["he", "she", "it", "they", "we", "i", "the", "this", "but", "his", "her", "their"]);

/**
 * After "U.S." or "Inc.": a new sentence only when the next word is a typical sentence opener, or, when a
 * closing quote stands between (`quoteClosed`), any capitalised word ("… in the U.S.” Trump also said").
 */
function abbreviationEnds(abbr: Token, next: Token, starters: ReadonlyMap<string, string>, quoteClosed = false): boolean {
  const kind = abbreviationKind(abbr.text);
  if (kind === "title" || kind === "number") return false;
  const c = next.text.charCodeAt(0);
  // A single-letter initial ("J.") is followed by the rest of a name, never by a pronoun or "The".
  if (abbr.text.length === 2 && isLetterDotSequence(abbr.text, 0, 2) && ch.isUpper(abbr.text.charCodeAt(0))) {
    return ch.isUpper(c) && AFTER_INITIAL_STARTERS.has(next.text.toLowerCase());
  }
  if (ch.isDoubleQuote(c) || c === ch.QUOTE_OPEN_SINGLE) return true;
  if (quoteClosed && ch.isUpper(c)) return true;
  return ch.isUpper(c) && starters.has(next.text.toLowerCase());
}

/** Lines at least this long that end without punctuation are taken as hard-wrapped prose, not headlines. */
const WRAPPED_LINE = 60;

/** A single line break inside a sentence: the text is hard-wrapped and the sentence goes on. */
function continuesLine(doc: Doc, prev: Token, next: Token): boolean {
  const c = next.text.charCodeAt(0);
  if (ch.isLower(c)) return true;
  const p = prev.text.charCodeAt(prev.text.length - 1);
  if (p === ch.COMMA || p === ch.HYPHEN || p === 0x28) return true;
  if (ch.isTerminal(p) || p === ch.COLON || ch.isDoubleQuote(p) || ch.isApostrophe(p)) return false;
  const lineStart = doc.text.lastIndexOf("\n", prev.start) + 1;
  return prev.end - lineStart >= WRAPPED_LINE;
}
