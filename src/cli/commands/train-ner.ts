// `parley train ner`: train the named-entity tagger and write models/ner/.
import type { Command } from "commander";
import { join } from "node:path";
import { modelsDir } from "../../paths.js";
import { UserError } from "../../errors.js";
import { NER_MODEL_FILE } from "../../nlp/ner/index.js";
import { trainNer } from "../../nlp/ner/train.js";

const collect = (v: string, prev: string[] = []) => [...prev, v];

export function registerTrainNer(train: Command): void {
  train
    .command("ner")
    .description("train the PER/ORG/LOC tagger on UNER-EWT and GUM (run with nice: it takes a few minutes)")
    .option("--train <file>", "training file, .iob2 or GUM .conllu (repeatable; default UNER-EWT train + GUM train)", collect)
    .option("--dev <file>", "development file (repeatable; the first picks the epoch; default UNER-EWT dev + GUM dev)", collect)
    .option("--epochs <n>", "maximum passes over the training data", "12")
    .option("--seed <n>", "shuffling and dropout seed", "1")
    .option("--word-dropout <p>", "probability of hiding a token's word features in training", "0.2")
    .option("--out <file>", "model file to write", join(modelsDir, NER_MODEL_FILE))
    .action((o: { train?: string[]; dev?: string[]; epochs: string; seed: string; wordDropout: string; out: string }) => {
      const epochs = Number(o.epochs);
      const seed = Number(o.seed);
      if (!Number.isInteger(epochs) || epochs < 1) throw new UserError(`--epochs: expected a positive integer, got "${o.epochs}"`);
      if (!Number.isInteger(seed)) throw new UserError(`--seed: expected an integer, got "${o.seed}"`);
      const wordDropout = Number(o.wordDropout);
      if (!(wordDropout >= 0 && wordDropout < 1)) throw new UserError(`--word-dropout: expected a number in [0, 1), got "${o.wordDropout}"`);
      const started = Date.now();
      const r = trainNer({ train: o.train, dev: o.dev, epochs, seed, wordDropout, out: o.out, log: (l) => console.error(l) });
      for (const [file, s] of Object.entries(r.dev)) console.log(`dev ${file}: P ${s.precision} R ${s.recall} F1 ${s.f1}`);
      console.log(`wrote ${o.out} (epoch ${r.epochs}, ${r.model.features.length} features) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    });
}
