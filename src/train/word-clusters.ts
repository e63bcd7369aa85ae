// Building the NER word clusters (src/nlp/ner/clusters.ts) from unlabelled text: every lower-cased word
// seen often enough is described by the words and word shapes around it (±2 tokens, PPMI-weighted,
// unit length), and spherical k-means groups these vectors at a few granularities. Deterministic for a
// seed. The text is the training side of the corpora only (UNER-EWT / UD EWT train, GUM train) and
// the unlabelled VOA stories: no dev or test sentence, so dev and test scores stay honest.
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { sharedDir } from "../paths.js";
import { seededRandom } from "../nlp/hash.js";
import { readNerFile } from "../nlp/ner/corpus.js";
import { shape } from "../nlp/ner/features.js";
import { segment } from "../nlp/segment.js";
import type { WordClusters } from "../nlp/ner/clusters.js";

export interface WordClusterOptions {
  /** Sentences (tokens) to learn from; default: clusterTextDefault(). */
  sentences?: readonly (readonly string[])[];
  /** Cluster counts, coarse first (default 64, 256, 1024). */
  sizes?: readonly number[];
  /** Words seen fewer times get no cluster (default 2). */
  minCount?: number;
  /** Number of frequent words used as context words; rarer ones are replaced by their shape (default 2000). */
  contextWords?: number;
  iterations?: number;
  seed?: number;
  log?: (line: string) => void;
}

/** The files the shipped clusters are built from (under the shared directory). */
export const CLUSTER_TEXT_FILES = [
  "corpora/uner-ewt/en_ewt-ud-train.draft2022.iob2",
  "corpora/gum/gum-open-train.conllu",
  "news/voa/voa_stories_unlabelled.jsonl",
];

/** Tokenized sentences of the default cluster text: the corpora's words as given, the VOA stories by parley's tokenizer. */
export function clusterTextDefault(shared = sharedDir): string[][] {
  const out: string[][] = [];
  for (const f of CLUSTER_TEXT_FILES) {
    const path = join(shared, f);
    if (f.endsWith(".jsonl")) {
      for (const line of readFileSync(path, "utf8").split("\n")) {
        if (!line.trim()) continue;
        const doc = segment(String((JSON.parse(line) as { text?: string }).text ?? ""));
        for (const s of doc.sentences) out.push(doc.sentenceTokens(s).map((t) => t.text));
      }
    } else {
      for (const s of readNerFile(path)) out.push(s.words);
    }
  }
  return out;
}

interface Sparse {
  idx: Int32Array;
  val: Float64Array;
}

export function buildWordClusters(opts: WordClusterOptions = {}): WordClusters {
  const log = opts.log ?? (() => {});
  const sentences = opts.sentences ?? clusterTextDefault();
  const sizes = opts.sizes ?? [64, 256, 1024];
  const minCount = opts.minCount ?? 2;
  const nContext = opts.contextWords ?? 2000;
  const iterations = opts.iterations ?? 20;
  const random = seededRandom(opts.seed ?? 1);

  const counts = new Map<string, number>();
  for (const s of sentences) for (const w of s) { const l = w.toLowerCase(); counts.set(l, (counts.get(l) ?? 0) + 1); }
  const byFreq = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const contextSet = new Set(byFreq.slice(0, nContext).map(([w]) => w));
  const vocab = byFreq.filter(([, c]) => c >= minCount).map(([w]) => w);
  const wordId = new Map(vocab.map((w, k) => [w, k]));
  log(`${sentences.length} sentences, ${counts.size} word types, ${vocab.length} seen ≥ ${minCount} times`);

  // Context of a position: the word if frequent, else its shape (case kept: "Xx" after "the" matters), per offset.
  const ctxId = new Map<string, number>();
  const cooc: Map<number, number>[] = vocab.map(() => new Map());
  for (const s of sentences) {
    const lower = s.map((w) => w.toLowerCase());
    const ctx = (j: number) => (j < 0 ? "<s>" : j >= s.length ? "</s>" : contextSet.has(lower[j]) ? lower[j] : "#" + shape(s[j]));
    lower.forEach((l, i) => {
      const id = wordId.get(l);
      if (id === undefined) return;
      for (const d of [-2, -1, 1, 2]) {
        const key = d + " " + ctx(i + d);
        let c = ctxId.get(key);
        if (c === undefined) { c = ctxId.size; ctxId.set(key, c); }
        cooc[id].set(c, (cooc[id].get(c) ?? 0) + 1);
      }
    });
  }
  const dims = ctxId.size;
  const ctxTotal = new Float64Array(dims);
  let total = 0;
  for (const m of cooc) for (const [c, n] of m) { ctxTotal[c] += n; total += n; }
  const vectors: Sparse[] = cooc.map((m) => {
    let wTotal = 0;
    for (const n of m.values()) wTotal += n;
    const idx: number[] = [], val: number[] = [];
    for (const [c, n] of m) {
      const pmi = Math.log((n * total) / (wTotal * ctxTotal[c]));
      if (pmi > 0) { idx.push(c); val.push(pmi); }
    }
    const norm = Math.hypot(...val) || 1;
    return { idx: Int32Array.from(idx), val: Float64Array.from(val, (v) => v / norm) };
  });
  log(`${dims} context dimensions`);

  const assignments = sizes.map((k) => sphericalKMeans(vectors, dims, k, iterations, random, log));
  const of = new Map<string, number[]>();
  vocab.forEach((w, i) => of.set(w, assignments.map((a) => a[i])));
  return { sizes: [...sizes], of };
}

/** Spherical k-means (cosine similarity), initialised on k distinct random words; returns each vector's cluster. */
function sphericalKMeans(vs: readonly Sparse[], dims: number, k: number, iterations: number, random: () => number, log: (l: string) => void): Int32Array {
  const n = vs.length;
  k = Math.min(k, n);
  const centroids = new Float64Array(k * dims);
  const picked = new Set<number>();
  while (picked.size < k) picked.add(Math.floor(random() * n));
  [...picked].forEach((i, c) => { const v = vs[i]; for (let j = 0; j < v.idx.length; j++) centroids[c * dims + v.idx[j]] = v.val[j]; });
  const assign = new Int32Array(n).fill(-1);
  for (let it = 0; it < iterations; it++) {
    let changed = 0;
    let sim = 0;
    for (let i = 0; i < n; i++) {
      const v = vs[i];
      let best = 0, bestSim = -Infinity;
      for (let c = 0; c < k; c++) {
        const base = c * dims;
        let s = 0;
        for (let j = 0; j < v.idx.length; j++) s += v.val[j] * centroids[base + v.idx[j]];
        if (s > bestSim) { bestSim = s; best = c; }
      }
      if (assign[i] !== best) { assign[i] = best; changed++; }
      sim += bestSim;
    }
    centroids.fill(0);
    const size = new Int32Array(k);
    for (let i = 0; i < n; i++) {
      const v = vs[i], base = assign[i] * dims;
      size[assign[i]]++;
      for (let j = 0; j < v.idx.length; j++) centroids[base + v.idx[j]] += v.val[j];
    }
    for (let c = 0; c < k; c++) {
      if (size[c] === 0) { // an emptied cluster restarts on a random word
        const v = vs[Math.floor(random() * n)];
        for (let j = 0; j < v.idx.length; j++) centroids[c * dims + v.idx[j]] = v.val[j];
        continue;
      }
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += centroids[c * dims + d] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dims; d++) centroids[c * dims + d] /= norm;
    }
    log(`k=${k} iteration ${it + 1}: ${changed} words moved, mean similarity ${(sim / n).toFixed(4)}`);
    if (changed === 0) break;
  }
  return assign;
}
