// Named-entity recognition at run time: load the trained model and tag Docs with PER / ORG / LOC.
import { join } from "node:path";
import { existsSync } from "node:fs";
import { modelsDir as defaultModelsDir } from "../../paths.js";
import { UserError } from "../../errors.js";
import type { Doc } from "../../text/doc.js";
import { Tagger } from "../tagger.js";
import { loadGazetteer, placeKind, type Gazetteer } from "./gazetteer.js";
import { NerModel } from "./model.js";
import { DocCase } from "./features.js";
import { bilouToSpans, spansToBio, type TagSpan } from "./spans.js";
import { matchDictionaryNames } from "./matcher.js";
import { repairDocument, repairSpans } from "./repairs.js";
import { CLUSTER_FILE, loadWordClusters } from "./clusters.js";

export { NER_LABELS } from "./corpus.js";
export { placeKind } from "./gazetteer.js";

import { NER_MODEL_FILE } from "./model-file.js";
export { NER_MODEL_FILE };

export interface Ner {
  readonly model: NerModel;
  readonly gazetteer: Gazetteer;
  /**
   * Tag every sentence of `doc`: sets each token's `ent` ("B-PER", "I-ORG", "O") and appends one
   * LabelledSpan per entity to `doc.entities`, in text order.
   */
  tag(doc: Doc): void;
  /** BIO tags for one sentence given as words (without the document-level evidence `tag` uses). */
  tagWords(words: readonly string[]): string[];
  /** For a LOC entity's text: "country", "capital", "place" (another listed place) or "" if not listed. */
  placeKind(text: string): "country" | "capital" | "place" | "";
}

export async function loadNer(modelsDir: string = defaultModelsDir, opts: LoadNerOptions = {}): Promise<Ner> {
  // a tagger still loading: awaited last, its failure reported there (not as an unhandled rejection)
  const given = Promise.resolve(opts.tagger);
  given.catch(() => {});
  const path = join(modelsDir, NER_MODEL_FILE);
  if (!existsSync(path)) throw new UserError(`no NER model at ${path} (run \`parley train ner\`)`);
  // the model file inflates on the thread pool while this thread builds the gazetteer
  const loading = NerModel.loadAsync(path);
  loading.catch(() => {});
  const gazetteer = loadGazetteer();
  const model = await loading;
  // A model with part-of-speech features tags untagged Docs itself, with the syntax tagger beside it.
  const taggerPath = join(modelsDir, "syntax", "tagger.bin");
  const tagger = (await given) ?? (model.info.pos && existsSync(taggerPath) ? Tagger.load(taggerPath) : undefined);
  // The clusters sit beside the model (models/ner/); a model trained without them has no cluster features to use.
  gazetteer.clusters = loadWordClusters(join(modelsDir, CLUSTER_FILE));
  return createNer(model, gazetteer, { ...opts, tagger });
}

/** loadNer's options: those of createNer, the tagger possibly still loading. */
export type LoadNerOptions = Omit<NerOptions, "tagger"> & { tagger?: PosTagger | Promise<PosTagger> };

/** What NER needs of the part-of-speech tagger: set `xpos` on every token of a Doc. */
export interface PosTagger {
  tag(doc: Doc): void;
}

export interface NerOptions {
  /**
   * Tag later (or earlier) repetitions of a name that the model found elsewhere in the same document
   * ("Miramar" tagged once, missed in a short sentence later). Default true.
   */
  propagate?: boolean;
  /**
   * Tag names of the actor dictionaries and the organisation list that the model missed (see matcher.ts).
   * Default true.
   */
  matchDictionaries?: boolean;
  /**
   * Run on a Doc whose tokens have no Penn tags yet, when the model uses them (in the pipeline the tagger
   * stage has already set them).
   */
  tagger?: PosTagger;
  /** Ids of span repairs (repairs.ts, "ner.calendar-edge" …, and the document repairs) not to run. Default: all run. */
  disabledRepairs?: readonly string[];
}

export function createNer(model: NerModel, gazetteer: Gazetteer, opts: NerOptions = {}): Ner {
  const propagate = opts.propagate ?? true;
  const match = opts.matchDictionaries ?? true;
  const disabled = new Set(opts.disabledRepairs ?? []);
  const tagWords = (words: readonly string[]) => spansToBio(words.length, bilouToSpans(model.tagWords(words, gazetteer)));
  return {
    model,
    gazetteer,
    tagWords,
    tag(doc: Doc): void {
      // A Doc without sentence boundaries is tagged as a single sequence.
      const ranges = doc.sentences.length ? doc.sentences.map((s) => doc.sentenceTokens(s)) : [doc.tokens];
      if (model.info.pos && opts.tagger && doc.sentences.length && doc.tokens.some((t) => !t.xpos)) opts.tagger.tag(doc);
      const words = ranges.map((toks) => toks.map((t) => t.norm));
      const xpos = ranges.map((toks) => (toks.every((t) => t.xpos) ? toks.map((t) => t.xpos) : undefined));
      const docCase = new DocCase(words, gazetteer);
      const spans = words.map((w, k) => {
        doc.checkBudget();
        if (!w.length) return [];
        const found = bilouToSpans(model.tagWords(w, gazetteer, docCase, xpos[k]));
        return repairSpans(w, match ? matchDictionaryNames(w, found, gazetteer, docCase.names?.matchesOf(w, gazetteer)) : found, gazetteer, disabled);
      });
      if (propagate) propagateNames(words, spans);
      repairDocument(words, spans, gazetteer, disabled);
      ranges.forEach((tokens, k) => {
        const tags = spansToBio(tokens.length, spans[k]);
        tokens.forEach((t, j) => { t.ent = tags[j]; });
        for (const s of spans[k]) {
          const first = tokens[s.start];
          const last = tokens[s.end - 1];
          doc.entities.push({
            tokenStart: first.i, tokenEnd: last.i + 1, start: first.start, end: last.end,
            label: s.label, text: doc.text.slice(first.start, last.end),
          });
        }
      });
    },
    placeKind: (text) => placeKind(gazetteer, text),
  };
}

/**
 * Document-level consistency: every exact (case-sensitive) repetition of a found name that the tagger left
 * untagged gets the name's most frequent label. Spans are added in place, kept sorted.
 */
export function propagateNames(words: readonly (readonly string[])[], spans: TagSpan[][]): void {
  const labelsOf = new Map<string, Map<string, number>>();
  let longest = 0;
  words.forEach((ws, k) => {
    for (const s of spans[k]) {
      // Names written in lower case ("tampa bay") are too easily confused with ordinary words to spread.
      if (!/^\p{Lu}/u.test(ws[s.start])) continue;
      const key = ws.slice(s.start, s.end).join(" ");
      const counts = labelsOf.get(key) ?? new Map<string, number>();
      counts.set(s.label, (counts.get(s.label) ?? 0) + 1);
      labelsOf.set(key, counts);
      longest = Math.max(longest, s.end - s.start);
    }
  });
  if (!labelsOf.size) return;
  words.forEach((ws, k) => {
    const covered = new Uint8Array(ws.length);
    for (const s of spans[k]) covered.fill(1, s.start, s.end);
    const added: TagSpan[] = [];
    for (let i = 0; i < ws.length; i++) {
      if (covered[i]) continue;
      for (let len = Math.min(longest, ws.length - i); len >= 1; len--) {
        if (covered.subarray(i, i + len).some((c) => c)) continue;
        const counts = labelsOf.get(ws.slice(i, i + len).join(" "));
        if (!counts) continue;
        // Only whole names: the match must not run into a neighbouring capitalised word.
        if (i + len < ws.length && /^\p{Lu}/u.test(ws[i + len])) break;
        if (i > 0 && /^\p{Lu}/u.test(ws[i - 1])) break;
        const label = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
        added.push({ start: i, end: i + len, label });
        covered.fill(1, i, i + len);
        i += len - 1;
        break;
      }
    }
    if (added.length) spans[k] = [...spans[k], ...added].sort((a, b) => a.start - b.start);
  });
}
