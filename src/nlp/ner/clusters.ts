// Distributional word clusters for the NER tagger: each lower-cased word of the unlabelled text
// (see src/train/word-clusters.ts, which builds the file) belongs to one cluster at each of a few
// granularities. Words that occur in the same contexts share clusters, so a company or town name seen
// once in training lends its label to others written around it the same way ("Azurix", "NiMo").
import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { modelsDir } from "../../paths.js";
import { SourceError } from "../../errors.js";
import { CLUSTER_FILE } from "./model-file.js";

export { CLUSTER_FILE };

/** Lower-cased word → its cluster id at each granularity (coarse first), and the granularities' sizes. */
export interface WordClusters {
  sizes: readonly number[];
  of: ReadonlyMap<string, readonly number[]>;
}

/**
 * Read a cluster file: a header line "# parley word clusters\tK1\tK2…", comment lines starting "#" (without tabs),
 * then one line per word, "word\tid1\tid2…". Gzipped when the name ends in .gz.
 */
export function readWordClusters(path: string): WordClusters {
  const raw = readFileSync(path);
  const text = (path.endsWith(".gz") ? gunzipSync(raw) : raw).toString("utf8");
  const lines = text.split("\n");
  const head = lines[0].split("\t");
  if (head[0] !== "# parley word clusters") throw new SourceError(path, "not a parley word-cluster file");
  const sizes = head.slice(1).map(Number);
  const of = new Map<string, number[]>();
  for (const line of lines.slice(1)) {
    // A comment has no tab; a data line always has one (the word "#" itself is a data line).
    if (!line || (line.startsWith("#") && !line.includes("\t"))) continue;
    const cols = line.split("\t");
    if (cols.length !== sizes.length + 1) throw new SourceError(path, `bad line "${line.slice(0, 40)}"`);
    of.set(cols[0], cols.slice(1).map(Number));
  }
  return { sizes, of };
}

export function writeWordClusters(path: string, c: WordClusters, comments: readonly string[]): void {
  const lines = ["# parley word clusters\t" + c.sizes.join("\t"), ...comments.map((l) => "# " + l)];
  for (const [w, ids] of [...c.of].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) lines.push(w + "\t" + ids.join("\t"));
  mkdirSync(dirname(path), { recursive: true });
  const body = Buffer.from(lines.join("\n") + "\n", "utf8");
  writeFileSync(path, path.endsWith(".gz") ? gzipSync(body, { level: 9 }) : body);
}

/** The shipped clusters, or null when the file is absent (the tagger then runs without cluster features). */
export function loadWordClusters(path = join(modelsDir, CLUSTER_FILE)): WordClusters | null {
  return existsSync(path) ? readWordClusters(path) : null;
}

/** Cluster features of a lower-cased word as the current token ("k64=17", …); none for a word without clusters. */
export function clusterSelfFeatures(c: WordClusters | null, lower: string): string[] {
  const ids = c?.of.get(lower);
  return ids ? ids.map((id, k) => "k" + c!.sizes[k] + "=" + id) : [];
}

/** The middle granularity's cluster of a neighbour ("k-1=…", "k+1=…"); none without clusters. */
export function clusterNeighbourFeature(c: WordClusters | null, lower: string, name: string): string[] {
  const ids = c?.of.get(lower);
  return ids ? [name + "=" + ids[Math.floor(ids.length / 2)]] : [];
}
