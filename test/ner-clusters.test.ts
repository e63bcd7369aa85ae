import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { clusterNeighbourFeature, clusterSelfFeatures, readWordClusters, writeWordClusters } from "../src/nlp/ner/clusters.js";
import { buildWordClusters } from "../src/train/word-clusters.js";
import { wordView } from "../src/nlp/ner/features.js";
import { loadGazetteer } from "../src/nlp/ner/gazetteer.js";
import { tempDir } from "./helpers/tmp.js";

// Words that share their contexts ("in Paris", "in Rome"; "Mr Smith said", "Mr Jones said") and one set that does not.
const sentences: string[][] = [];
for (let k = 0; k < 6; k++) {
  for (const town of ["Paris", "Rome", "Cairo"]) sentences.push(["she", "lives", "in", town, "now", "."]);
  for (const name of ["Smith", "Jones", "Brown"]) sentences.push(["Mr", name, "said", "so", "."]);
}

test("k-means word clusters put words with the same contexts together and others apart, the same for a seed", () => {
  const c = buildWordClusters({ sentences, sizes: [2, 4], minCount: 2, seed: 3 });
  assert.deepEqual(c.sizes, [2, 4]);
  const at = (w: string) => c.of.get(w)![1]; // the finer granularity: four clusters for 14 words
  assert.equal(at("paris"), at("rome"));
  assert.equal(at("paris"), at("cairo"));
  assert.equal(at("smith"), at("jones"));
  assert.notEqual(at("paris"), at("smith"));
  assert.deepEqual([...buildWordClusters({ sentences, sizes: [2, 4], minCount: 2, seed: 3 }).of], [...c.of]);
});

test("a cluster file round-trips and gives self and neighbour features; words without a cluster get none", () => {
  const c = { sizes: [2, 8], of: new Map([["paris", [1, 5]], ["smith", [0, 2]], ["#", [1, 1]]]) };
  const path = join(tempDir("parley-clusters-"), "c.tsv.gz");
  writeWordClusters(path, c, ["test file"]);
  const back = readWordClusters(path);
  assert.deepEqual(back.sizes, [2, 8]);
  assert.deepEqual([...back.of].sort(), [...c.of].sort());
  assert.deepEqual(clusterSelfFeatures(back, "paris"), ["k2=1", "k8=5"]);
  assert.deepEqual(clusterNeighbourFeature(back, "smith", "k-1"), ["k-1=2"]);
  assert.deepEqual(clusterSelfFeatures(back, "rome"), []);
  const gz = loadGazetteer();
  assert.ok(!wordView("Paris", gz).self.includes("k2=1"), "no clusters set: no cluster features");
  gz.clusters = back;
  assert.ok(wordView("Paris", gz).self.includes("k8=5"));
  assert.ok(wordView("Paris", gz).prev.includes("k-1=5"));
});
