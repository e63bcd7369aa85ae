// `parley train ner`: train the named-entity tagger and write models/ner/.
import type { Command } from "commander";
import { join } from "node:path";
import { existsSync, readFileSync, statSync } from "node:fs";
import { modelsDir, sharedDir } from "../../paths.js";
import { UserError } from "../../errors.js";
import { NER_MODEL_FILE } from "../../nlp/ner/model-file.js";
import { collect } from "../store-access.js";
import { withExamples } from "../help.js";


export function registerTrainNer(train: Command): void {
  const cmd = train
    .command("ner")
    .description("train the PER/ORG/LOC tagger on UNER-EWT and GUM (run with nice: it takes a few minutes)")
    .option("--train <file>", "training file, .iob2 or GUM .conllu (repeatable; default UNER-EWT train + GUM train)", collect)
    .option("--dev <file>", "development file (repeatable; the first picks the epoch; default UNER-EWT dev + GUM dev)", collect)
    .option("--epochs <n>", "maximum passes over the training data", "12")
    .option("--seed <n>", "shuffling and dropout seed", "1")
    .option("--seeds <n>", "runs with successive seeds whose weights are averaged", "1")
    .option("--word-dropout <p>", "probability of hiding a token's word features in training", "0.2")
    .option("--pos", "add part-of-speech features from the syntax tagger (measured worse on dev: its tags of the training text, which it was trained on, are near-perfect)")
    .option("--pos-folds <n>", "with --pos: tag the training text by jackknifing the syntax tagger over N folds (1: the shipped tagger's own tags)", "2")
    .option("--lower-copies <p>", "share of training documents added again in lower case", "0")
    .option("--upper-copies <p>", "share of training documents added again in capitals", "0")
    .option("--org-evidence", "add the organisation evidence features (the word in an organisation-shaped name elsewhere in the document; coordinated with a known organisation): measured +2 on GUM dev, ±0.3 on UNER-EWT dev, and not better on UNER-EWT test")
    .option("--clusters <file>", "word-cluster file whose ids become features (default: models/ner/word-clusters.tsv.gz if present)")
    .option("--no-clusters", "train without word-cluster features")
    .option("--beam <n>", "beam width: above 1, a structured perceptron trained on whole sentences and decoded with that beam", "1")
    .option("--out <file>", "model file to write", join(modelsDir, NER_MODEL_FILE))
    .action(async (o: { train?: string[]; dev?: string[]; epochs: string; seed: string; seeds: string; wordDropout: string; out: string; pos?: boolean; posFolds: string; lowerCopies: string; upperCopies: string; orgEvidence?: boolean; clusters?: string | boolean; beam: string }) => {
      const beam = Number(o.beam);
      if (!Number.isInteger(beam) || beam < 1) throw new UserError(`--beam: expected a positive integer, got "${o.beam}"`);
      const epochs = Number(o.epochs);
      const seed = Number(o.seed);
      if (!Number.isInteger(epochs) || epochs < 1) throw new UserError(`--epochs: expected a positive integer, got "${o.epochs}"`);
      if (!Number.isInteger(seed)) throw new UserError(`--seed: expected an integer, got "${o.seed}"`);
      const seeds = Number(o.seeds);
      if (!Number.isInteger(seeds) || seeds < 1) throw new UserError(`--seeds: expected a positive integer, got "${o.seeds}"`);
      const wordDropout = Number(o.wordDropout);
      if (!(wordDropout >= 0 && wordDropout < 1)) throw new UserError(`--word-dropout: expected a number in [0, 1), got "${o.wordDropout}"`);
      const lowerCopies = Number(o.lowerCopies), upperCopies = Number(o.upperCopies);
      if (!(lowerCopies >= 0 && upperCopies >= 0 && lowerCopies + upperCopies <= 1)) {
        throw new UserError(`--lower-copies, --upper-copies: expected shares in [0, 1] adding up to at most 1, got "${o.lowerCopies}", "${o.upperCopies}"`);
      }
      const [{ jackknifedPennTags }, { Tagger }, { trainNer }] = await Promise.all([import("../../train/ner-pos-tags.js"), import("../../nlp/tagger.js"), import("../../train/ner.js")]);
      const started = Date.now();
      const taggerPath = join(modelsDir, "syntax", "tagger.bin");
      if (o.pos && !existsSync(taggerPath)) throw new UserError(`no tagger at ${taggerPath} (run \`parley train syntax\` first)`);
      const tagger = o.pos ? Tagger.load(taggerPath) : undefined;
      const posFolds = Number(o.posFolds);
      if (!Number.isInteger(posFolds) || posFolds < 1) throw new UserError(`--pos-folds: expected a positive integer, got "${o.posFolds}"`);
      let taggerInfo = o.pos ? `models/syntax/tagger.bin (${statSync(taggerPath).size} bytes)` : undefined;
      let trainTags: Map<string, string[]> | undefined;
      if (o.pos && posFolds > 1) {
        const meta = JSON.parse(readFileSync(join(modelsDir, "syntax", "meta.json"), "utf8")) as { seed: number; tagger: { epochs: number } };
        trainTags = jackknifedPennTags(sharedDir, { folds: posFolds, epochs: meta.tagger.epochs, seed: meta.seed, log: (l) => console.error(l) });
        taggerInfo += `; training text tagged by ${posFolds}-fold jackknifing (${meta.tagger.epochs} tagger epochs)`;
      }
      const { readWordClusters, loadWordClusters, CLUSTER_FILE } = await import("../../nlp/ner/clusters.js");
      const clusterPath = typeof o.clusters === "string" ? o.clusters : join(modelsDir, CLUSTER_FILE);
      if (typeof o.clusters === "string" && !existsSync(clusterPath)) throw new UserError(`no cluster file at ${clusterPath}`);
      const clusters = o.clusters === false ? null : typeof o.clusters === "string" ? readWordClusters(clusterPath) : loadWordClusters(clusterPath);
      const clustersInfo = clusters ? `${clusterPath.replace(modelsDir, "models")} (${clusters.of.size} words, ${clusters.sizes.join(" / ")} clusters)` : undefined;
      const r = trainNer({ beam, clusters, clustersInfo, train: o.train, dev: o.dev, epochs, seed, seeds, wordDropout, lowerCopies, upperCopies, orgEvidence: o.orgEvidence === true, out: o.out, tagger, taggerInfo, trainTags, log: (l) => console.error(l) });
      for (const [file, s] of Object.entries(r.dev)) console.log(`dev ${file}: P ${s.precision} R ${s.recall} F1 ${s.f1}`);
      console.log(`wrote ${o.out} (epoch ${r.epochs}, ${r.model.features.length} features) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    });
  withExamples(cmd, [
    ["nice parley train ner", "retrain models/ner from ../shared (or $PARLEY_SHARED)"],
    ["parley train ner --epochs 4 --out /tmp/ner.bin", "a quick model elsewhere"],
  ]);
}
