// Stress and speed check for the frame builder and coder over gold UD EWT trees:
// every PROPN becomes a coded actor and every verb lemma codes "010", so every path runs.
// Usage: node dist/bench/coder-ewt.js [file.conllu]   (default: ../shared/corpora/ud-ewt/en_ewt-ud-dev.conllu)
import { join } from "node:path";
import { existsSync } from "node:fs";
import { sharedDir } from "../src/paths.js";
import { readConllu, conlluToDoc } from "../src/nlp/conllu.js";
import { buildFrames } from "../src/clauses/frames.js";
import { analyseClauses, loadClauseResources } from "../src/clauses/index.js";
import { AnalysedDoc } from "../src/text/analysed.js";
import { loadFrameCues } from "../src/clauses/cues.js";
import { createEventCoder, lexiconLemmas } from "../src/events/coder.js";
import { builtInOntology } from "../src/events/ontology.js";
import { createFigureExtractor } from "../src/facts/figures.js";
import type { Mention } from "../src/text/annotations.js";
import type { Lexicon, VerbPattern } from "../src/events/lexicon-types.js";

const path = process.argv[2] ?? join(sharedDir, "corpora", "ud-ewt", "en_ewt-ud-dev.conllu");
if (!existsSync(path)) {
  console.log(`skipped: ${path} absent`);
  process.exit(0);
}
const sents = readConllu(path);
const docs = [];
for (let k = 0; k < sents.length; k += 20) docs.push(conlluToDoc(sents.slice(k, k + 20)));
const cues = loadFrameCues();
const byLemma = new Map<string, VerbPattern[]>();
for (const d of docs) for (const t of d.tokens) if (t.upos === "VERB") byLemma.set(t.lemma.toLowerCase(), [{ lemma: t.lemma.toLowerCase(), code: "010", origin: "bench" }]);
const lexicon: Lexicon = { byLemma, classes: new Map() };
const coder = createEventCoder({ lexicon, ontology: builtInOntology(), cues });
const figures = createFigureExtractor();
const clauseRes = loadClauseResources(lexiconLemmas(lexicon));
let frames = 0, events = 0, figs = 0, tokens = 0;
const t0 = performance.now();
for (const doc of docs) {
  tokens += doc.tokens.length;
  frames += buildFrames(doc, cues).length;
  const mentions: Mention[] = doc.tokens.filter((t) => t.upos === "PROPN").map((t) => ({
    start: t.start, end: t.end, tokenStart: t.i, tokenEnd: t.i + 1, headToken: t.i, text: t.text, type: "ORG",
    actor: { code: t.text.toUpperCase().slice(0, 3), country: null, sectors: [], org: null, person: null }, via: "bench",
  }));
  const article = { id: "b", hash: "b", text: doc.text, title: null, byline: null, url: null, source: path, publisher: null, date: "2024-01-01", dateOrigin: "option" as const, dateline: null, bodyStart: 0, meta: {} };
  const a = AnalysedDoc.from(doc, article);
  a.mentions = mentions;
  analyseClauses(a, clauseRes);
  events += coder.code(a).length;
  figs += figures.extract(a).length;
}
const ms = performance.now() - t0;
console.log(JSON.stringify({ sentences: sents.length, tokens, frames, events, figures: figs, ms: Math.round(ms), tokensPerSecond: Math.round(tokens / (ms / 1000)) }));
