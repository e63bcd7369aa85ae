// Part-of-speech tagger: a greedy left-to-right averaged perceptron that predicts the UPOS and Penn XPOS
// tags jointly (one class per UPOS+XPOS pair seen in training), with a tag dictionary for frequent
// unambiguous words. Two passes: the first gives provisional tags, the second sees them for the words to
// the right (which a left-to-right tagger otherwise knows only by their forms).
import type { Doc } from "../text/doc.js";
import { hashString, mix } from "./hash.js";
import { argmax, LinearModel } from "./perceptron.js";
import { readModelFile, readModelFileAsync, requireModel, writeModelFile, type ModelHeader } from "./model-io.js";

/** Feature templates of the current code; a model records how many it was trained with. */
export const TAGGER_FEATURES = 29;

/** Per-token string hashes, computed once per sentence. */
export interface TokenHashes {
  n: number;
  /** the part after the last hyphen ("medicating" in "self-medicating"), else the word */
  tail: Uint32Array;
  suf5: Uint32Array;
  pre2: Uint32Array;
  word: Uint32Array; cased: Uint32Array; suf1: Uint32Array; suf2: Uint32Array; suf3: Uint32Array; suf4: Uint32Array;
  pre1: Uint32Array; pre3: Uint32Array; shape: Uint32Array;
}

const PAD = 2; // two pads each side
const START = hashString("<s>"), END = hashString("</s>");

/** Word shape with runs longer than two collapsed: "Hamas" → "Xxx", "27,585" → "dd,ddd". */
export function wordShape(s: string): string {
  let out = "", last = "", run = 0;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    let k: string;
    if (c >= 65 && c <= 90) k = "X";
    else if (c >= 97 && c <= 122) k = "x";
    else if (c >= 48 && c <= 57) k = "d";
    else if (c < 128) k = ch;
    else k = /\p{Lu}/u.test(ch) ? "X" : /\p{Ll}/u.test(ch) ? "x" : /\p{N}/u.test(ch) ? "d" : ch;
    if (k === last) { if (++run > 2) continue; } else run = 0;
    out += k; last = k;
  }
  return out;
}

const NEEDS_NORM = /[’‘“”0-9]/;

/** Lower-cased form with curly quotes straightened and digits mapped to 0 (the word feature). */
export function normWord(s: string): string {
  const w = s.toLowerCase();
  return NEEDS_NORM.test(w) ? w.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\d/g, "0") : w;
}

export function hashTokens(forms: string[]): TokenHashes {
  const n = forms.length, len = n + 2 * PAD;
  const h: TokenHashes = {
    n, tail: new Uint32Array(len), suf5: new Uint32Array(len), pre2: new Uint32Array(len), word: new Uint32Array(len), cased: new Uint32Array(len), suf1: new Uint32Array(len), suf2: new Uint32Array(len),
    suf3: new Uint32Array(len), suf4: new Uint32Array(len), pre1: new Uint32Array(len), pre3: new Uint32Array(len),
    shape: new Uint32Array(len),
  };
  for (let k = 0; k < len; k++) {
    const i = k - PAD;
    if (i < 0 || i >= n) {
      const p = i < 0 ? START : END;
      h.word[k] = h.cased[k] = h.suf1[k] = h.suf2[k] = h.suf3[k] = h.suf4[k] = h.pre1[k] = h.pre3[k] = h.shape[k] = p;
      h.tail[k] = h.suf5[k] = h.pre2[k] = p;
      continue;
    }
    const f = forms[i], w = normWord(f);
    h.word[k] = hashString(w);
    h.cased[k] = hashString(f);
    h.suf1[k] = hashString(w.slice(-1));
    h.suf2[k] = hashString(w.slice(-2));
    h.suf3[k] = hashString(w.slice(-3));
    h.suf4[k] = hashString(w.slice(-4));
    h.pre1[k] = hashString(f.slice(0, 1));
    h.pre3[k] = hashString(w.slice(0, 3));
    h.shape[k] = hashString(wordShape(f));
    const dash = w.lastIndexOf("-");
    h.tail[k] = dash > 0 && dash < w.length - 1 ? hashString(w.slice(dash + 1)) : h.word[k];
    h.suf5[k] = hashString(w.slice(-5));
    h.pre2[k] = hashString(w.slice(0, 2));
  }
  return h;
}

/** Fill `out` with the feature hashes for word i given the two previous predicted classes. */
export function taggerFeatures(h: TokenHashes, i: number, p1: number, p2: number, out: Uint32Array): number {
  const k = i + PAD, w = h.word;
  let n = 0;
  out[n++] = mix(0, 0);
  out[n++] = mix(1, w[k]);
  out[n++] = mix(2, h.suf3[k]);
  out[n++] = mix(3, h.suf2[k]);
  out[n++] = mix(4, h.pre1[k]);
  out[n++] = mix(5, h.shape[k]);
  out[n++] = mix(6, p1);
  out[n++] = mix(7, p2, p1);
  out[n++] = mix(8, p1, w[k]);
  out[n++] = mix(9, w[k - 1]);
  out[n++] = mix(10, h.suf3[k - 1]);
  out[n++] = mix(11, w[k - 2]);
  out[n++] = mix(12, w[k + 1]);
  out[n++] = mix(13, h.suf3[k + 1]);
  out[n++] = mix(14, w[k + 2]);
  out[n++] = mix(15, w[k - 1], w[k]);
  out[n++] = mix(16, w[k], w[k + 1]);
  out[n++] = mix(17, p1, w[k + 1]);
  out[n++] = mix(18, h.cased[k]);
  out[n++] = mix(19, h.suf4[k]);
  out[n++] = mix(20, h.shape[k - 1], h.shape[k + 1]);
  out[n++] = mix(21, h.pre3[k]);
  out[n++] = mix(22, i === 0 ? 1 : 0, h.shape[k]);
  out[n++] = mix(23, h.suf1[k], h.shape[k]);
  out[n++] = mix(24, w[k - 1], w[k + 1]);
  out[n++] = mix(25, p1, h.suf3[k]);
  out[n++] = mix(26, h.tail[k]);
  out[n++] = mix(27, h.suf5[k]);
  out[n++] = mix(28, h.pre2[k], h.shape[k]);
  return n;
}

/** Templates of the second pass: the first pass's plus those over the provisional tags. */
export const TAGGER2_FEATURES = TAGGER_FEATURES + 8;

/**
 * Second-pass features for word i: the first-pass features plus the provisional (first-pass) tags `prov`
 * of words i, i+1 and i+2. Class ids ≥ the class count stand for "no word" (nc, nc+1 left; nc+2, nc+3 right).
 */
export function taggerFeatures2(h: TokenHashes, i: number, p1: number, p2: number, prov: Int32Array, nc: number, out: Uint32Array): number {
  let n = taggerFeatures(h, i, p1, p2, out);
  const k = i + PAD, w = h.word;
  const r0 = prov[i], r1 = i + 1 < h.n ? prov[i + 1] : nc + 2, r2 = i + 2 < h.n ? prov[i + 2] : nc + 3;
  out[n++] = mix(29, r1);
  out[n++] = mix(30, r1, r2);
  out[n++] = mix(31, p1, r1);
  out[n++] = mix(32, w[k], r1);
  out[n++] = mix(33, r1, w[k + 1]);
  out[n++] = mix(34, h.suf3[k], r1);
  out[n++] = mix(35, r2);
  out[n++] = mix(36, r0);
  return n;
}

/** The model's classes: "UPOS XPOS" pairs, index = class id. */
export interface TagClass {
  upos: string;
  xpos: string;
}

export class Tagger {
  private readonly feats = new Uint32Array(TAGGER2_FEATURES);
  private readonly scores: Float32Array;
  private readonly dict: Map<string, number>;
  private prov = new Int32Array(64);
  private readonly cands: Map<string, Int32Array>;
  private readonly lex: Lexicon = {
    fixed: (f) => this.dict.get(f),
    candidates: (f) => this.cands.get(f),
  };

  /**
   * `nFeatures`: how many templates the model was trained with (older models use fewer); `second`: the
   * second-pass model (absent in one-pass models); `candidates`: for frequent words, the classes seen
   * with them in training, the only ones scored (same accuracy, far less work than scoring every class).
   */
  constructor(
    readonly model: LinearModel, readonly classes: TagClass[], tagDict: Record<string, number>, readonly nFeatures = TAGGER_FEATURES,
    readonly second?: LinearModel, candidates: Record<string, number[]> = {},
  ) {
    this.scores = new Float32Array(model.nClasses);
    this.dict = new Map(Object.entries(tagDict));
    this.cands = new Map(Object.entries(candidates).map(([f, c]) => [f, Int32Array.from(c)]));
  }

  static load(path: string): Tagger {
    return Tagger.of(readModelFile(path), path);
  }

  /** `load`, the weights inflated off the main thread (see readModelFileAsync). */
  static async loadAsync(path: string): Promise<Tagger> {
    return Tagger.of(await readModelFileAsync(path), path);
  }

  private static of({ header, models }: ReturnType<typeof readModelFile>, path: string): Tagger {
    return new Tagger(requireModel(models, "tags", path), header.classes as TagClass[], header.tagDict as Record<string, number>, header.features as number,
      header.passes === 2 ? requireModel(models, "tags2", path) : undefined, (header.candidates ?? {}) as Record<string, number[]>);
  }

  save(path: string, extra: Record<string, unknown> = {}): number {
    const header: ModelHeader = {
      kind: "parley-tagger", features: this.nFeatures, passes: this.second ? 2 : 1,
      classes: this.classes, tagDict: Object.fromEntries(this.dict),
      candidates: Object.fromEntries([...this.cands].map(([f, c]) => [f, [...c]])), ...extra,
    };
    return writeModelFile(path, header, this.second ? { tags: this.model, tags2: this.second } : { tags: this.model });
  }

  /** Class ids for one sentence of word forms. */
  tagForms(forms: string[], out: Int32Array = new Int32Array(forms.length)): Int32Array {
    const h = hashTokens(forms);
    if (!this.second) return tagPass(forms, h, undefined, this.lex, this.model, this.nFeatures, this.feats, this.scores, out);
    if (this.prov.length < forms.length) this.prov = new Int32Array(2 * forms.length);
    const prov = tagPass(forms, h, undefined, this.lex, this.model, this.nFeatures, this.feats, this.scores, this.prov);
    return tagPass(forms, h, prov, this.lex, this.second, TAGGER2_FEATURES, this.feats, this.scores, out);
  }

  /** Set upos and xpos on every token of the doc, sentence by sentence. */
  tag(doc: Doc): void {
    for (const s of doc.sentences) {
      doc.checkBudget();
      const toks = doc.tokens.slice(s.tokenStart, s.tokenEnd);
      const ids = this.tagForms(toks.map((t) => t.norm || t.text)); // norm: curly quotes straightened, as in the treebanks
      toks.forEach((t, k) => { t.upos = this.classes[ids[k]].upos; t.xpos = this.classes[ids[k]].xpos; });
    }
  }
}

/** Anything that scores a feature vector: a finished model or a trainer's current weights. */
export interface Scorer {
  readonly nClasses: number;
  score(feats: Uint32Array, n: number, out: Float32Array): void;
}

/** What the tagger knows of word forms before scoring. */
export interface Lexicon {
  /** the tag dictionary's class for a form */
  fixed(form: string): number | undefined;
  /** the only classes a form may take (scored alone), when known */
  candidates?(form: string): Int32Array | undefined;
}

/**
 * One left-to-right pass over a sentence, class ids into `out`. With `prov` (first-pass tags) it is the
 * second pass. `onGuess` (training) sees each scored word's features and guess before the next word.
 */
export function tagPass(
  forms: string[], h: TokenHashes, prov: Int32Array | undefined, lex: Lexicon, model: Scorer, nFeatures: number,
  feats: Uint32Array, scores: Float32Array, out: Int32Array, onGuess?: (i: number, guess: number, n: number) => void,
): Int32Array {
  const nc = model.nClasses;
  const restricted = lex.candidates && model instanceof LinearModel ? model : undefined;
  let p1 = nc, p2 = nc + 1;
  for (let i = 0; i < forms.length; i++) {
    let c = lex.fixed(forms[i]);
    if (c === undefined) {
      const n = prov ? taggerFeatures2(h, i, p1, p2, prov, nc, feats) : taggerFeatures(h, i, p1, p2, feats);
      const cands = restricted && lex.candidates!(forms[i]);
      if (cands) c = bestCandidate(restricted!, feats, n, cands, scores);
      else {
        model.score(feats, n < nFeatures ? n : nFeatures, scores);
        c = argmax(scores, nc);
      }
      onGuess?.(i, c, n);
    }
    out[i] = c;
    p2 = p1; p1 = c;
  }
  return out;
}

/** The best of the candidate classes, scoring only those (a handful instead of every class). */
function bestCandidate(m: LinearModel, feats: Uint32Array, n: number, cands: Int32Array, scores: Float32Array): number {
  const nc = m.nClasses, idx = m.rowIndex, mask = m.mask, q = m.q, sc = m.scales, nk = cands.length;
  for (let j = 0; j < nk; j++) scores[cands[j]] = 0;
  for (let k = 0; k < n; k++) {
    const r = idx[feats[k] & mask];
    if (r < 0) continue;
    const base = r * nc, s = sc[r];
    for (let j = 0; j < nk; j++) scores[cands[j]] += s * q[base + cands[j]];
  }
  let best = cands[0];
  for (let j = 1; j < nk; j++) if (scores[cands[j]] > scores[best]) best = cands[j];
  return best;
}
