// The trained NER model: labels, feature weights and a description of how it was made; greedy decoding
// with BILOU constraints; reading and writing the gzipped JSON model file.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { SourceError } from "../../errors.js";
import { PAD_VIEWS, contextFeatures, historyFeatures, shape, wordView, type DocCase, type WordView } from "./features.js";
import type { Gazetteer } from "./gazetteer.js";
import { bilouAllowed } from "./spans.js";

export const MODEL_FORMAT = "parley-ner";
export const MODEL_VERSION = 1;

/** What the model file says about itself besides the weights. */
export interface NerModelInfo {
  /** Tagging scheme of `labels` (always "BILOU"); output is converted to BIO. */
  scheme: "BILOU";
  /** Entity types the model predicts. */
  types: string[];
  /** Training files, epochs, seed, date. */
  training: Record<string, unknown>;
  /** Scores measured on development data at training time. */
  dev: Record<string, unknown>;
  /**
   * Added to the score of "O" at decoding time; negative values trade precision for recall (the perceptron
   * leaves too many names untagged). Tuned on the first dev file after training.
   */
  outsideOffset: number;
}

/** Feature rows of one word's view (see WordView), cached per word at run time. */
interface WordRows {
  self: Int32Array;
  prev: Int32Array;
  next: Int32Array;
  prev2: Int32Array;
  next2: Int32Array;
  shape: string;
  lower: string;
}

const MAX_CACHED_WORDS = 200_000;

export class NerModel {
  private readonly rows: Map<string, number>;
  /** allowed[p * L + y]: label y may follow label p under BILOU. */
  private readonly allowed: Uint8Array;
  /** Labels that may end a sentence (not B-, not I-). */
  private readonly mayEnd: Uint8Array;
  private readonly wordCache = new Map<string, WordRows>();
  private readonly padLeft: WordRows;
  private readonly padRight: WordRows;

  constructor(
    readonly labels: string[],
    readonly features: string[],
    readonly weights: Float32Array,
    readonly info: NerModelInfo,
  ) {
    const L = labels.length;
    this.rows = new Map(features.map((f, r) => [f, r * L]));
    this.allowed = new Uint8Array(L * L);
    labels.forEach((p, a) => labels.forEach((y, b) => { this.allowed[a * L + b] = bilouAllowed(p, y) ? 1 : 0; }));
    this.mayEnd = Uint8Array.from(labels, (y) => (y[0] === "B" || y[0] === "I" ? 0 : 1));
    this.padLeft = this.toRows(PAD_VIEWS.left, "", "");
    this.padRight = this.toRows(PAD_VIEWS.right, "", "");
  }

  private rowList(feats: readonly string[]): Int32Array {
    const out: number[] = [];
    for (const f of feats) {
      const r = this.rows.get(f);
      if (r !== undefined) out.push(r);
    }
    return Int32Array.from(out);
  }

  private toRows(v: WordView, shapeI: string, lower: string): WordRows {
    return {
      self: this.rowList(v.self), prev: this.rowList(v.prev), next: this.rowList(v.next),
      prev2: this.rowList(v.prev2), next2: this.rowList(v.next2), shape: shapeI, lower,
    };
  }

  private wordRows(word: string, gz: Gazetteer): WordRows {
    let r = this.wordCache.get(word);
    if (!r) {
      if (this.wordCache.size >= MAX_CACHED_WORDS) this.wordCache.clear();
      r = this.toRows(wordView(word, gz), shape(word), word.toLowerCase());
      this.wordCache.set(word, r);
    }
    return r;
  }

  /**
   * BILOU tags for one sentence of words (with `doc`, the casing evidence of its whole document), decoded greedily left to right: each token takes the best label
   * that may follow the previous one (no I/L without B, nothing left open at the end).
   */
  tagWords(words: readonly string[], gz: Gazetteer, doc?: DocCase): string[] {
    const n = words.length;
    const L = this.labels.length;
    const views = words.map((w) => this.wordRows(w, gz));
    const V = (i: number) => (i < 0 ? this.padLeft : i >= n ? this.padRight : views[i]);
    const ctx = contextFeatures(words, gz, doc);
    const scores = new Float64Array(L);
    const out: string[] = [];
    let p1 = 0;
    let p2 = 0;
    for (let i = 0; i < n; i++) {
      scores.fill(0);
      this.addRows(V(i).self, scores);
      this.addRows(V(i - 1).prev, scores);
      this.addRows(V(i + 1).next, scores);
      this.addRows(V(i - 2).prev2, scores);
      this.addRows(V(i + 2).next2, scores);
      for (const f of ctx[i]) this.addFeature(f, scores);
      for (const f of historyFeatures(this.labels[p1], this.labels[p2], views[i].shape, views[i].lower)) this.addFeature(f, scores);
      scores[0] += this.info.outsideOffset;
      let best = -1;
      for (let y = 0; y < L; y++) {
        if (!this.allowed[p1 * L + y] || (i === n - 1 && !this.mayEnd[y])) continue;
        if (best < 0 || scores[y] > scores[best]) best = y;
      }
      out.push(this.labels[best]);
      p2 = p1;
      p1 = best;
    }
    return out;
  }

  private addRows(rows: Int32Array, out: Float64Array): void {
    const L = out.length;
    const w = this.weights;
    for (let k = 0; k < rows.length; k++) {
      const base = rows[k];
      for (let y = 0; y < L; y++) out[y] += w[base + y];
    }
  }

  private addFeature(feature: string, out: Float64Array): void {
    const base = this.rows.get(feature);
    if (base === undefined) return;
    for (let y = 0; y < out.length; y++) out[y] += this.weights[base + y];
  }

  /**
   * Write the model as gzipped JSON. Weights are quantised to 16-bit integers (`scale` per unit) and stored
   * base64-encoded, row-major (feature × label), little-endian.
   */
  save(path: string): void {
    let maxAbs = 0;
    for (const v of this.weights) maxAbs = Math.max(maxAbs, Math.abs(v));
    const scale = maxAbs > 0 ? 32767 / maxAbs : 1;
    const q = new Int16Array(this.weights.length);
    for (let k = 0; k < q.length; k++) q[k] = Math.round(this.weights[k] * scale);
    const body = {
      format: MODEL_FORMAT, version: MODEL_VERSION, ...this.info, labels: this.labels,
      featureCount: this.features.length, scale, features: this.features,
      weights: Buffer.from(q.buffer, q.byteOffset, q.byteLength).toString("base64"),
    };
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, gzipSync(JSON.stringify(body), { level: 9 }));
  }

  static load(path: string): NerModel {
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(gunzipSync(readFileSync(path)).toString("utf8"));
    } catch (err) {
      throw new SourceError(path, `cannot read NER model: ${(err as Error).message}`);
    }
    if (body.format !== MODEL_FORMAT || body.version !== MODEL_VERSION) {
      throw new SourceError(path, `not a ${MODEL_FORMAT} v${MODEL_VERSION} model (format ${String(body.format)} v${String(body.version)})`);
    }
    const labels = body.labels as string[];
    const features = body.features as string[];
    const raw = Buffer.from(body.weights as string, "base64");
    const q = new Int16Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
    if (q.length !== labels.length * features.length) throw new SourceError(path, "weight table size does not match labels × features");
    const scale = body.scale as number;
    const weights = new Float32Array(q.length);
    for (let k = 0; k < q.length; k++) weights[k] = q[k] / scale;
    const info: NerModelInfo = {
      scheme: "BILOU", types: body.types as string[],
      training: body.training as Record<string, unknown>, dev: body.dev as Record<string, unknown>,
      outsideOffset: typeof body.outsideOffset === "number" ? body.outsideOffset : 0,
    };
    return new NerModel(labels, features, weights, info);
  }
}
