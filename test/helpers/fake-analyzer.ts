// TEST DOUBLE: a tiny deterministic Analyzer standing in for the real pipeline in store/ingest
// tests. It splits sentences on end punctuation, tokenises on word characters, recognises a few
// actor names and trigger verbs from the tables below, and codes one event per trigger with the
// nearest actor before it as source and after it as target. It is not a model of anything.
import type { Analyzer } from "../../src/pipeline/analyze.js";
import { checkTokenBudget } from "../../src/pipeline/component.js";
import { AnalysedDoc } from "../../src/text/analysed.js";
import type { Article } from "../../src/text/article.js";
import type { ActorCode, Mention } from "../../src/text/annotations.js";
import type { EventRecord, QuadClass } from "../../src/text/annotations.js";
import type { Figure } from "../../src/text/annotations.js";
import type { Doc } from "../../src/text/doc.js";

const ACTORS: Record<string, ActorCode> = {
  Israel: { code: "ISR", country: "ISR", sectors: [], org: null, person: null },
  Hamas: { code: "PSEHMS", country: "PSE", sectors: [], org: "HMS", person: null },
  Qatar: { code: "QAT", country: "QAT", sectors: [], org: null, person: null },
  Egypt: { code: "EGY", country: "EGY", sectors: [], org: null, person: null },
  Blinken: { code: "USAGOV", country: "USA", sectors: ["GOV"], org: null, person: "Antony Blinken" },
  Netanyahu: { code: "ISRGOV", country: "ISR", sectors: ["GOV"], org: null, person: "Benjamin Netanyahu" },
};

const TRIGGERS: Record<string, { cameo: string; quad: QuadClass; goldstein: number; plover: string }> = {
  met: { cameo: "040", quad: 1, goldstein: 1, plover: "CONSULT" },
  rejected: { cameo: "125", quad: 3, goldstein: -5, plover: "REJECT" },
  urged: { cameo: "0231", quad: 2, goldstein: 3.4, plover: "REQUEST" },
  attacked: { cameo: "190", quad: 4, goldstein: -10, plover: "ASSAULT" },
  seized: { cameo: "1951", quad: 4, goldstein: -10, plover: "ASSAULT" },
  said: { cameo: "010", quad: 1, goldstein: 0, plover: "OTHER" },
};

export interface FakeAnalyzerOptions {
  /** Throw when the article text contains this marker (to test per-article failures). */
  throwOn?: string;
  /** Block this many milliseconds per article (to test interrupted batches). */
  delayMs?: number;
  /** Refuse articles with more tokens, as the real pipeline's --max-tokens-per-article does. */
  maxTokens?: number;
  /** Corrupt the events of articles containing this marker so that saving fails midway. */
  corruptOn?: string;
}

function sleepSync(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function fakeAnalyzer(opts: FakeAnalyzerOptions = {}): Analyzer {
  return {
    components: [],
    analyze(article: Article): AnalysedDoc {
      if (opts.delayMs) sleepSync(opts.delayMs);
      if (opts.throwOn && article.text.includes(opts.throwOn)) throw new Error(`fake analyzer refuses "${opts.throwOn}"`);
      const doc = tokenize(article);
      if (opts.maxTokens) checkTokenBudget(doc.tokens.length, opts.maxTokens);
      doc.mentions = findMentions(doc);
      doc.events = codeEvents(doc, article, doc.mentions);
      if (opts.corruptOn && article.text.includes(opts.corruptOn)) {
        // A record the schema refuses (cameo is NOT NULL), after sentences and tokens are written.
        doc.events.push({ ...doc.events[0], cameo: null as unknown as string });
      }
      doc.figures = findFigures(doc, article.date);
      return doc;
    },
  };
}

function tokenize(article: Article): AnalysedDoc {
  const { text, bodyStart } = article;
  const doc = new AnalysedDoc(article);
  const re = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[^\s\p{L}\p{N}]/gu;
  re.lastIndex = bodyStart;
  let first = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const tok = doc.addToken(m.index, m.index + m[0].length);
    const end = /^[.!?]$/.test(tok.text);
    const nextIsBreak = /\n/.test(text.slice(tok.end, text.slice(tok.end).search(/\S|$/) + tok.end));
    if (end || nextIsBreak) {
      doc.addSentence(first, doc.tokens.length);
      first = doc.tokens.length;
    }
  }
  if (first < doc.tokens.length) doc.addSentence(first, doc.tokens.length);
  return doc;
}

function findMentions(doc: Doc): Mention[] {
  return doc.tokens.filter((t) => ACTORS[t.text]).map((t) => ({
    start: t.start, end: t.end, tokenStart: t.i, tokenEnd: t.i + 1, headToken: t.i, text: t.text,
    type: "ORG", actor: ACTORS[t.text], via: "dictionary",
  }));
}

function codeEvents(doc: Doc, article: Article, mentions: Mention[]): EventRecord[] {
  const events: EventRecord[] = [];
  for (const t of doc.tokens) {
    const verb = TRIGGERS[t.text.toLowerCase()];
    if (!verb) continue;
    const inSentence = mentions.filter((m) => doc.tokens[m.tokenStart].sent === t.sent);
    const before = inSentence.filter((m) => m.end <= t.start).pop();
    const after = inSentence.find((m) => m.start >= t.end);
    if (!before) continue;
    const actor = (m: Mention | undefined) => m ? { ...m.actor!, text: m.text, start: m.start, end: m.end } : null;
    const s = doc.sentences[t.sent];
    events.push({
      sentence: t.sent, source: actor(before), target: actor(after),
      cameo: verb.cameo, root: verb.cameo.slice(0, 2), quadClass: verb.quad, goldstein: verb.goldstein,
      plover: { type: verb.plover, mode: null },
      trigger: { text: t.text, start: t.start, end: t.end }, evidence: { start: s.start, end: s.end },
      date: article.date, dateEnd: null, dateResolution: "reference", dateText: null,
      place: article.dateline?.places.length
        ? { text: article.dateline.places[0], name: article.dateline.places[0], country: null, lat: null, lon: null, origin: "dateline" }
        : null,
      attribution: null, modality: "asserted", confidence: 0.5, rules: [],
    });
  }
  return events;
}

function findFigures(doc: Doc, date: string): Figure[] {
  const out: Figure[] = [];
  for (const t of doc.tokens) {
    const next = doc.tokens[t.i + 1];
    if (/^\d+$/.test(t.text) && next?.text === "killed") {
      const s = doc.sentences[t.sent];
      const n = Number(t.text);
      out.push({
        sentence: t.sent, kind: "killed", value: { min: n, best: n, max: n }, qualifier: null, valueRule: "digits",
        trigger: { text: next.text, start: next.start, end: next.end }, subjects: null, perpetrator: null, place: null,
        period: { type: "incident", text: null, start: date, end: null, resolution: "reference" }, asOf: date,
        claimant: null, outlet: null, verification: "as-reported", addition: null, event: null,
        evidence: { start: s.start, end: s.end }, rules: [],
        start: t.start, end: next.end, text: doc.text.slice(t.start, next.end), tokenStart: t.i, tokenEnd: t.i + 2,
      });
    }
  }
  return out;
}
