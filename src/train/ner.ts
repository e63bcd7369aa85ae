// Training the NER tagger: averaged perceptron, greedy decoding with tag history, BILOU labels,
// on UNER-EWT train plus GUM train; the epoch count is chosen on UNER-EWT dev.
import { join } from "node:path";
import { sharedDir } from "../paths.js";
import { seededRandom } from "../nlp/hash.js";
import { scoreNer, type NerScore } from "../eval/ner.js";
import { NER_LABELS, nerSentencesToDoc, readNerFile, splitDocuments, type NerSentence } from "../nlp/ner/corpus.js";
import { loadGazetteer, type Gazetteer } from "../nlp/ner/gazetteer.js";
import { DocCase, historyFeatures, sentenceFeatures, shape } from "../nlp/ner/features.js";
import { createNer, type PosTagger } from "../nlp/ner/index.js";
import { NerModel } from "../nlp/ner/model.js";
import { AveragedPerceptron } from "../nlp/ner/perceptron.js";
import { loadWordClusters, type WordClusters } from "../nlp/ner/clusters.js";
import { bioToSpans, spansToBilou } from "../nlp/ner/spans.js";
import { beamSearch } from "../nlp/ner/beam.js";

export interface TrainNerOptions {
  /** Training files (.iob2 or GUM .conllu); default UNER-EWT draft train and GUM train. */
  train?: string[];
  /** Development files; the first one picks the epoch. Default UNER-EWT dev and GUM dev. */
  dev?: string[];
  /** Maximum number of passes over the training data (default 12). */
  epochs?: number;
  seed?: number;
  /** Number of runs with successive seeds whose weights are averaged into the model (default 1). */
  seeds?: number;
  /**
   * Probability of hiding a token's word-identity features (word, lower case) during training, so the
   * model also learns to tag names it has never seen from their shape, context and gazetteer matches.
   */
  wordDropout?: number;
  /**
   * Share of training documents added again written all in lower case (and, `upperCopies`, all in capitals),
   * so that the model learns to find names in web text typed without capitals ("kerala", "punjab") from
   * context and name lists rather than from casing. Default 0 and 0: measured worse on dev (shares 0.15 and 0.05: 71.57; 0.08 lower only: 73.04; none: 73.26).
   */
  lowerCopies?: number;
  upperCopies?: number;
  /**
   * Add the organisation evidence features (org-evidence.ts: the word in an organisation-shaped name
   * elsewhere in the document, coordinated with a known organisation). Default false: measured on dev
   * (seeds 1 / 2, span repairs on) UNER-EWT 74.30 → 75.01 / 75.16 → 74.75, GUM 67.15 → 66.48 / 63.26 → 67.72;
   * the seed-1 model scored UNER-EWT test 72.95 against the shipped 73.26 (GUM test 65.49 against 64.50).
   */
  orgEvidence?: boolean;
  /**
   * Word clusters whose ids become features (clusters.ts); default: the shipped file, if any (null: none).
   * Ignored when `gazetteer` is given: set its `clusters` instead.
   */
  clusters?: WordClusters | null;
  /** How the clusters are described in the model file (e.g. their file). */
  clustersInfo?: string;
  /**
   * Beam width (default 1: greedy decoding, each token's label learnt from its own predicted history).
   * Above 1: decoding keeps the `beam` best label sequences, and training is a structured perceptron
   * (Collins 2002) over whole sentences with early update (Collins & Roark 2004).
   */
  beam?: number;
  /** Where to write the model (default: no file, only returned). */
  out?: string;
  gazetteer?: Gazetteer;
  /** Part-of-speech tagger whose Penn tags become features (as at run time, where the tagger runs first); none: no POS features. */
  tagger?: PosTagger;
  /**
   * Penn tags for training sentences (keyed by their words joined by spaces), used instead of the tagger's
   * where present: jackknifed tags (see pos-tags.ts), as noisy as the tagger's on new text.
   */
  trainTags?: ReadonlyMap<string, readonly string[]>;
  /** How the tagger is described in the model file (e.g. its file and size). */
  taggerInfo?: string;
  log?: (line: string) => void;
}

export interface TrainNerResult {
  model: NerModel;
  /** Dev scores per file, for the chosen epoch. */
  dev: Record<string, NerScore>;
  epochs: number;
}

export function defaultTrainFiles(): string[] {
  return [
    join(sharedDir, "corpora/uner-ewt/en_ewt-ud-train.draft2022.iob2"),
    join(sharedDir, "corpora/gum/gum-open-train.conllu"),
  ];
}

export function defaultDevFiles(): string[] {
  return [
    join(sharedDir, "corpora/uner-ewt/en_ewt-ud-dev.iob2"),
    join(sharedDir, "corpora/gum/gum-open-dev.conllu"),
  ];
}

/** All BILOU labels over the entity types, "O" first. */
export function bilouLabels(types: readonly string[] = NER_LABELS): string[] {
  return ["O", ...types.flatMap((t) => ["B", "I", "L", "U"].map((p) => `${p}-${t}`))];
}


function evaluateModel(model: NerModel, sentences: readonly NerSentence[], gz: Gazetteer, tagger?: PosTagger): NerScore {
  return scoreNer(createNer(model, gz, { tagger }), sentences);
}

/** Penn tags of a document's sentences: from `known` where it has the sentence, else from the tagger. */
function tagDocument(sentences: readonly NerSentence[], tagger: PosTagger, known?: ReadonlyMap<string, readonly string[]>): readonly string[][] {
  const doc = nerSentencesToDoc(sentences);
  tagger.tag(doc);
  return doc.sentences.map((s, k) => {
    const given = known?.get(sentences[k].words.join(" "));
    return given && given.length === sentences[k].words.length ? [...given] : doc.sentenceTokens(s).map((t) => t.xpos);
  });
}

/** Offsets tried for the score of "O", in units of the model's weights. */
const OUTSIDE_OFFSETS = [0, -0.5, -1, -1.5, -2, -3, -4, -6];

/** A copy of a model whose "O" offset is `offset`. */
function withOffset(model: NerModel, offset: number): NerModel {
  return new NerModel(model.labels, model.features, model.weights, { ...model.info, outsideOffset: offset });
}

/** The "O" score offset that gives the best F1 on dev (the first best, so ties keep the smaller change). */
function tuneOutsideOffset(model: NerModel, dev: readonly NerSentence[], gz: Gazetteer, tagger: PosTagger | undefined, log: (l: string) => void): number {
  let best = { offset: 0, f1: -1 };
  for (const offset of OUTSIDE_OFFSETS) {
    const s = evaluateModel(withOffset(model, offset), dev, gz, tagger);
    log(`O offset ${offset}: dev P ${s.precision} R ${s.recall} F1 ${s.f1}`);
    if (s.f1 > best.f1) best = { offset, f1: s.f1 };
  }
  return best.offset;
}

/** One averaged-perceptron run from zero weights; returns the epoch with the best dev F1. */
function trainRun(
  ap: AveragedPerceptron, examples: readonly Example[], labels: readonly string[], seed: number, maxEpochs: number,
  wordDropout: number, devF1: (m: NerModel) => number[], flags: { pos: boolean; orgEvidence: boolean; beam?: number }, log: (l: string) => void,
): { epoch: number; model: NerModel; f1: number } {
  const width = flags.beam ?? 1;
  const L = labels.length;
  const { allowed, mayEnd } = new NerModel([...labels], [], new Float32Array(0), { scheme: "BILOU", types: [], training: {}, dev: {}, outsideOffset: 0 }).constraints;
  const random = seededRandom(seed);
  const order = examples.map((_, k) => k);
  const scores = new Float64Array(labels.length);
  let best: { epoch: number; model: NerModel; f1: number } | null = null;

  for (let epoch = 1; epoch <= maxEpochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j], order[k]];
    }
    let errors = 0, tokens = 0;
    for (const idx of order) {
      const ex = examples[idx];
      if (width > 1) {
        const r = structuredStep(ap, ex, labels, width, wordDropout, random, allowed, mayEnd);
        errors += r.errors;
        tokens += ex.words.length;
        continue;
      }
      let p1 = "O", p2 = "O";
      for (let i = 0; i < ex.words.length; i++) {
        const hist = historyFeatures(p1, p2, shape(ex.words[i]), ex.words[i].toLowerCase()).map((f) => ap.id(f, true));
        scores.fill(0);
        const feats = ex.feats[i];
        // Word identity sits at positions 1 and 2 (after the bias) of each token's static features.
        const hidden = wordDropout > 0 && random() < wordDropout;
        const w1 = feats[1], w2 = feats[2];
        if (hidden) { feats[1] = -1; feats[2] = -1; }
        ap.score(feats, scores);
        ap.score(hist, scores);
        let pred = 0;
        for (let y = 1; y < labels.length; y++) if (scores[y] > scores[pred]) pred = y;
        const gold = ex.gold[i];
        if (pred !== gold) {
          ap.update(feats, gold, pred);
          ap.update(hist, gold, pred);
          errors++;
        }
        if (hidden) { feats[1] = w1; feats[2] = w2; }
        ap.tick();
        tokens++;
        // Learn from its own history, as it will decode.
        p2 = p1;
        p1 = labels[pred];
      }
    }
    const { features, weights } = ap.averaged();
    const model = new NerModel([...labels], features, weights, { scheme: "BILOU", types: [...NER_LABELS], training: {}, dev: {}, outsideOffset: 0, ...flags });
    // The epoch is chosen on the first dev file; the others are logged to see how well that choice carries over.
    const f1s = devF1(model);
    const f1 = f1s[0];
    log(`epoch ${epoch}: train token error ${(100 * errors / tokens).toFixed(2)}%, ${features.length} features, dev F1 ${f1s.join(" / ")}`);
    if (!best || f1 > best.f1) best = { epoch, model, f1 };
  }

  return best!;
}

/**
 * One structured-perceptron step on a sentence: beam-decode it with the current weights; where the gold
 * sequence left the beam (or at the end, if the best sequence is not gold), reward the gold prefix's
 * features and penalise the predicted prefix's, each with its own label history.
 */
function structuredStep(
  ap: AveragedPerceptron, ex: Example, labels: readonly string[], width: number, wordDropout: number, random: () => number,
  allowed: Uint8Array, mayEnd: Uint8Array,
): { errors: number } {
  const n = ex.words.length, L = labels.length;
  const shapes = ex.words.map(shape), lowers = ex.words.map((w) => w.toLowerCase());
  const feats = ex.feats.map((f) => {
    // Word identity sits at positions 1 and 2 (after the bias) of each token's static features.
    if (!(wordDropout > 0 && random() < wordDropout)) return f;
    const g = Int32Array.from(f);
    g[1] = -1; g[2] = -1;
    return g;
  });
  const statics = new Float64Array(n * L);
  feats.forEach((f, i) => ap.score(f, statics.subarray(i * L, (i + 1) * L)));
  const hist = (i: number, p1: number, p2: number, add: boolean) => historyFeatures(labels[p1], labels[p2], shapes[i], lowers[i]).map((f) => ap.id(f, add));
  const r = beamSearch(n, L, width, statics, (i, p1, p2, out) => ap.score(hist(i, p1, p2, false), out), allowed, mayEnd, ex.gold);
  const pred = r.labels;
  let errors = 0;
  if (r.goldOut >= 0 || pred.some((y, i) => y !== ex.gold[i])) {
    for (let i = 0; i < pred.length; i++) {
      const g = ex.gold[i], y = pred[i];
      if (g !== y) { ap.update(feats[i], g, y); errors++; }
      ap.adjust(hist(i, i > 0 ? ex.gold[i - 1] : 0, i > 1 ? ex.gold[i - 2] : 0, true), g, 1);
      ap.adjust(hist(i, i > 0 ? pred[i - 1] : 0, i > 1 ? pred[i - 2] : 0, true), y, -1);
    }
  }
  for (let i = 0; i < n; i++) ap.tick();
  return { errors };
}

/**
 * The mean of several models' weights (a feature missing from one counts as zero there): averaging runs
 * with different shuffles smooths the perceptron's dependence on example order.
 */
export function averageModels(models: readonly NerModel[]): NerModel {
  const L = models[0].labels.length;
  const features = [...new Set(models.flatMap((m) => m.features))].sort();
  const row = new Map(features.map((f, r) => [f, r]));
  const weights = new Float32Array(features.length * L);
  for (const m of models) {
    m.features.forEach((f, k) => {
      const base = row.get(f)! * L;
      for (let y = 0; y < L; y++) weights[base + y] += m.weights[k * L + y] / models.length;
    });
  }
  return new NerModel(models[0].labels, features, weights, models[0].info);
}

/** The documents, plus a lower-cased copy of a `lower` share of them and an upper-cased copy of an `upper` share. */
export function withCaseCopies(docs: readonly NerSentence[][], lower: number, upper: number, random: () => number): NerSentence[][] {
  const out = [...docs];
  const copy = (doc: NerSentence[], f: (w: string) => string) => doc.map((s) => ({ ...s, words: s.words.map(f) }));
  for (const doc of docs) {
    const r = random();
    if (r < lower) out.push(copy(doc, (w) => w.toLowerCase()));
    else if (r < lower + upper) out.push(copy(doc, (w) => w.toUpperCase()));
  }
  return out;
}

interface Example {
  words: string[];
  gold: number[];
  feats: Int32Array[];
}

function withClusters(gz: Gazetteer, clusters: WordClusters | null): Gazetteer {
  gz.clusters = clusters;
  return gz;
}

export function trainNer(opts: TrainNerOptions = {}): TrainNerResult {
  const log = opts.log ?? (() => {});
  const trainFiles = opts.train ?? defaultTrainFiles();
  const devFiles = opts.dev ?? defaultDevFiles();
  const maxEpochs = opts.epochs ?? 12;
  const seed = opts.seed ?? 1;
  const seeds = opts.seeds ?? 1;
  const wordDropout = opts.wordDropout ?? 0.2;
  const gz = opts.gazetteer ?? withClusters(loadGazetteer(), opts.clusters === undefined ? loadWordClusters() : opts.clusters);
  const tagger = opts.tagger;
  const pos = tagger !== undefined;
  const orgEvidence = opts.orgEvidence ?? false;
  const beam = opts.beam ?? 1;
  const labels = bilouLabels();
  const labelId = new Map(labels.map((l, k) => [l, k]));

  const train = trainFiles.flatMap((f) => readNerFile(f));
  const dev = devFiles.map((f) => ({ file: f, sentences: readNerFile(f) }));
  log(`train: ${train.length} sentences from ${trainFiles.length} file(s); dev: ${dev.map((d) => d.sentences.length).join(", ")}`);

  const ap = new AveragedPerceptron(labels.length);
  const lowerCopies = opts.lowerCopies ?? 0;
  const upperCopies = opts.upperCopies ?? 0;
  const docs = withCaseCopies(splitDocuments(train), lowerCopies, upperCopies, seededRandom(seed + 1000));
  log(`${docs.length} training documents (case copies included)`);
  if (tagger && opts.trainTags) {
    const found = train.filter((s) => opts.trainTags!.get(s.words.join(" "))?.length === s.words.length).length;
    log(`given Penn tags for ${found} of ${train.length} training sentences (the others: the tagger's own)`);
  }
  const examples: Example[] = docs.flatMap((docSentences) => {
    const docCase = new DocCase(docSentences.map((s) => s.words), gz);
    const xpos = tagger ? tagDocument(docSentences, tagger, opts.trainTags) : null;
    return docSentences.map((s, k) => ({
      words: s.words,
      gold: spansToBilou(s.words.length, bioToSpans(s.tags)).map((t) => labelId.get(t)!),
      feats: sentenceFeatures(s.words, gz, docCase, xpos?.[k], orgEvidence).map((fs) => Int32Array.from(fs, (f) => ap.id(f, true))),
    }));
  });
  const runs: { epoch: number; model: NerModel; f1: number }[] = [];
  for (let r = 0; r < seeds; r++) {
    ap.reset();
    const run = trainRun(ap, examples, labels, seed + r, maxEpochs, wordDropout, (model) => dev.map((d) => evaluateModel(model, d.sentences, gz, tagger).f1), { pos, orgEvidence, ...(beam > 1 ? { beam } : {}) }, log);
    log(`seed ${seed + r}: best dev F1 ${run.f1} at epoch ${run.epoch}`);
    runs.push(run);
  }
  const chosen = runs.length === 1 ? runs[0] : { epoch: runs[0].epoch, model: averageModels(runs.map((r) => r.model)), f1: 0 };
  if (runs.length > 1) log(`average of ${runs.length} seeds: dev F1 ${evaluateModel(chosen.model, dev[0].sentences, gz, tagger).f1}`);
  const outsideOffset = tuneOutsideOffset(chosen.model, dev[0].sentences, gz, tagger, log);
  const tuned = withOffset(chosen.model, outsideOffset);
  const devScores: Record<string, NerScore> = {};
  for (const d of dev) devScores[d.file.replace(sharedDir, "../shared")] = evaluateModel(tuned, d.sentences, gz, tagger);
  const model = new NerModel(labels, chosen.model.features, chosen.model.weights, {
    scheme: "BILOU",
    types: [...NER_LABELS],
    training: {
      files: trainFiles.map((f) => f.replace(sharedDir, "../shared")),
      sentences: train.length,
      epochs: chosen.epoch,
      seed,
      seeds,
      /** Best dev epoch of each seed's run (the averaged model mixes these). */
      runEpochs: runs.map((r) => r.epoch),
      wordDropout,
      lowerCopies,
      upperCopies,
      ...(pos ? { posTagger: opts.taggerInfo ?? "given" } : {}),
      ...(gz.clusters ? { clusters: opts.clustersInfo ?? `given (${gz.clusters.sizes.join(" / ")})` } : {}),
      algorithm: beam > 1
        ? `structured averaged perceptron (whole-sentence updates, early update), beam ${beam}, two previous tags, BILOU`
        : "averaged perceptron, greedy left-to-right with two previous tags, BILOU",
      labelMapping: "UNER OTH and B-O/I-O → O; GUM person→PER, organization→ORG, place→LOC on proper-noun runs, other types → O",
    },
    dev: devScores,
    outsideOffset,
    pos,
    orgEvidence,
    ...(beam > 1 ? { beam } : {}),
  });
  if (opts.out) model.save(opts.out);
  return { model, dev: devScores, epochs: chosen.epoch };
}
