// The trained NER model: labels, feature weights and a description of how it was made; greedy decoding
// with BILOU constraints; reading and writing the gzipped JSON model file.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { SourceError } from "../../errors.js";
import { historyFeatures, sentenceFeatures, shape } from "./features.js";
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
}

/** Scores one token: static feature strings plus the two previous tags → one score per label. */
export type TokenScorer = (feats: readonly string[], prev1: string, prev2: string, shapeI: string, lowerI: string, out: Float64Array) => void;

/**
 * Greedy left-to-right decoding: each token takes the best label that may follow the previous one under
 * BILOU (no I/L without B, nothing left open at the end).
 */
export function decodeGreedy(words: readonly string[], gz: Gazetteer, labels: readonly string[], score: TokenScorer): string[] {
  const feats = sentenceFeatures(words, gz);
  const out: string[] = [];
  const scores = new Float64Array(labels.length);
  let prev1 = "O";
  let prev2 = "O";
  for (let i = 0; i < words.length; i++) {
    scores.fill(0);
    score(feats[i], prev1, prev2, shape(words[i]), words[i].toLowerCase(), scores);
    const last = i === words.length - 1;
    let best = -1;
    for (let y = 0; y < labels.length; y++) {
      const lab = labels[y];
      if (!bilouAllowed(prev1, lab) || (last && (lab[0] === "B" || lab[0] === "I"))) continue;
      if (best < 0 || scores[y] > scores[best]) best = y;
    }
    out.push(labels[best]);
    prev2 = prev1;
    prev1 = labels[best];
  }
  return out;
}

export class NerModel {
  private readonly rows: Map<string, number>;

  constructor(
    readonly labels: string[],
    readonly features: string[],
    readonly weights: Float32Array,
    readonly info: NerModelInfo,
  ) {
    this.rows = new Map(features.map((f, r) => [f, r * labels.length]));
  }

  /** BILOU tags for one sentence of words. */
  tagWords(words: readonly string[], gz: Gazetteer): string[] {
    return decodeGreedy(words, gz, this.labels, (feats, p1, p2, s, l, out) => {
      for (const f of feats) this.add(f, out);
      for (const f of historyFeatures(p1, p2, s, l)) this.add(f, out);
    });
  }

  private add(feature: string, out: Float64Array): void {
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
    };
    return new NerModel(labels, features, weights, info);
  }
}
