// Training the tagger: averaged perceptron, epochs tuned on the dev set, plus jackknifed tagging of the
// training set so the parser learns from realistically noisy tags.
import type { ConlluSentence } from "../nlp/conllu.js";
import { seededRandom, shuffle } from "../nlp/hash.js";
import { tagKey } from "../nlp/parser/parser.js";
import { PerceptronTrainer, type LinearModel } from "../nlp/perceptron.js";
import { hashTokens, tagPass, Tagger, TAGGER2_FEATURES, TAGGER_FEATURES, type TagClass } from "../nlp/tagger.js";

export interface TagSentence {
  forms: string[];
  /** gold class ids */
  gold: Int32Array;
}

export interface TaggerTrainOptions {
  bits: number;
  maxEpochs: number;
  /** train exactly this many epochs (no dev tuning) when set */
  fixedEpochs?: number;
  seed: number;
  maxRows: number;
  /**
   * Folds of the jackknifed first-pass tags the second pass learns from (default 4); below 2 the tagger
   * has one pass only. With `jackknife`, the result also carries the training sentences tagged by
   * two-pass taggers trained on the other folds (for the parser).
   */
  folds?: number;
  jackknife?: boolean;
  log: (msg: string) => void;
}

export interface TrainedTagger {
  tagger: Tagger;
  /** epochs of the first pass and (two-pass taggers) of the second */
  epochs: number;
  epochs2?: number;
  dev: { joint: number; upos: number };
  /** with opts.jackknife: each training sentence's classes from a tagger that did not see it */
  jackknifed?: Int32Array[];
}

/** The tagger's classes (the "UPOS XPOS" pairs seen in `sents`, sorted) and a converter to tagger sentences. */
export function tagClassesOf(sents: ConlluSentence[]): { keys: string[]; classes: TagClass[]; toTag: (s: ConlluSentence) => TagSentence } {
  const keys = [...new Set(sents.flatMap((s) => s.tokens.map((t) => tagKey(t.upos, t.xpos))))].sort();
  const classes: TagClass[] = keys.map((k) => { const [upos, xpos] = k.split(" "); return { upos, xpos }; });
  const index = new Map(keys.map((k, i) => [k, i]));
  const toTag = (s: ConlluSentence): TagSentence => ({
    forms: s.tokens.map((t) => t.form),
    gold: Int32Array.from(s.tokens, (t) => index.get(tagKey(t.upos, t.xpos)) ?? -1),
  });
  return { keys, classes, toTag };
}

export function tagDictionary(train: TagSentence[], nClasses: number, minCount = 20, minShare = 0.995): Record<string, number> {
  const counts = new Map<string, Int32Array>();
  for (const s of train) {
    s.forms.forEach((f, k) => {
      let c = counts.get(f);
      if (!c) counts.set(f, (c = new Int32Array(nClasses)));
      c[s.gold[k]]++;
    });
  }
  const dict: Record<string, number> = {};
  for (const f of [...counts.keys()].sort()) {
    const c = counts.get(f)!;
    let total = 0, best = 0;
    for (let k = 0; k < nClasses; k++) { total += c[k]; if (c[k] > c[best]) best = k; }
    if (total >= minCount && c[best] / total >= minShare) dict[f] = best;
  }
  return dict;
}

/** Forms seen at least `minCount` times (and not in the tag dictionary) → the classes seen with them. */
export function tagCandidates(train: TagSentence[], dict: Record<string, number>, minCount = 10): Record<string, number[]> {
  const seen = new Map<string, { n: number; classes: Set<number> }>();
  for (const s of train) {
    s.forms.forEach((f, k) => {
      if (Object.hasOwn(dict, f) || s.gold[k] < 0) return;
      let e = seen.get(f);
      if (!e) seen.set(f, (e = { n: 0, classes: new Set() }));
      e.n++;
      e.classes.add(s.gold[k]);
    });
  }
  const out: Record<string, number[]> = {};
  for (const f of [...seen.keys()].sort()) {
    const e = seen.get(f)!;
    if (e.n >= minCount) out[f] = [...e.classes].sort((a, b) => a - b);
  }
  return out;
}

export function taggerAccuracy(tagger: Tagger, sents: TagSentence[]): { joint: number; upos: number } {
  let n = 0, joint = 0, upos = 0;
  for (const s of sents) {
    const ids = tagger.tagForms(s.forms);
    for (let k = 0; k < ids.length; k++) {
      n++;
      if (ids[k] === s.gold[k]) joint++;
      if (tagger.classes[ids[k]].upos === tagger.classes[s.gold[k]]?.upos) upos++;
    }
  }
  return { joint: (100 * joint) / n, upos: (100 * upos) / n };
}

/** Train one pass. `first` set: this is the second pass over first-pass tags `prov` (train) from that model. */
function trainPass(
  train: TagSentence[], dev: TagSentence[], classes: TagClass[], dict: Record<string, number>, opts: TaggerTrainOptions,
  second?: { first: LinearModel; prov: Int32Array[] },
): { tagger: Tagger; epochs: number; dev: { joint: number; upos: number } } {
  const nc = classes.length;
  const dictMap = new Map(Object.entries(dict));
  const lex = { fixed: (f: string) => dictMap.get(f) };
  const trainer = new PerceptronTrainer(opts.bits, nc);
  const feats = new Uint32Array(TAGGER2_FEATURES), scores = new Float32Array(nc);
  const rand = seededRandom(opts.seed);
  const order = train.map((s, k) => ({ s, prov: second?.prov[k] }));
  const epochs = opts.fixedEpochs ?? opts.maxEpochs;
  const finish = () => second
    ? new Tagger(second.first, classes, dict, TAGGER_FEATURES, trainer.finish(opts.maxRows))
    : new Tagger(trainer.finish(opts.maxRows), classes, dict);
  const name = second ? "tagger pass 2" : "tagger";
  let best: { tagger: Tagger; epochs: number; dev: { joint: number; upos: number } } | undefined;
  let sinceBest = 0, out = new Int32Array(64);
  for (let e = 1; e <= epochs; e++) {
    shuffle(order, rand);
    let n = 0, right = 0;
    const t0 = Date.now();
    for (const { s, prov } of order) {
      const h = hashTokens(s.forms);
      if (out.length < s.forms.length) out = new Int32Array(2 * s.forms.length);
      const learn = (i: number, guess: number, nf: number) => {
        trainer.update(s.gold[i], guess, feats, nf);
        trainer.tick();
      };
      tagPass(s.forms, h, prov, lex, trainer, prov ? TAGGER2_FEATURES : TAGGER_FEATURES, feats, scores, out, learn);
      for (let i = 0; i < s.forms.length; i++) { n++; if (out[i] === s.gold[i]) right++; }
    }
    const secs = ((Date.now() - t0) / 1000).toFixed(1);
    if (opts.fixedEpochs !== undefined) {
      opts.log(`  ${name} epoch ${e}/${epochs}: train acc ${((100 * right) / n).toFixed(2)} (${secs}s)`);
      if (e === epochs) best = { tagger: finish(), epochs: e, dev: { joint: NaN, upos: NaN } };
      continue;
    }
    const tagger = finish();
    const acc = taggerAccuracy(tagger, dev);
    opts.log(`  ${name} epoch ${e}: train acc ${((100 * right) / n).toFixed(2)}, dev UPOS ${acc.upos.toFixed(2)} UPOS+XPOS ${acc.joint.toFixed(2)} (${secs}s)`);
    if (!best || acc.joint > best.dev.joint) { best = { tagger, epochs: e, dev: acc }; sinceBest = 0; }
    else if (++sinceBest >= 2) break;
  }
  return best!;
}

const inFold = (k: number, f: number, folds: number) => k % folds === f;

/**
 * Train the tagger: the first pass, then (folds ≥ 2) the second pass on first-pass tags of the training
 * sentences from first-pass models trained on the other folds, so they are as noisy as at run time.
 */
export function trainTagger(train: TagSentence[], dev: TagSentence[], classes: TagClass[], opts: TaggerTrainOptions): TrainedTagger {
  const nc = classes.length, folds = opts.folds ?? 4;
  const dict = tagDictionary(train, nc);
  const one = trainPass(train, dev, classes, dict, opts);
  if (folds < 2) return { ...one, tagger: new Tagger(one.tagger.model, classes, dict, TAGGER_FEATURES, undefined, tagCandidates(train, dict)) };
  const prov: Int32Array[] = new Array(train.length);
  const firsts: { first: LinearModel; dict: Record<string, number> }[] = [];
  for (let f = 0; f < folds; f++) {
    const rest = train.filter((_, k) => !inFold(k, f, folds));
    const fdict = tagDictionary(rest, nc);
    opts.log(` tagger pass 1, fold ${f + 1}/${folds}`);
    const { tagger } = trainPass(rest, [], classes, fdict, { ...opts, fixedEpochs: one.epochs, seed: opts.seed + f + 1 });
    train.forEach((s, k) => { if (inFold(k, f, folds)) prov[k] = tagger.tagForms(s.forms); });
    firsts.push({ first: tagger.model, dict: fdict });
  }
  const two = trainPass(train, dev, classes, dict, opts, { first: one.tagger.model, prov });
  const tagger = new Tagger(one.tagger.model, classes, dict, TAGGER_FEATURES, two.tagger.second, tagCandidates(train, dict));
  const result: TrainedTagger = { tagger, epochs: one.epochs, epochs2: two.epochs, dev: taggerAccuracy(tagger, dev) };
  if (!opts.jackknife) return result;
  // the parser's training tags: fold f tagged by the first pass trained without it, then a second pass
  // trained without it (on the other folds' provisional tags)
  result.jackknifed = new Array(train.length);
  for (let f = 0; f < folds; f++) {
    const idx = train.map((_, k) => k).filter((k) => !inFold(k, f, folds));
    opts.log(` tagger pass 2, fold ${f + 1}/${folds}`);
    const { tagger } = trainPass(idx.map((k) => train[k]), [], classes, firsts[f].dict, { ...opts, fixedEpochs: two.epochs, seed: opts.seed + f + 1 },
      { first: firsts[f].first, prov: idx.map((k) => prov[k]) });
    train.forEach((s, k) => { if (inFold(k, f, folds)) result.jackknifed![k] = tagger.tagForms(s.forms); });
  }
  return result;
}

/** Tag every training sentence with a tagger trained on the other folds (k-fold jackknifing). */
export function jackknifeTags(
  train: TagSentence[], classes: TagClass[], folds: number, opts: TaggerTrainOptions,
): Int32Array[] {
  const out: Int32Array[] = new Array(train.length);
  for (let f = 0; f < folds; f++) {
    const rest = train.filter((_, k) => !inFold(k, f, folds));
    opts.log(` jackknife fold ${f + 1}/${folds}`);
    const { tagger } = trainTagger(rest, [], classes, { ...opts, jackknife: false, seed: opts.seed + f + 1 });
    train.forEach((s, k) => { if (inFold(k, f, folds)) out[k] = tagger.tagForms(s.forms); });
  }
  return out;
}
