// Scoring raw-text tokenization and sentence splitting against a CoNLL-U gold standard, in the
// manner of the CoNLL 2018 shared task: the gold sentences are joined back into raw text, and a
// predicted token matches a gold word when both cover exactly the same characters.
import type { ConlluSentence } from "../nlp/conllu.js";
import type { Doc } from "../text/doc.js";
import { UserError } from "../errors.js";

export interface RawAlignment {
  /** F1 (0..100) of predicted tokens against gold words, matched by character span. */
  tokensF1: number;
  /** F1 (0..100) of predicted sentences against gold sentences, matched by character span. */
  sentencesF1: number;
  /** For each gold word (all sentences, flattened in order): index of the matching predicted token or -1. */
  goldToPred: Int32Array;
}

/** Gold text with the character span of every word and sentence in it. */
export interface GoldLayout {
  text: string;
  wordStart: Int32Array;
  wordEnd: Int32Array;
  sentStart: Int32Array;
  sentEnd: Int32Array;
}

/**
 * The raw text of gold sentences: each sentence's `# text`, joined by a space within a paragraph
 * and by a blank line between paragraphs and documents (`# newpar`, `# newdoc`).
 */
export function rawTextFor(gold: ConlluSentence[]): string {
  let text = "";
  gold.forEach((s, k) => {
    if (k > 0) text += s.newDoc || s.newPar ? "\n\n" : " ";
    text += s.text;
  });
  return text;
}

/**
 * Locate every gold word in rawTextFor(gold). Surface tokens (multi-word tokens such as "don't"
 * included) are found in order in the sentence text; the words of a multi-word token get consecutive
 * sub-spans when their forms spell the surface form ("do" + "n't"), otherwise the first word takes
 * the whole span and the others none (they can never match).
 */
export function goldLayout(gold: ConlluSentence[]): GoldLayout {
  const text = rawTextFor(gold);
  const nWords = gold.reduce((a, s) => a + s.tokens.length, 0);
  const wordStart = new Int32Array(nWords).fill(-1);
  const wordEnd = new Int32Array(nWords).fill(-1);
  const sentStart = new Int32Array(gold.length);
  const sentEnd = new Int32Array(gold.length);
  let offset = 0;
  let w = 0;
  gold.forEach((s, si) => {
    if (si > 0) offset += s.newDoc || s.newPar ? 2 : 1;
    const sentEndOffset = offset + s.text.length;
    let p = offset;
    const mwtAt = new Map(s.multiword.map((m) => [m.from, m]));
    for (let k = 0; k < s.tokens.length; ) {
      const m = mwtAt.get(s.tokens[k].id);
      const form = m ? m.form : s.tokens[k].form;
      const [a, b] = locate(text, form, p, sentEndOffset);
      p = b;
      if (!m) {
        wordStart[w] = a; wordEnd[w] = b;
        w++; k++;
        continue;
      }
      const words = s.tokens.slice(k, k + (m.to - m.from + 1));
      const spelled = words.map((t) => t.form).join("");
      let q = a;
      for (let j = 0; j < words.length; j++) {
        if (spelled.toLowerCase() === text.slice(a, b).toLowerCase()) {
          wordStart[w + j] = q; wordEnd[w + j] = q + words[j].form.length;
          q += words[j].form.length;
        } else if (j === 0) {
          wordStart[w] = a; wordEnd[w] = b;
        }
      }
      w += words.length;
      k += words.length;
    }
    sentStart[si] = firstSet(wordStart, w - s.tokens.length, w, offset);
    sentEnd[si] = Math.max(p, sentStart[si]);
    offset = sentEndOffset;
  });
  return { text, wordStart, wordEnd, sentStart, sentEnd };
}

/** Span of `form` at or after p (skipping whitespace), tolerant of forms that differ from the text. */
function locate(text: string, form: string, p: number, limit: number): [number, number] {
  while (p < limit && /\s/.test(text[p])) p++;
  if (text.startsWith(form, p)) return [p, p + form.length];
  // Forms that contain spaces in the text, or are spelled differently: match ignoring whitespace.
  const bare = form.replace(/\s+/g, "");
  let q = p;
  let k = 0;
  while (q < limit && k < bare.length) {
    if (/\s/.test(text[q])) { q++; continue; }
    if (text[q] !== bare[k]) break;
    q++; k++;
  }
  if (k === bare.length) return [p, q];
  const found = text.indexOf(form, p);
  if (found >= 0 && found + form.length <= limit) return [found, found + form.length];
  return [p, Math.min(limit, p + form.length)];
}

function firstSet(starts: Int32Array, from: number, to: number, fallback: number): number {
  for (let k = from; k < to; k++) if (starts[k] >= 0) return starts[k];
  return fallback;
}

function f1(matched: number, predicted: number, gold: number): number {
  if (predicted === 0 || gold === 0) return 0;
  const p = matched / predicted;
  const r = matched / gold;
  return p + r === 0 ? 0 : (200 * p * r) / (p + r);
}

/** Align a Doc tokenized and split from rawTextFor(gold) with the gold words and sentences. */
export function alignRaw(gold: ConlluSentence[], doc: Doc): RawAlignment {
  const g = goldLayout(gold);
  if (doc.text !== g.text) throw new UserError("alignRaw: the document text is not rawTextFor(gold)");
  const predByStart = new Map<number, number>();
  for (const t of doc.tokens) predByStart.set(t.start, t.i);
  const goldToPred = new Int32Array(g.wordStart.length).fill(-1);
  let matched = 0;
  for (let w = 0; w < goldToPred.length; w++) {
    const k = predByStart.get(g.wordStart[w]);
    if (k !== undefined && doc.tokens[k].end === g.wordEnd[w]) {
      goldToPred[w] = k;
      matched++;
    }
  }
  const sentKeys = new Set<string>();
  for (let s = 0; s < g.sentStart.length; s++) sentKeys.add(`${g.sentStart[s]}:${g.sentEnd[s]}`);
  let sentMatched = 0;
  for (const s of doc.sentences) if (sentKeys.has(`${s.start}:${s.end}`)) sentMatched++;
  return {
    tokensF1: f1(matched, doc.tokens.length, goldToPred.length),
    sentencesF1: f1(sentMatched, doc.sentences.length, g.sentStart.length),
    goldToPred,
  };
}
