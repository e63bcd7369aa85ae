// Training the parser with the dynamic oracle: the move model is updated toward the best zero-cost move,
// the label model toward the gold label of a gold arc; after the first epoch the parser follows its own
// predictions so it learns to recover from its mistakes.
import { seededRandom, shuffle } from "../nlp/hash.js";
import { PerceptronTrainer } from "../nlp/perceptron.js";
import type { ConlluSentence } from "../nlp/conllu.js";
import { MOVES, projectivize, type GoldTree } from "../nlp/parser/moves.js";
import { LABEL_FEATURE_IDS, parserFeatures, PARSER_FEATURES, selectFeatures, type ParseInput } from "../nlp/parser/features.js";
import { bestLabel, bestMove, chooseLabel, LEFT, parseInput, Parser, SHIFT } from "../nlp/parser/parser.js";
import { BeamSearch, type BeamNode } from "../nlp/parser/beam.js";
import { ParseState } from "../nlp/parser/state.js";

export interface ParseSentence {
  input: ParseInput;
  gold: GoldTree;
}

export interface ParserTrainOptions {
  /** hash table sizes (log2) of the move and label models */
  moveBits: number;
  labelBits: number;
  maxEpochs: number;
  seed: number;
  moveRows: number;
  labelRows: number;
  log: (msg: string) => void;
  /** probability of following the model's own (possibly costly) move after epoch 1 (default 1) */
  explore?: number;
  /** beam width of the global training epochs run after the greedy ones (1 or absent: none) */
  beamWidth?: number;
  /** number of beam epochs (each is kept when it beats every earlier epoch on dev LAS) */
  beamEpochs?: number;
  /** update at the largest violation instead of the first fall-out of the gold path */
  maxViolation?: boolean;
}

export function goldTree(heads: Int32Array, labels: Int32Array): GoldTree {
  const n = heads.length;
  const lists: number[][] = Array.from({ length: n + 1 }, () => []);
  for (let d = 0; d < n; d++) lists[heads[d]].push(d);
  return { heads, labels, children: lists.map((c) => Int32Array.from(c)) };
}

/**
 * The relation labels of a treebank (sorted) and a converter of its sentences, with their tag ids, to parser
 * sentences; `proj` projectivises the gold tree by lifting, and `lifted()` counts the arcs lifted so far.
 */
export function parseSentencesOf(sents: ConlluSentence[]): {
  labels: string[]; toParse: (s: ConlluSentence, tagIds: Int32Array, proj: boolean) => ParseSentence; lifted: () => number;
} {
  const labels = [...new Set(sents.flatMap((s) => s.tokens.map((t) => t.deprel)))].sort();
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  let lifted = 0;
  const toParse = (s: ConlluSentence, tagIds: Int32Array, proj: boolean): ParseSentence => {
    const n = s.tokens.length;
    const heads = Int32Array.from(s.tokens, (t) => (t.head === 0 ? n : t.head - 1));
    if (proj) lifted += projectivize(heads, n);
    const labs = Int32Array.from(s.tokens, (t) => labelIndex.get(t.deprel) ?? -1);
    return { input: parseInput(s.tokens.map((t) => t.form), tagIds), gold: goldTree(heads, labs) };
  };
  return { labels, toParse, lifted: () => lifted };
}

export function attachmentScores(parser: Parser, sents: ParseSentence[]): { uas: number; las: number } {
  let n = 0, u = 0, l = 0;
  for (const s of sents) {
    const heads = new Int32Array(s.input.n), labels = new Int32Array(s.input.n);
    parser.parseInput(s.input, heads, labels);
    for (let i = 0; i < s.input.n; i++) {
      n++;
      if (heads[i] === s.gold.heads[i]) { u++; if (labels[i] === s.gold.labels[i]) l++; }
    }
  }
  return { uas: (100 * u) / n, las: (100 * l) / n };
}

interface Trained { parser: Parser; epochs: number; dev: { uas: number; las: number } }

/** The kept model, and the best greedy one (the same when no beam epoch beat it). */
export interface ParserTrainResult extends Trained {
  greedy: Trained;
}

export function trainParser(
  train: ParseSentence[], dev: ParseSentence[], labels: string[], tags: string[], opts: ParserTrainOptions,
): ParserTrainResult {
  const nl = labels.length, root = labels.indexOf("root");
  const moveTrainer = new PerceptronTrainer(opts.moveBits, 3);
  const labelTrainer = new PerceptronTrainer(opts.labelBits, 2 * nl);
  const feats = new Uint32Array(PARSER_FEATURES), lfeats = new Uint32Array(PARSER_FEATURES), msc = new Float32Array(3), lsc = new Float32Array(2 * nl);
  const costs = new Int32Array(3);
  const state = new ParseState();
  const rand = seededRandom(opts.seed);
  const order = train.slice();
  let best: Trained | undefined;
  let sinceBest = 0;
  const explore = opts.explore ?? 1;
  let greedyEpochs = 0;
  for (let e = 1; e <= opts.maxEpochs; e++) {
    greedyEpochs = e;
    shuffle(order, rand);
    const t0 = Date.now();
    let steps = 0, wrong = 0, arcs = 0, wrongLabels = 0;
    for (const sent of order) {
      const x = sent.input, g = sent.gold;
      state.reset(x.n);
      while (!state.terminal()) {
        const nf = parserFeatures(state, x, feats);
        moveTrainer.score(feats, nf, msc);
        let target = -1;
        for (let m = 0; m < 3; m++) {
          costs[m] = MOVES[m].isValid(state) ? MOVES[m].cost(state, g) : -1;
          if (costs[m] >= 0 && (target < 0 || costs[m] < costs[target] || (costs[m] === costs[target] && msc[m] > msc[target]))) target = m;
        }
        const guess = bestMove(state, msc);
        if (costs[guess] > costs[target]) { moveTrainer.update(target, guess, feats, nf); wrong++; }
        moveTrainer.tick();
        steps++;
        const m = e === 1 || (explore < 1 && rand() >= explore) ? target : guess;
        let label = -1;
        if (m === LEFT && state.b0 === state.n) label = root;
        else if (m !== SHIFT) {
          const off = m === LEFT ? 0 : nl;
          const nlf = selectFeatures(feats, LABEL_FEATURE_IDS, lfeats);
          labelTrainer.scoreRange(lfeats, nlf, lsc, off, off + nl);
          label = bestLabel(lsc, m, nl, root);
          const gl = MOVES[m].goldLabel(state, g);
          if (gl >= 0) {
            arcs++;
            if (gl !== label) { labelTrainer.update(off + gl, off + label, lfeats, nlf); wrongLabels++; }
            labelTrainer.tick();
            if (e === 1) label = gl;
          }
        }
        MOVES[m].apply(state, label);
      }
    }
    const secs = ((Date.now() - t0) / 1000).toFixed(1);
    const parser = new Parser(moveTrainer.finish(opts.moveRows), labelTrainer.finish(opts.labelRows), labels, tags);
    const acc = attachmentScores(parser, dev);
    opts.log(`  parser epoch ${e}: ${((100 * wrong) / steps).toFixed(2)}% costly moves, ${((100 * wrongLabels) / arcs).toFixed(2)}% wrong labels, dev UAS ${acc.uas.toFixed(2)} LAS ${acc.las.toFixed(2)} (${secs}s)`);
    if (!best || acc.las > best.dev.las) { best = { parser, epochs: e, dev: acc }; sinceBest = 0; }
    else if (++sinceBest >= 2) break;
  }
  const B = opts.beamWidth ?? 1;
  const greedy = best!;
  // the beam phase starts from the averaged greedy weights; averaging the greedy phase's steps in with it
  // would hold the model to scores made for greedy decisions
  if (B > 1) moveTrainer.restartAveraging();
  for (let e = 1; B > 1 && e <= (opts.beamEpochs ?? 0); e++) {
    // global training of the move model (early update); labels stay as the greedy epochs trained them
    const labeler = labelTrainer.finish(opts.labelRows);
    const beam = new BeamSearch(B);
    const scorer = {
      scoreMoves: (f: Uint32Array, n: number, out: Float32Array) => moveTrainer.score(f, n, out),
      label: (s: ParseState, f: Uint32Array, n: number, m: number) => chooseLabel(labeler, s, f, n, m, nl, root, lsc),
    };
    shuffle(order, rand);
    const t0 = Date.now();
    let early = 0, updates = 0;
    for (const sent of order) {
      const g = sent.gold;
      const v = beam.run(sent.input, scorer, (st, m) => MOVES[m].cost(st, g), opts.maxViolation);
      moveTrainer.tick(2 * sent.input.n);
      if (!v) continue;
      updates++;
      if (depth(v.pred) < 2 * sent.input.n) early++;
      let p: BeamNode | null = v.pred, q: BeamNode | null = v.gold;
      while (p && q && p !== q) {
        moveTrainer.add(q.move, q.feats, PARSER_FEATURES, 1);
        moveTrainer.add(p.move, p.feats, PARSER_FEATURES, -1);
        p = p.parent; q = q.parent;
      }
    }
    const secs = ((Date.now() - t0) / 1000).toFixed(1);
    const parser = new Parser(moveTrainer.finish(opts.moveRows), labeler, labels, tags, LABEL_FEATURE_IDS, B);
    const acc = attachmentScores(parser, dev);
    opts.log(`  parser beam ${B} epoch ${e}: updates on ${((100 * updates) / order.length).toFixed(1)}% of sentences (${early} early), dev UAS ${acc.uas.toFixed(2)} LAS ${acc.las.toFixed(2)} (${secs}s)`);
    if (acc.las > best!.dev.las) best = { parser, epochs: greedyEpochs + e, dev: acc };
  }
  return { ...best!, greedy };
}

function depth(node: BeamNode): number {
  let k = 0;
  for (let p: BeamNode | null = node; p; p = p.parent) k++;
  return k;
}

/**
 * Parse by the oracle alone: always take the first zero-cost move, with the gold label. For a projective
 * gold tree this must rebuild it exactly (the test of the transition system).
 */
export function oracleParse(n: number, g: GoldTree, rootLabel: number): { heads: Int32Array; labels: Int32Array } {
  const s = new ParseState();
  s.reset(n);
  while (!s.terminal()) {
    const m = [0, 1, 2].find((k) => MOVES[k].isValid(s) && MOVES[k].cost(s, g) === 0);
    if (m === undefined) throw new Error("no zero-cost move: the gold tree is not projective");
    const label = m === SHIFT ? -1 : m === LEFT && s.b0 === s.n ? rootLabel : MOVES[m].goldLabel(s, g);
    MOVES[m].apply(s, label);
  }
  return { heads: s.heads.slice(0, n), labels: s.labels.slice(0, n) };
}
