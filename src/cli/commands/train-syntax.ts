// `parley train syntax`: trains the tagger and parser into models/syntax/.
import type { Command } from "commander";
import { join } from "node:path";
import { modelsDir, sharedDir } from "../../paths.js";
import { trainSyntax } from "../../nlp/train/syntax.js";

export interface SyntaxCliOptions {
  out: string;
  seed: string;
  tagEpochs: string;
  parseEpochs: string;
  folds: string;
  limit?: string;
}

export function runTrainSyntax(o: SyntaxCliOptions): void {
  const t0 = Date.now();
  const log = (msg: string) => console.error(`[${((Date.now() - t0) / 1000).toFixed(0).padStart(4)}s] ${msg}`);
  const meta = trainSyntax({
    sharedDir, outDir: o.out, seed: Number(o.seed), tagEpochs: Number(o.tagEpochs), parseEpochs: Number(o.parseEpochs),
    folds: Number(o.folds), limit: o.limit ? Number(o.limit) : undefined, log,
  });
  for (const [file, s] of Object.entries(meta.dev)) {
    log(`dev ${file}: UPOS ${s.upos} XPOS ${s.xpos} UAS ${s.uas} LAS ${s.las} (${s.tokens} words)`);
  }
}

export function registerTrainSyntax(train: Command): void {
  train.command("syntax")
    .description("train the POS tagger and dependency parser on UD English EWT + GUM (../shared/corpora)")
    .option("--out <dir>", "output folder", join(modelsDir, "syntax"))
    .option("--seed <n>", "random seed", "1")
    .option("--tag-epochs <n>", "most tagger epochs (best on dev is kept)", "10")
    .option("--parse-epochs <n>", "most parser epochs (best on dev is kept)", "12")
    .option("--folds <n>", "jackknife folds: the tagger's second pass and the parser learn from tags by models that did not see the sentence (1 = one-pass tagger, parser on its own tags)", "4")
    .option("--limit <n>", "use only the first N training sentences per treebank (quick runs)")
    .action((o: SyntaxCliOptions) => runTrainSyntax(o));
}
