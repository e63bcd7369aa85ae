// Test helpers for event coding: documents from hand-written CoNLL-U, actor and place mentions
// placed by CoNLL-U word ids, articles with a chosen reference date, and small in-test lexicons.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../../src/paths.js";
import { parseConllu, conlluToDoc } from "../../src/nlp/conllu.js";
import type { Doc } from "../../src/text/doc.js";
import type { Article, Dateline } from "../../src/text/article.js";
import type { ActorCode, Mention, Place } from "../../src/text/annotations.js";
import type { Lexicon, VerbPattern } from "../../src/events/lexicon-types.js";
import type { EventRecord } from "../../src/text/annotations.js";
import { AnalysedDoc } from "../../src/text/analysed.js";
import { RuleSwitch } from "../../src/rules/rule.js";
import { analyseClauses, loadClauseResources } from "../../src/clauses/index.js";
import { createEventCoder, lexiconLemmas, type CoderResources } from "../../src/events/coder.js";
import { conventionsFor } from "../../src/events/conventions.js";

export function fixtureDoc(name: string): Doc {
  const path = join(packageRoot, "test", "fixtures", "events", name);
  return conlluToDoc(parseConllu(readFileSync(path, "utf8"), path));
}

/** Doc token index of 1-based word `id` in sentence `sent`. */
export function tokenAt(doc: Doc, sent: number, id: number): number {
  return doc.sentences[sent].tokenStart + id - 1;
}

export function actor(code: string, country: string | null, opts: Partial<ActorCode> = {}): ActorCode {
  return { code, country, sectors: [], org: null, person: null, ...opts };
}

/** A mention over words [from, to] (1-based, inclusive) of sentence `sent`, headed by word `head`. */
export function mention(doc: Doc, sent: number, from: number, to: number, head: number, code: ActorCode | null, type = ""): Mention {
  const ts = tokenAt(doc, sent, from), te = tokenAt(doc, sent, to) + 1;
  const start = doc.tokens[ts].start, end = doc.tokens[te - 1].end;
  return { start, end, tokenStart: ts, tokenEnd: te, headToken: tokenAt(doc, sent, head), text: doc.text.slice(start, end), type, actor: code, via: "test" };
}

export function place(doc: Doc, sent: number, from: number, to: number, country: string | null): Place {
  const start = doc.tokens[tokenAt(doc, sent, from)].start, end = doc.tokens[tokenAt(doc, sent, to)].end;
  const text = doc.text.slice(start, end);
  return { start, end, text, name: text, country, lat: null, lon: null };
}

export function article(doc: Doc, date: string, dateline: Dateline | null = null): Article {
  return {
    id: "test", hash: "test", text: doc.text, title: null, byline: null, url: null, source: "test",
    publisher: null, date, dateOrigin: "option", dateline, bodyStart: 0, meta: {},
  };
}

/** A lexicon from pattern objects (origin filled in) and word classes. */
export function lexicon(patterns: Omit<VerbPattern, "origin">[], classes: Record<string, string[]> = {}): Lexicon {
  const byLemma = new Map<string, VerbPattern[]>();
  patterns.forEach((p, k) => {
    const list = byLemma.get(p.lemma) ?? [];
    list.push({ ...p, origin: `test:${k + 1}` });
    byLemma.set(p.lemma, list);
  });
  return { byLemma, classes: new Map(Object.entries(classes).map(([k, v]) => [k, new Set(v)])) };
}

/** A one-sentence Doc from hand-parsed rows "id form lemma upos xpos head rel" (xpos matters: tense, participles, modals). */
export function rowsDoc(rows: string[]): Doc {
  return conlluToDoc(parseConllu(rows.map((r) => {
    const [id, form, lemma, upos, xpos, head, rel] = r.split(" ");
    return [id, form, lemma, upos, xpos, "_", head, rel, "_", "_"].join("\t");
  }).join("\n") + "\n\n"));
}

/**
 * An event coder over hand-made documents: builds the AnalysedDoc (with the given mentions and places) and
 * its clause layer, as the pipeline's components would, then codes it.
 */
export function testCoder(res: CoderResources) {
  const coder = createEventCoder(res);
  const rules = (res.rules ?? new RuleSwitch()).withConventions((res.conventions ?? conventionsFor(res.lexicon)).name);
  const clauses = loadClauseResources(lexiconLemmas(res.lexicon));
  return {
    /** The analysed document the coder saw, for tests that look at frames or repairs. */
    prepare(doc: Doc, art: Article, mentions: Mention[] = [], places: Place[] = []): AnalysedDoc {
      const a = AnalysedDoc.from(doc, art);
      a.mentions = mentions;
      a.places = places;
      analyseClauses(a, clauses, rules);
      return a;
    },
    code(doc: Doc, art: Article, mentions: Mention[] = [], places: Place[] = []): EventRecord[] {
      return coder.code(this.prepare(doc, art, mentions, places));
    },
  };
}

/** A hand-parsed document as the figures component sees it: an AnalysedDoc with its clause layer built. */
export function withClauses(doc: Doc, art: Article = article(doc, "2024-02-08"), res = loadClauseResources()): AnalysedDoc {
  const a = AnalysedDoc.from(doc, art);
  analyseClauses(a, res);
  return a;
}
