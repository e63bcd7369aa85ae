// `parley train syntax`: trains the tagger and parser into models/syntax/.
import type { Command } from "commander";
import { join } from "node:path";
import { modelsDir, sharedDir } from "../../paths.js";
import { UserError } from "../../errors.js";
import { withExamples } from "../help.js";

export interface SyntaxCliOptions {
  out: string;
  seed: string;
  tagEpochs: string;
  parseEpochs: string;
  folds: string;
  beam: string;
  beamEpochs: string;
  greedyOut?: string;
  limit?: string;
}

export async function runTrainSyntax(o: SyntaxCliOptions): Promise<void> {
  const { trainSyntax } = await import("../../train/syntax.js");
  const t0 = Date.now();
  const log = (msg: string) => console.error(`[${((Date.now() - t0) / 1000).toFixed(0).padStart(4)}s] ${msg}`);
  for (const [flag, v, min] of [["--beam", o.beam, 1], ["--beam-epochs", o.beamEpochs, 0]] as const) {
    if (!Number.isInteger(Number(v)) || Number(v) < min) throw new UserError(`${flag}: expected a whole number >= ${min}, got "${v}"`);
  }
  const meta = trainSyntax({
    sharedDir, outDir: o.out, seed: Number(o.seed), tagEpochs: Number(o.tagEpochs), parseEpochs: Number(o.parseEpochs),
    folds: Number(o.folds), beam: Number(o.beam), beamEpochs: Number(o.beamEpochs), greedyOut: o.greedyOut, limit: o.limit ? Number(o.limit) : undefined, log,
  });
  for (const [file, s] of Object.entries(meta.dev)) {
    log(`dev ${file}: UPOS ${s.upos} XPOS ${s.xpos} UAS ${s.uas} LAS ${s.las} (${s.tokens} words)`);
  }
}

export function registerTrainSyntax(train: Command): void {
  const cmd = train.command("syntax")
    .description("train the POS tagger and dependency parser on UD English EWT + GUM (../shared/corpora)")
    .option("--out <dir>", "output folder", join(modelsDir, "syntax"))
    .option("--seed <n>", "random seed", "1")
    .option("--tag-epochs <n>", "most tagger epochs (best on dev is kept)", "10")
    .option("--parse-epochs <n>", "most greedy parser epochs (best on dev is kept)", "8")
    .option("--folds <n>", "jackknife folds: the tagger's second pass and the parser learn from tags by models that did not see the sentence (1 = one-pass tagger, parser on its own tags)", "4")
    .option("--beam <n>", "parser beam width (1 = greedy, like the committed parser; wider beams are trained globally after the greedy epochs: more accurate, about 3x slower)", "1")
    .option("--beam-epochs <n>", "most beam-training epochs after the greedy ones (best on dev is kept)", "5")
    .option("--greedy-out <file>", "also write the best greedy parser there (to compare it with the beam)")
    .option("--limit <n>", "use only the first N training sentences per treebank (quick runs)")
    .action((o: SyntaxCliOptions) => runTrainSyntax(o));
  withExamples(cmd, [
    ["nice parley train syntax", "retrain models/syntax from ../shared (or $PARLEY_SHARED)"],
    ["parley train syntax --limit 500 --out /tmp/syntax", "a quick trial run"],
  ]);
}
