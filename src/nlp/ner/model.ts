// The trained NER model: labels, feature weights and a description of how it was made; greedy or beam-search
// decoding with BILOU constraints; reading and writing the gzipped JSON model file.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { promisify } from "node:util";
import { gunzip, gunzipSync, gzipSync } from "node:zlib";
import { SourceError } from "../../errors.js";
import {
  NO_DOC, PAD_L, PAD_R, PAD_VIEWS, PART_TEMPLATES, phraseLevelFeatures, historyFeatures, posFeatures, positionedWordFeatures,
  sentenceCase, shape, wordView,
  type DocCase, type WordView,
} from "./features.js";
import type { Gazetteer } from "./gazetteer.js";
import { bilouAllowed } from "./spans.js";
import { beamSearch } from "./beam.js";

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
  /** The model was trained with part-of-speech features (Penn tags of parley's tagger); absent: false. */
  pos?: boolean;
  /** The model was trained with the organisation evidence features (org-evidence.ts); absent: false. */
  orgEvidence?: boolean;
  /** Beam width of decoding (beam.ts); absent or 1: greedy, as models trained without a beam. */
  beam?: number;
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
  /** Rows of positionedWordFeatures, by "first|sentence casing". */
  positioned: Map<string, Int32Array>;
  /** Per previous label p: rows of "t1s=p|shape" at [2p] and "t1l=p|lower" at [2p+1] (-1 when unknown); built on first use. */
  history: Int32Array | null;
}

const MAX_CACHED_WORDS = 200_000;
/**
 * zlib's output buffer for the gzipped JSON: its size from the gzip trailer (one buffer, not hundreds of
 * 16 KiB chunks joined by a copy), one byte more so zlib allocates no spare buffer at the end (and at least
 * zlib's minimum, 64).
 */
const jsonChunk = (gz: Buffer): number => Math.max(64, (gz.length >= 18 ? gz.readUInt32LE(gz.length - 4) : 0) + 1);
const gunzipAsync = promisify(gunzip);

type Nested = Map<string, Nested | number>;

/** Row at the end of a path of parts in a nested map, -1 when absent. */
function lookup(m: Nested, ...parts: string[]): number {
  let cur: Nested | number | undefined = m;
  for (const p of parts) {
    if (!(cur instanceof Map)) return -1;
    cur = cur.get(p);
  }
  return typeof cur === "number" ? cur : -1;
}

export class NerModel {
  private readonly rows: Map<string, number>;
  /** allowed[p * L + y]: label y may follow label p under BILOU. */
  private readonly allowed: Uint8Array;
  /** Labels that may end a sentence (not B-, not I-). */
  private readonly mayEnd: Uint8Array;
  private readonly wordCache = new Map<string, WordRows>();
  private readonly padLeft: WordRows;
  /** Rows of "t1=p" by p, and of "t2=q|p" at [q * L + p]; -1 when unknown. */
  private readonly t1Rows: Int32Array;
  /** Rows of the PART_TEMPLATES features as nested maps, template → part → … → row. */
  private readonly parts = new Map<string, Nested>();
  private readonly t2Rows: Int32Array;
  private readonly padRight: WordRows;

  constructor(
    readonly labels: string[],
    readonly features: string[],
    readonly weights: Float32Array,
    readonly info: NerModelInfo,
  ) {
    const L = labels.length;
    this.rows = new Map(features.map((f, r) => [f, r * L]));
    for (const t of Object.keys(PART_TEMPLATES)) this.parts.set(t, new Map());
    features.forEach((f, r) => {
      const eq = f.indexOf("=");
      const t = f.slice(0, eq + 1);
      const n = PART_TEMPLATES[t];
      if (n === undefined) return;
      const ps = f.slice(eq + 1).split("|");
      if (ps.length !== n) return; // a word with "|" in it: such features are rare and only lost at run time
      let m = this.parts.get(t)!;
      for (let k = 0; k < n - 1; k++) {
        let next = m.get(ps[k]);
        if (!(next instanceof Map)) { next = new Map(); m.set(ps[k], next); }
        m = next;
      }
      m.set(ps[n - 1], r * L);
    });
    this.allowed = new Uint8Array(L * L);
    labels.forEach((p, a) => labels.forEach((y, b) => { this.allowed[a * L + b] = bilouAllowed(p, y) ? 1 : 0; }));
    this.mayEnd = Uint8Array.from(labels, (y) => (y[0] === "B" || y[0] === "I" ? 0 : 1));
    const row = (f: string) => this.rows.get(f) ?? -1;
    this.t1Rows = Int32Array.from(labels, (p) => row(historyFeatures(p, "O", "", "")[0]));
    this.t2Rows = Int32Array.from({ length: L * L }, (_, k) => row(historyFeatures(labels[k % L], labels[Math.floor(k / L)], "", "")[1]));
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
      positioned: new Map(), history: null,
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
   * BILOU tags for one sentence of words (with `doc`, the casing evidence of its whole document), decoded left to right (greedily, or with the model's beam): each token takes the best label
   * that may follow the previous one (no I/L without B, nothing left open at the end). `xpos`: the
   * sentence's Penn tags, used when the model was trained with them (without them it still tags, less well).
   */
  tagWords(words: readonly string[], gz: Gazetteer, doc?: DocCase, xpos?: readonly string[]): string[] {
    const n = words.length;
    const L = this.labels.length;
    const views = words.map((w) => this.wordRows(w, gz));
    const V = (i: number) => (i < 0 ? this.padLeft : i >= n ? this.padRight : views[i]);
    const docCase = doc ?? NO_DOC;
    const gzf = phraseLevelFeatures(words, gz, docCase, this.info.orgEvidence === true);
    const posf = xpos && this.info.pos ? posFeatures(xpos, words) : null;
    const scase = sentenceCase(words);
    const Lw = (i: number) => (i < 0 ? PAD_L : i >= n ? PAD_R : views[i].lower);
    const Sw = (i: number) => (i < 0 ? PAD_L : i >= n ? PAD_R : views[i].shape);
    const ll = this.parts.get("ll=")!, lr = this.parts.get("lr=")!, sss = this.parts.get("sss=")!;
    const l1s = this.parts.get("l-1s=")!, sl1 = this.parts.get("sl+1=")!, dc = this.parts.get("dc=")!;
    const statics = new Float64Array(n * L);
    for (let i = 0; i < n; i++) {
      const scores = statics.subarray(i * L, (i + 1) * L);
      this.addRows(V(i).self, scores);
      this.addRows(V(i - 1).prev, scores);
      this.addRows(V(i + 1).next, scores);
      this.addRows(V(i - 2).prev2, scores);
      this.addRows(V(i + 2).next2, scores);
      this.addRows(this.positionedRows(views[i], words[i], i === 0, scase, gz), scores);
      const l = views[i].lower, sh = views[i].shape, first = i === 0 ? "true" : "false";
      this.addRow(lookup(ll, Lw(i - 1), l), scores);
      this.addRow(lookup(lr, l, Lw(i + 1)), scores);
      this.addRow(lookup(sss, Sw(i - 1), sh, Sw(i + 1)), scores);
      this.addRow(lookup(l1s, Lw(i - 1), sh), scores);
      this.addRow(lookup(sl1, sh, Lw(i + 1)), scores);
      this.addRow(lookup(dc, docCase.evidence(words[i]), sh.slice(0, 1), first, scase), scores);
      for (const f of gzf[i]) this.addFeature(f, scores);
      if (posf) for (const f of posf[i]) this.addFeature(f, scores);
      scores[0] += this.info.outsideOffset;
    }
    const history = (i: number, p1: number, p2: number, scores: Float64Array) => {
      this.addRow(this.t1Rows[p1], scores);
      this.addRow(this.t2Rows[p2 * L + p1], scores);
      const h = this.historyRows(views[i]);
      this.addRow(h[2 * p1], scores);
      this.addRow(h[2 * p1 + 1], scores);
    };
    return beamSearch(n, L, this.info.beam ?? 1, statics, history, this.allowed, this.mayEnd).labels.map((y) => this.labels[y]);
  }

  /** allowed[p * L + y] and mayEnd[y] of the BILOU constraints, for decoders outside this class (training). */
  get constraints(): { allowed: Uint8Array; mayEnd: Uint8Array } {
    return { allowed: this.allowed, mayEnd: this.mayEnd };
  }

  private positionedRows(v: WordRows, word: string, first: boolean, scase: string, gz: Gazetteer): Int32Array {
    const key = first + "|" + scase;
    let r = v.positioned.get(key);
    if (!r) {
      r = this.rowList(positionedWordFeatures(word, first, scase, gz));
      v.positioned.set(key, r);
    }
    return r;
  }

  private historyRows(v: WordRows): Int32Array {
    if (!v.history) {
      v.history = new Int32Array(2 * this.labels.length);
      this.labels.forEach((p, k) => {
        const [, , t1s, t1l] = historyFeatures(p, "O", v.shape, v.lower);
        v.history![2 * k] = this.rows.get(t1s) ?? -1;
        v.history![2 * k + 1] = this.rows.get(t1l) ?? -1;
      });
    }
    return v.history;
  }

  private addRow(base: number, out: Float64Array): void {
    if (base < 0) return;
    for (let y = 0; y < out.length; y++) out[y] += this.weights[base + y];
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
    let json: Buffer;
    try {
      const gz = readFileSync(path);
      json = gunzipSync(gz, { chunkSize: jsonChunk(gz) });
    } catch (err) {
      throw new SourceError(path, `cannot read NER model: ${(err as Error).message}`);
    }
    return NerModel.fromJson(json, path);
  }

  /** `load`, the file inflated on the thread pool (the main thread builds the gazetteer meanwhile). */
  static async loadAsync(path: string): Promise<NerModel> {
    let json: Buffer;
    try {
      const gz = readFileSync(path);
      json = await gunzipAsync(gz, { chunkSize: jsonChunk(gz) });
    } catch (err) {
      throw new SourceError(path, `cannot read NER model: ${(err as Error).message}`);
    }
    return NerModel.fromJson(json, path);
  }

  private static fromJson(json: Buffer, path: string): NerModel {
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(json.toString("utf8"));
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
      pos: body.pos === true,
      orgEvidence: body.orgEvidence === true,
      ...(typeof body.beam === "number" && body.beam > 1 ? { beam: body.beam } : {}),
    };
    return new NerModel(labels, features, weights, info);
  }
}
