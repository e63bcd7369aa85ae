// `parley train clusters`: build the NER word clusters (models/ner/word-clusters.tsv.gz) from unlabelled text.
import type { Command } from "commander";
import { join } from "node:path";
import { modelsDir } from "../../paths.js";
import { UserError } from "../../errors.js";
import { CLUSTER_FILE } from "../../nlp/ner/model-file.js";
import { withExamples } from "../help.js";

export function registerTrainClusters(train: Command): void {
  const cmd = train
    .command("clusters")
    .description("build the word clusters the NER tagger uses as features, from the training text of the corpora and the unlabelled VOA stories")
    .option("--sizes <list>", "cluster counts, coarse first, comma-separated", "64,256,1024")
    .option("--min-count <n>", "words seen fewer times get no cluster", "2")
    .option("--seed <n>", "initialisation seed", "1")
    .option("--out <file>", "cluster file to write", join(modelsDir, CLUSTER_FILE))
    .action(async (o: { sizes: string; minCount: string; seed: string; out: string }) => {
      const sizes = o.sizes.split(",").map(Number);
      if (!sizes.length || sizes.some((k) => !Number.isInteger(k) || k < 2)) throw new UserError(`--sizes: expected integers ≥ 2, got "${o.sizes}"`);
      const minCount = Number(o.minCount), seed = Number(o.seed);
      if (!Number.isInteger(minCount) || minCount < 1) throw new UserError(`--min-count: expected a positive integer, got "${o.minCount}"`);
      if (!Number.isInteger(seed)) throw new UserError(`--seed: expected an integer, got "${o.seed}"`);
      const [{ buildWordClusters, CLUSTER_TEXT_FILES }, { writeWordClusters }] = await Promise.all([import("../../train/word-clusters.js"), import("../../nlp/ner/clusters.js")]);
      const started = Date.now();
      const c = buildWordClusters({ sizes, minCount, seed, log: (l) => console.error(l) });
      writeWordClusters(o.out, c, [
        `built by \`parley train clusters --sizes ${sizes.join(",")} --min-count ${minCount} --seed ${seed}\` (spherical k-means over PPMI context vectors, ±2 tokens)`,
        `from ${CLUSTER_TEXT_FILES.join(", ")} (under ../shared)`,
        "derived from UD English-EWT / UNER English-EWT (CC BY-SA 4.0), GUM (CC BY 4.0; texts CC BY / CC BY-SA) and Voice of America stories (public domain, credit Voice of America / voanews.com)",
      ]);
      console.log(`wrote ${o.out}: ${c.of.size} words in ${sizes.join(" / ")} clusters in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    });
  withExamples(cmd, [
    ["nice parley train clusters", "rebuild models/ner/word-clusters.tsv.gz from ../shared (or $PARLEY_SHARED)"],
    ["parley train clusters --sizes 100,400 --out /tmp/c.tsv", "other granularities, elsewhere"],
  ]);
}
