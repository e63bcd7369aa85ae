// Training the tagger: averaged perceptron, epochs tuned on the dev set, plus jackknifed tagging of the
// training set so the parser learns from realistically noisy tags.
import { seededRandom, shuffle } from "../hash.js";
import { argmax, PerceptronTrainer } from "../perceptron.js";
import { hashTokens, Tagger, taggerFeatures, TAGGER_FEATURES, type TagClass } from "../tagger.js";

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
  log: (msg: string) => void;
}

export function tagDictionary(train: TagSentence[], nClasses: number, minCount = 20, minShare = 0.97): Record<string, number> {
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

export function trainTagger(
  train: TagSentence[], dev: TagSentence[], classes: TagClass[], opts: TaggerTrainOptions,
): { tagger: Tagger; epochs: number; dev: { joint: number; upos: number } } {
  const nc = classes.length;
  const dict = tagDictionary(train, nc);
  const dictMap = new Map(Object.entries(dict));
  const trainer = new PerceptronTrainer(opts.bits, nc);
  const feats = new Uint32Array(TAGGER_FEATURES), scores = new Float32Array(nc);
  const rand = seededRandom(opts.seed);
  const order = train.slice();
  const epochs = opts.fixedEpochs ?? opts.maxEpochs;
  let best: { tagger: Tagger; epochs: number; dev: { joint: number; upos: number } } | undefined;
  let sinceBest = 0;
  for (let e = 1; e <= epochs; e++) {
    shuffle(order, rand);
    let n = 0, right = 0;
    const t0 = Date.now();
    for (const s of order) {
      const h = hashTokens(s.forms);
      let p1 = nc, p2 = nc + 1;
      for (let i = 0; i < s.forms.length; i++) {
        let guess = dictMap.get(s.forms[i]);
        if (guess === undefined) {
          const nf = taggerFeatures(h, i, p1, p2, feats);
          trainer.score(feats, nf, scores);
          guess = argmax(scores, nc);
          trainer.update(s.gold[i], guess, feats, nf);
          trainer.tick();
        }
        n++;
        if (guess === s.gold[i]) right++;
        p2 = p1; p1 = guess;
      }
    }
    const secs = ((Date.now() - t0) / 1000).toFixed(1);
    if (opts.fixedEpochs !== undefined) {
      opts.log(`  tagger epoch ${e}/${epochs}: train acc ${((100 * right) / n).toFixed(2)} (${secs}s)`);
      if (e === epochs) best = { tagger: new Tagger(trainer.finish(opts.maxRows), classes, dict), epochs: e, dev: { joint: NaN, upos: NaN } };
      continue;
    }
    const tagger = new Tagger(trainer.finish(opts.maxRows), classes, dict);
    const acc = taggerAccuracy(tagger, dev);
    opts.log(`  tagger epoch ${e}: train acc ${((100 * right) / n).toFixed(2)}, dev UPOS ${acc.upos.toFixed(2)} UPOS+XPOS ${acc.joint.toFixed(2)} (${secs}s)`);
    if (!best || acc.joint > best.dev.joint) { best = { tagger, epochs: e, dev: acc }; sinceBest = 0; }
    else if (++sinceBest >= 2) break;
  }
  return best!;
}

/** Tag every training sentence with a tagger trained on the other folds (k-fold jackknifing). */
export function jackknifeTags(
  train: TagSentence[], classes: TagClass[], folds: number, opts: TaggerTrainOptions,
): Int32Array[] {
  const out: Int32Array[] = new Array(train.length);
  for (let f = 0; f < folds; f++) {
    const rest = train.filter((_, k) => k % folds !== f);
    opts.log(` jackknife fold ${f + 1}/${folds}`);
    const { tagger } = trainTagger(rest, [], classes, { ...opts, seed: opts.seed + f + 1 });
    train.forEach((s, k) => { if (k % folds === f) out[k] = tagger.tagForms(s.forms); });
  }
  return out;
}

