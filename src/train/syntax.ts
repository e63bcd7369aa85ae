// `parley train syntax`: tagger then parser on UD English EWT + GUM, epochs tuned on their dev sets,
// models written to models/syntax/ with a meta.json recording the data and dev scores.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { UserError } from "../errors.js";
import { readConllu, type ConlluSentence } from "../nlp/conllu.js";
import type { Doc } from "../text/doc.js";
import { Lemmatizer } from "../nlp/lemmatizer.js";
import { trainLemmatizerFromShared } from "./lemmatizer.js";
import { syntaxStages } from "../nlp/index.js";
import { scoreUdFile } from "../eval/ud-file.js";
import { MODEL_FORMAT_VERSION } from "../nlp/model-io.js";
import type { UdScores } from "../eval/ud.js";
import { tagClassesOf, trainTagger } from "./tagger.js";
import { parseSentencesOf, trainParser } from "./parser.js";

export const SYNTAX_TREEBANKS = [
  { name: "UD_English-EWT", train: "corpora/ud-ewt/en_ewt-ud-train.conllu", dev: "corpora/ud-ewt/en_ewt-ud-dev.conllu", licence: "CC BY-SA 4.0" },
  { name: "UD_English-GUM (open genres)", train: "corpora/gum/gum-open-train.conllu", dev: "corpora/gum/gum-open-dev.conllu", licence: "CC BY 4.0 (annotations)" },
];

export interface SyntaxTrainOptions {
  sharedDir: string;
  outDir: string;
  seed: number;
  tagEpochs: number;
  parseEpochs: number;
  folds: number;
  /** parser beam width (1 = greedy parser) and the number of global beam epochs after the greedy ones */
  beam?: number;
  beamEpochs?: number;
  /** also write the best greedy parser (width 1) to this file, to compare operating points */
  greedyOut?: string;
  /** use only the first N training sentences of each treebank (quick runs) */
  limit?: number;
  log: (msg: string) => void;
}

export interface SyntaxMeta {
  formatVersion: number;
  treebanks: { name: string; train: string; dev: string; licence: string }[];
  seed: number;
  tagger: { file: string; bytes: number; epochs: number; classes: number };
  parser: { file: string; bytes: number; epochs: number; labels: number; transitions: string; beam: number };
  /** gold-tokenization scores of the saved models on each dev file, keyed by path under ../shared */
  dev: Record<string, UdScores>;
  trainingSeconds: number;
}

// experiment override: PARLEY_SYNTAX_SIZES="taggerBits,moveBits,labelBits,taggerRows,moveRows,labelRows"
const SIZES = (process.env.PARLEY_SYNTAX_SIZES ?? "20,21,20,300000,1000000,350000").split(",").map(Number);
export const [TAGGER_BITS, MOVE_BITS, LABEL_BITS, TAGGER_ROWS, MOVE_ROWS, LABEL_ROWS] = SIZES;

export function trainSyntax(o: SyntaxTrainOptions): SyntaxMeta {
  const t0 = Date.now();
  const read = (rel: string) => {
    const p = join(o.sharedDir, rel);
    if (!existsSync(p)) throw new UserError(`${p}: training data not found (is ../shared present?)`);
    return readConllu(p);
  };
  const train: ConlluSentence[] = [], dev: ConlluSentence[] = [];
  for (const tb of SYNTAX_TREEBANKS) {
    const tr = read(tb.train);
    train.push(...(o.limit ? tr.slice(0, o.limit) : tr));
    dev.push(...read(tb.dev));
  }
  o.log(`read ${train.length} training and ${dev.length} dev sentences`);

  const { keys: classKeys, classes, toTag } = tagClassesOf(train);
  const tagTrain = train.map(toTag), tagDev = dev.map(toTag);
  const topts = { bits: TAGGER_BITS, maxEpochs: o.tagEpochs, seed: o.seed, maxRows: TAGGER_ROWS, folds: o.folds, log: o.log };
  o.log(`tagger: ${classes.length} UPOS+XPOS classes`);
  const tagged = trainTagger(tagTrain, tagDev, classes, { ...topts, jackknife: o.folds > 1 });
  o.log(`tagger: best after ${tagged.epochs}+${tagged.epochs2 ?? 0} epochs (dev UPOS ${tagged.dev.upos.toFixed(2)})`);
  const jk = tagged.jackknifed ?? tagTrain.map((s) => tagged.tagger.tagForms(s.forms));

  const { labels, toParse, lifted } = parseSentencesOf(train);
  const parseTrain = train.map((s, k) => toParse(s, jk[k], true));
  const parseDev = dev.map((s, k) => toParse(s, tagged.tagger.tagForms(tagDev[k].forms), false));
  o.log(`parser: ${labels.length} labels, ${lifted()} arcs lifted to projectivise training trees`);
  const parsed = trainParser(parseTrain, parseDev, labels, classKeys, {
    moveBits: MOVE_BITS, labelBits: LABEL_BITS, maxEpochs: o.parseEpochs, seed: o.seed, moveRows: MOVE_ROWS, labelRows: LABEL_ROWS, log: o.log,
    beamWidth: o.beam ?? 1, beamEpochs: o.beamEpochs ?? 0, maxViolation: true,
  });
  o.log(`parser: best after ${parsed.epochs} epochs (dev UAS ${parsed.dev.uas.toFixed(2)} LAS ${parsed.dev.las.toFixed(2)})`);

  o.log(`parser: best greedy epoch ${parsed.greedy.epochs} (dev UAS ${parsed.greedy.dev.uas.toFixed(2)} LAS ${parsed.greedy.dev.las.toFixed(2)})`);
  if (o.greedyOut) parsed.greedy.parser.save(o.greedyOut);
  mkdirSync(o.outDir, { recursive: true });
  const tbytes = tagged.tagger.save(join(o.outDir, "tagger.bin"));
  const pbytes = parsed.parser.save(join(o.outDir, "parser.bin"));
  const devScores: Record<string, UdScores> = {};
  // the lemmatizer (src/nlp/lemmatizer.ts) learns from the same treebanks; rebuilt here so one command
  // reproduces every file of models/syntax (not with --limit, which is for quick runs)
  const lemPath = join(o.outDir, "lemmatizer.json");
  if (!o.limit) o.log(`lemmatizer: ${trainLemmatizerFromShared(lemPath).entries} exceptions`);
  const stages = syntaxStages({ tagger: tagged.tagger, parser: parsed.parser, lemmatizer: existsSync(lemPath) ? Lemmatizer.load(lemPath) : undefined });
  const annotate = (d: Doc) => { for (const st of stages) st.run(d); return d; };
  for (const tb of SYNTAX_TREEBANKS) devScores[tb.dev] = scoreUdFile(read(tb.dev), { annotate }, false);
  const meta: SyntaxMeta = {
    formatVersion: MODEL_FORMAT_VERSION,
    treebanks: SYNTAX_TREEBANKS,
    seed: o.seed,
    tagger: { file: "tagger.bin", bytes: tbytes, epochs: tagged.epochs, classes: classes.length },
    parser: { file: "parser.bin", bytes: pbytes, epochs: parsed.epochs, labels: labels.length, transitions: "arc-hybrid", beam: parsed.parser.beamWidth },
    dev: devScores,
    trainingSeconds: Math.round((Date.now() - t0) / 1000),
  };
  writeFileSync(join(o.outDir, "meta.json"), JSON.stringify(meta, null, 2) + "\n");
  o.log(`wrote ${o.outDir}: tagger ${(tbytes / 1e6).toFixed(2)} MB, parser ${(pbytes / 1e6).toFixed(2)} MB`);
  return meta;
}
