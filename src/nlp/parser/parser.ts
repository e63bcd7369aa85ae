// Greedy arc-hybrid dependency parser. Two averaged perceptrons share one feature vector per state:
// one picks the move (SHIFT/LEFT/RIGHT), the other the relation label of the arc that move creates
// (scored only over the labels of its direction), which keeps the hot loop small.
import type { Doc } from "../../text/doc.js";
import { hashString } from "../hash.js";
import { readModelFile, readModelFileAsync, requireModel, writeModelFile, type ModelHeader } from "../model-io.js";
import type { LinearModel } from "../perceptron.js";
import { normWord } from "../tagger.js";
import { MOVES } from "./moves.js";
import { BeamSearch, type BeamScorer } from "./beam.js";
import { LABEL_FEATURE_IDS, parserFeatures, PARSER_FEATURES, selectFeatures, type ParseInput } from "./features.js";
import { ParseState } from "./state.js";

export const ROOT_WORD = hashString("<root>");
export const ROOT_LABEL = "root";
export const SHIFT = 0, LEFT = 1, RIGHT = 2;

/** Key of a tag pair in the parser's tag vocabulary. */
export function tagKey(upos: string, xpos: string): string {
  return `${upos} ${xpos}`;
}

/** Build the parser's input for one sentence from word forms and tag ids (unknown tag = tags count). */
export function parseInput(forms: string[], tagIds: ArrayLike<number>): ParseInput {
  const n = forms.length;
  const words = new Uint32Array(n + 1), tags = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) { words[i] = hashString(normWord(forms[i])); tags[i] = tagIds[i]; }
  words[n] = ROOT_WORD;
  tags[n] = 0x7fffff; // the root's own tag value
  return { n, words, tags };
}

/** Best valid move by score (SHIFT, LEFT, RIGHT), given their validity. */
export function bestMove(s: ParseState, sc: Float32Array): number {
  let best = -1;
  for (let m = 0; m < 3; m++) if ((best < 0 || sc[m] > sc[best]) && MOVES[m].isValid(s)) best = m;
  return best;
}

/** Best label for an arc of the given move; label scores sit at [0, L) for LEFT and [L, 2L) for RIGHT. */
export function bestLabel(sc: Float32Array, move: number, nLabels: number, rootLabel: number): number {
  const off = move === LEFT ? 0 : nLabels;
  let best = -1;
  for (let l = 0; l < nLabels; l++) {
    if (l === rootLabel) continue;
    if (best < 0 || sc[off + l] > sc[off + best]) best = l;
  }
  return best;
}

/** Pick the label of the arc that move m would make from s (root label exactly for the root attachment). */
export function chooseLabel(
  labeler: { scoreRange(f: Uint32Array, n: number, out: Float32Array, from: number, to: number): void },
  s: ParseState, feats: Uint32Array, n: number, m: number, nLabels: number, rootLabel: number, out: Float32Array,
): number {
  if (m === SHIFT) return -1;
  if (m === LEFT && s.b0 === s.n) return rootLabel;
  const off = m === LEFT ? 0 : nLabels;
  labeler.scoreRange(feats, n, out, off, off + nLabels);
  return bestLabel(out, m, nLabels, rootLabel);
}

/** Heads (n for the root) and label ids of a finished parse. */
function copyTree(s: ParseState, heads: Int32Array, labels: Int32Array): void {
  for (let i = 0; i < s.n; i++) { heads[i] = s.heads[i]; labels[i] = s.labels[i]; }
}

export class Parser {
  readonly nLabels: number;
  readonly rootLabel: number;
  private readonly tagIndex: Map<string, number>;
  private readonly state = new ParseState();
  private readonly feats = new Uint32Array(PARSER_FEATURES);
  private readonly labelFeats = new Uint32Array(PARSER_FEATURES);
  private readonly moveScores = new Float32Array(3);
  private readonly labelScores: Float32Array;
  private beam?: BeamSearch;
  private readonly scorer: BeamScorer;

  /**
   * `labelFeatureIds`: which move features the label model reads (all of them in older models);
   * `beamWidth`: hypotheses kept by the search (1 = greedy; older models have no setting and parse greedily).
   */
  constructor(
    readonly moves: LinearModel, readonly labeler: LinearModel, readonly labels: string[], readonly tags: string[],
    readonly labelFeatureIds: readonly number[] = LABEL_FEATURE_IDS, public beamWidth = 1,
  ) {
    this.nLabels = labels.length;
    this.rootLabel = labels.indexOf(ROOT_LABEL);
    this.tagIndex = new Map(tags.map((t, k) => [t, k]));
    this.labelScores = new Float32Array(labeler.nClasses);
    this.scorer = {
      scoreMoves: (f, n, out) => this.moves.score(f, n, out),
      label: (s, f, n, m) => {
        if (m === SHIFT) return -1; // no arc: spare the copy of the label features
        const nlf = selectFeatures(f, this.labelFeatureIds, this.labelFeats);
        return chooseLabel(this.labeler, s, this.labelFeats, nlf, m, this.nLabels, this.rootLabel, this.labelScores);
      },
    };
  }

  static load(path: string): Parser {
    return Parser.of(readModelFile(path), path);
  }

  /** `load`, the weights inflated off the main thread (see readModelFileAsync). */
  static async loadAsync(path: string): Promise<Parser> {
    return Parser.of(await readModelFileAsync(path), path);
  }

  private static of({ header, models }: ReturnType<typeof readModelFile>, path: string): Parser {
    const labelIds = (header.labelFeatures as number[] | undefined) ?? Array.from({ length: PARSER_FEATURES }, (_, k) => k);
    const beam = typeof header.beam === "number" ? header.beam : 1;
    return new Parser(requireModel(models, "moves", path), requireModel(models, "labels", path), header.labels as string[], header.tags as string[], labelIds, beam);
  }

  save(path: string, extra: Record<string, unknown> = {}): number {
    const header: ModelHeader = {
      kind: "parley-parser", transitions: "arc-hybrid", moves: MOVES.map((m) => m.name), features: PARSER_FEATURES,
      labelFeatures: this.labelFeatureIds, beam: this.beamWidth, labels: this.labels, tags: this.tags, ...extra,
    };
    return writeModelFile(path, header, { moves: this.moves, labels: this.labeler });
  }

  tagId(upos: string, xpos: string): number {
    return this.tagIndex.get(tagKey(upos, xpos)) ?? this.tags.length;
  }

  /** Parse one sentence; heads use n for the root, labels are label ids. */
  parseInput(x: ParseInput, heads: Int32Array, labels: Int32Array, width = this.beamWidth): void {
    copyTree(width > 1 ? this.beamParse(x, width) : this.greedyParse(x), heads, labels);
  }

  /** Parse with the beam search code at any width (width 1 must match the greedy loop; tests). */
  parseWithBeam(x: ParseInput, width: number, heads: Int32Array, labels: Int32Array): void {
    copyTree(this.beamParse(x, width), heads, labels);
  }

  private greedyParse(x: ParseInput): ParseState {
    const s = this.state;
    s.reset(x.n);
    while (!s.terminal()) {
      const nf = parserFeatures(s, x, this.feats);
      this.moves.score(this.feats, nf, this.moveScores);
      const m = bestMove(s, this.moveScores);
      MOVES[m].apply(s, this.scorer.label(s, this.feats, nf, m));
    }
    return s;
  }

  private beamParse(x: ParseInput, width: number): ParseState {
    if (this.beam?.width !== width) this.beam = new BeamSearch(width);
    this.beam.run(x, this.scorer);
    return this.beam.states[0];
  }

  /** Set head and deprel on every token of a tagged doc. */
  parse(doc: Doc): void {
    for (const sent of doc.sentences) {
      doc.checkBudget();
      const toks = doc.tokens.slice(sent.tokenStart, sent.tokenEnd);
      const x = parseInput(toks.map((t) => t.norm || t.text), toks.map((t) => this.tagId(t.upos, t.xpos)));
      const heads = new Int32Array(x.n), labels = new Int32Array(x.n);
      this.parseInput(x, heads, labels);
      toks.forEach((t, k) => {
        t.head = heads[k] === x.n ? -1 : sent.tokenStart + heads[k];
        t.deprel = this.labels[labels[k]];
      });
    }
  }
}
