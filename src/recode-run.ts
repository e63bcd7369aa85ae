// One recode batch: stored articles coded again with the dictionaries, conventions and rules loaded now.
// When the models that parsed an article are the ones loaded now, its stored parse is read back and only
// the components after the parse run (no tagging or parsing); otherwise it is analysed from its text.
// Each article is replaced in one transaction; a failure is one line and the batch goes on.
import type { Kysely } from "kysely";
import type { Analyzer } from "./pipeline/analyze.js";
import type { Database } from "./store/schema.js";
import { AnalysedDoc } from "./text/analysed.js";
import { readParse, type StoredParse } from "./store/parsed.js";
import { replaceCoding, storedModels } from "./store/recode.js";
import { finishRun, startRun } from "./store/runs.js";
import { normalize } from "./nlp/tokenizer.js";
import { bioToSpans } from "./nlp/ner/spans.js";
import { linkEvents } from "./stories/link-store.js";
import type { LinkOptions } from "./stories/link-score.js";

export interface RecodeSummary {
  recoded: number;
  /** Of those, how many reused the stored parse. */
  reusedParse: number;
  failed: number;
  eventsBefore: number;
  eventsAfter: number;
  errors: string[];
  interrupted: boolean;
  seconds: number;
}

export interface RecodeRunOptions {
  db: Kysely<Database>;
  analyzer: Analyzer;
  /** Article ids (exact) to recode. */
  ids: string[];
  /** Analyse from the text even when the stored parse could be reused. */
  reparse?: boolean;
  report?: (line: string) => void;
  signal?: AbortSignal;
  command?: string;
  /** Link the recoded events into event clusters again (default on); false leaves them unlinked. */
  link?: Partial<LinkOptions> | false;
}

/** A stored parse as the document the nlp components would have made (norm forms and entity spans rebuilt). */
export function parsedDoc(p: StoredParse): AnalysedDoc {
  const doc = new AnalysedDoc(p.article);
  for (const t of p.tokens) {
    const tok = doc.addToken(t.char_start, t.char_end, normalize(doc.text, t.char_start, t.char_end));
    Object.assign(tok, { sent: t.sentence, upos: t.upos, xpos: t.xpos, lemma: t.lemma, head: t.head, deprel: t.deprel, ent: t.ent });
  }
  for (const s of p.sentences) {
    doc.sentences.push({ i: s.idx, tokenStart: s.token_start, tokenEnd: s.token_end, start: s.char_start, end: s.char_end });
    const toks = doc.tokens.slice(s.token_start, s.token_end);
    for (const span of bioToSpans(toks.map((t) => t.ent))) {
      const first = toks[span.start], last = toks[span.end - 1];
      doc.entities.push({ tokenStart: first.i, tokenEnd: last.i + 1, start: first.start, end: last.end, label: span.label, text: doc.text.slice(first.start, last.end) });
    }
  }
  return doc;
}

export async function runRecode(o: RecodeRunOptions): Promise<RecodeSummary> {
  const t0 = performance.now();
  const report = o.report ?? ((line: string) => console.error(line));
  const s: RecodeSummary = { recoded: 0, reusedParse: 0, failed: 0, eventsBefore: 0, eventsAfter: 0, errors: [], interrupted: false, seconds: 0 };
  const runId = await startRun(o.db, o.command ?? `recode ${o.ids.length} articles`);
  const models = o.analyzer.coding?.models;
  try {
    for (const id of o.ids) {
      if (o.signal?.aborted) {
        s.interrupted = true;
        s.errors.push("interrupted");
        break;
      }
      try {
        const parse = await readParse(o.db, id);
        const reuse = !o.reparse && !!o.analyzer.codeParsed && !!models && (await storedModels(o.db, id)) === models;
        const doc = reuse ? o.analyzer.codeParsed!(parsedDoc(parse)) : o.analyzer.analyze(parse.article);
        const r = await replaceCoding(o.db, id, doc, { reparsed: !reuse, coding: o.analyzer.coding });
        s.recoded++;
        if (reuse) s.reusedParse++;
        s.eventsBefore += r.eventsBefore;
        s.eventsAfter += r.eventsAfter;
      } catch (err) {
        const line = `${id}: cannot recode: ${(err instanceof Error ? err.message : String(err)).split("\n")[0]}`;
        s.failed++;
        s.errors.push(line);
        report(`parley: ${line}`);
      }
    }
    // the old events' links went with them; their clusters are recounted and the new events linked
    if (o.link !== false && s.recoded) await linkEvents(o.db, { ...(o.link ?? {}), articleIds: o.ids });
  } finally {
    s.seconds = (performance.now() - t0) / 1000;
    await finishRun(o.db, runId, { new: 0, unchanged: 0, failed: s.failed, sentences: 0, events: s.eventsAfter }, s.errors);
  }
  return s;
}

export function formatRecodeSummary(s: RecodeSummary): string {
  return (s.interrupted ? "interrupted; " : "") + `articles: ${s.recoded} recoded (${s.reusedParse} from the stored parse), ${s.failed} failed; ` +
    `events: ${s.eventsBefore} before, ${s.eventsAfter} after; ${s.seconds.toFixed(1)} s`;
}
