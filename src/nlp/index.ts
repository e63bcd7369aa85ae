// Public entry of the syntactic core: tokenizer → sentence splitter → tagger → lemmatizer → parser
// (→ NER, added by its own module), all over one Doc.
import { join } from "node:path";
import { Doc } from "../text/doc.js";
import { modelsDir as defaultModelsDir } from "../paths.js";
import { tokenize } from "./tokenizer.js";
import { splitSentences } from "./sentences.js";
import { Tagger } from "./tagger.js";
import { Lemmatizer } from "./lemmatizer.js";
import { Parser } from "./parser/parser.js";
import { loadNer } from "./ner/index.js";

export interface NlpOptions {
  /** Folder holding the trained models (default: the package's models/). */
  modelsDir?: string;
  /** Run named-entity recognition after parsing (default true). */
  ner?: boolean;
}

/** One annotation step over a tokenized, sentence-split Doc. */
export interface NlpStage {
  readonly name: string;
  run(doc: Doc): void;
}

/** The syntax models, usable one at a time (tests, evaluation) or through `Nlp`. */
export interface SyntaxModels {
  tagger: Tagger;
  lemmatizer: Lemmatizer;
  parser: Parser;
}

/** Runs tokenizer, sentence splitter, tagger, lemmatizer, parser and NER over one text. */
export interface Nlp extends SyntaxModels {
  /** The annotation stages after tokenization, in order (tagger, lemmatizer, parser, then NER). */
  readonly stages: NlpStage[];
  /** Analyse `text`, starting at `bodyStart` (after a stripped dateline). */
  process(text: string, bodyStart?: number): Doc;
  /** Run the stages over a doc that is already tokenized and split (e.g. from CoNLL-U). */
  annotate(doc: Doc): Doc;
}

/** Set lemma on every token from its form and tags. */
export function lemmatize(doc: Doc, lemmatizer: Lemmatizer): void {
  for (const t of doc.tokens) t.lemma = lemmatizer.lemma(t.text, t.upos, t.xpos);
}

/** Load tagger, lemmatizer and parser from `<modelsDir>/syntax/`. */
export function loadSyntaxModels(modelsDir: string = defaultModelsDir): SyntaxModels {
  const dir = join(modelsDir, "syntax");
  return {
    tagger: Tagger.load(join(dir, "tagger.bin")),
    lemmatizer: Lemmatizer.load(join(dir, "lemmatizer.json")),
    parser: Parser.load(join(dir, "parser.bin")),
  };
}

/**
 * loadSyntaxModels with the weights inflated on the thread pool: both files are read and their inflating
 * started before this returns, so the caller can build other resources on the main thread meanwhile.
 */
export async function loadSyntaxModelsAsync(modelsDir: string = defaultModelsDir): Promise<SyntaxModels> {
  const dir = join(modelsDir, "syntax");
  const [tagger, parser] = await Promise.all([Tagger.loadAsync(join(dir, "tagger.bin")), Parser.loadAsync(join(dir, "parser.bin"))]);
  return { tagger, lemmatizer: Lemmatizer.load(join(dir, "lemmatizer.json")), parser };
}

/** The standard stages over loaded syntax models (no lemmatizer stage when none is given). */
export function syntaxStages(m: Pick<SyntaxModels, "tagger" | "parser"> & { lemmatizer?: Lemmatizer }): NlpStage[] {
  const stages: NlpStage[] = [{ name: "tagger", run: (d) => m.tagger.tag(d) }];
  const lem = m.lemmatizer;
  if (lem) stages.push({ name: "lemmatizer", run: (d) => lemmatize(d, lem) });
  stages.push({ name: "parser", run: (d) => m.parser.parse(d) });
  return stages;
}

export async function loadNlp(opts: NlpOptions = {}): Promise<Nlp> {
  const dir = opts.modelsDir ?? defaultModelsDir;
  const models = loadSyntaxModels(dir);
  const stages = syntaxStages(models);
  if (opts.ner !== false) {
    const ner = await loadNer(dir);
    stages.push({ name: "ner", run: (d) => ner.tag(d) });
  }
  const annotate = (doc: Doc): Doc => {
    for (const s of stages) s.run(doc);
    return doc;
  };
  return {
    ...models,
    stages,
    annotate,
    process(text: string, bodyStart = 0): Doc {
      const doc = new Doc(text, bodyStart);
      tokenize(doc);
      splitSentences(doc);
      return annotate(doc);
    },
  };
}
