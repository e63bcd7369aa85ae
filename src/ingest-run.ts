// One ingest batch: read sources, analyse each article, save it; failures are reported one line
// each and never stop the batch. Plain function so tests run it without the CLI.
import type { Kysely } from "kysely";
import type { Analyzer } from "./pipeline/analyze.js";
import type { Article } from "./text/article.js";
import type { AnalysedDoc } from "./text/analysed.js";
import type { CodingInfo } from "./text/annotations.js";
import type { IngestItem, IngestOptions } from "./ingest/types.js";
import type { Database } from "./store/schema.js";
import { countSources, readSources } from "./ingest/index.js";
import { hasHash, saveAnalysis } from "./store/save.js";
import { updateMetadata } from "./store/update.js";
import { finishRun, startRun, type RunCounts } from "./store/runs.js";
import { linkEvents } from "./stories/link-store.js";
import type { LinkOptions } from "./stories/link-score.js";
import { oneLine as escapedLine } from "./util/terminal.js";
import type { FeedFetch } from "./ingest/feed-cache.js";
import { storeFeedCache } from "./ingest-feeds.js";
import { storeFailureOf, type StoreFailure } from "./store/sqlite-guard.js";
import { PipelineLoadError } from "./errors.js";
import { addStageTime, recordingStageTimes } from "./util/stage-times.js";

/** Turns source arguments into articles and per-item failures (src/ingest's readSources). */
export type SourceReader = (sources: string[], opts: IngestOptions) => AsyncIterable<IngestItem>;

/** What a progress display needs; the CLI passes a cli-progress bar, tests pass nothing. */
export interface IngestProgress {
  /** Called at the start with an estimate of the batch size (the sources named, folders walked). */
  start(total: number): void;
  /** Called when more articles come than estimated (JSON Lines and feeds hold many), with the new total. */
  grow?(total: number): void;
  /** Called for every article or failure, with running counts. */
  update(counts: RunCounts, label: string): void;
  /** Print a line without garbling the display. */
  log(line: string): void;
  stop(): void;
}

/**
 * Analysis off the writer's thread (src/scale's worker pool): up to `width` articles are analysed ahead of
 * the writer, which still stores them one by one in article order, so the store ends as with one thread.
 */
export interface ParallelAnalyzer {
  readonly coding?: CodingInfo;
  readonly width: number;
  analyze(article: Article): Promise<AnalysedDoc>;
}

export interface IngestRunOptions {
  sources: string[];
  opts: IngestOptions;
  db: Kysely<Database>;
  analyzer: Analyzer | ParallelAnalyzer;
  /** Default: readSources from src/ingest; tests pass prepared items. */
  read?: SourceReader;
  /** The progress display's first estimate (default: countSources for readSources, else 0); the batch is never read ahead for it. */
  count?: (sources: string[], opts: IngestOptions) => Promise<number>;
  /** What "-" reads (default process.stdin). */
  stdin?: AsyncIterable<Uint8Array | string>;
  progress?: IngestProgress;
  /** Where failure lines go (default: stderr through the progress display or console.error). */
  report?: (line: string) => void;
  /** Stops the batch between articles (Ctrl-C); what is stored stays, the run log says so. */
  signal?: AbortSignal;
  /** Known text takes the new title, URL, date, … (re-analysed when the date changed) instead of being left alone. */
  updateMetadata?: boolean;
  /** Recorded in the run log (default: "ingest " + sources). */
  command?: string;
  now?: () => Date;
  /** The store's name in messages (a locked, read-only, damaged or full file stops the batch with one line naming it). */
  storeName?: string;
  /** Link the new articles' events into event clusters (default on, with these options); false leaves them unlinked. */
  link?: Partial<LinkOptions> | false;
  /** Conditional GET for feed URLs and no re-fetching of their stored items (ingest-feeds.ts); refetch ignores both. */
  feeds?: { refetch?: boolean } | false;
}

export interface IngestSummary extends RunCounts {
  /** Known articles whose metadata changed (with updateMetadata; counted in `unchanged` in the run log). */
  updated: number;
  runId: number;
  seconds: number;
  /** One "where: reason" line per failure. */
  errors: string[];
  /** True when the signal stopped the batch before its end. */
  interrupted: boolean;
  /** New event clusters the linking pass opened (0 with link: false). */
  clusters: number;
  /** The feed URLs read, with what they gave (with the `feeds` option). */
  feeds: FeedFetch[];
  /** Set when the store itself failed (locked, read-only, damaged, disk full) and the batch stopped there. */
  storeFailure?: StoreFailure["kind"];
}

export async function runIngest(o: IngestRunOptions): Promise<IngestSummary> {
  const now = o.now ?? (() => new Date());
  const t0 = performance.now();
  const counts: RunCounts = { new: 0, unchanged: 0, failed: 0, sentences: 0, events: 0 };
  const errors: string[] = [];
  let updated = 0;
  let interrupted = false;
  let clusters = 0;
  const stored: string[] = [];
  let feeds: FeedFetch[] = [];
  const cache = o.feeds ? storeFeedCache(o.db, o.feeds) : undefined;
  const opts: IngestOptions = { ...o.opts, ...(o.stdin ? { stdin: o.stdin } : {}), ...(cache ? { feedCache: cache } : {}) };
  // Failure lines name sources and quote their text: escaped so a hostile name cannot drive the terminal.
  const report = o.report ?? ((raw: string) => {
    const line = escapedLine(raw);
    return o.progress ? o.progress.log(line) : console.error(line);
  });
  const fail = (message: string) => {
    counts.failed++;
    errors.push(message);
    report(`parley: ${message}`);
  };
  let storeFailure: StoreFailure | undefined;
  // A failure of the store file itself ends the batch: said once, since every later article would fail alike.
  const fatal = (err: unknown): boolean => {
    storeFailure = storeFailureOf(err, o.storeName ?? "store");
    if (!storeFailure) return false;
    counts.failed++;
    errors.push(storeFailure.message);
    report(`parley: ${storeFailure.message}; stopping the batch`);
    return true;
  };
  let runId: number;
  try {
    runId = await startRun(o.db, o.command ?? ["ingest", ...o.sources].join(" "), now());
  } catch (err) {
    // The store failing before anything is read (a --watch batch finding the file locked): the same one line.
    if (!fatal(err)) throw err;
    return { ...counts, updated, runId: 0, errors, interrupted, clusters, feeds, storeFailure: storeFailure?.kind, seconds: (performance.now() - t0) / 1000 };
  }
  try {
    // Always streamed: with a display, the total starts as an estimate (files and URLs named, folders walked,
    // cheap) and grows as JSON Lines and feeds give more; reading the batch whole first took memory in
    // proportion to it (1.04 GB for a 250 MB JSONL).
    const items = (o.read ?? readSources)(o.sources, opts);
    let total = 0;
    let seen = 0;
    if (o.progress) {
      total = await (o.count ?? (o.read ? async () => 0 : countSources))(o.sources, opts);
      o.progress.start(total);
    }
    for await (const { item, analysis } of analysedAhead(o, items)) {
      if (o.progress && ++seen > total) o.progress.grow?.(total = seen);
      // Stopped: articles whose analysis is under way are finished and stored; nothing after them.
      if (o.signal?.aborted && !analysis) {
        interrupted = true;
        errors.push("interrupted");
        break;
      }
      if (!item.ok) {
        fail(item.error.message);
        o.progress?.update(counts, item.error.where);
        continue;
      }
      const { article } = item;
      // Known text (stored before, or earlier in this batch): left alone, its analysis (if any) dropped.
      if (!analysis || await hasHash(o.db, article.hash)) {
        if (o.updateMetadata) {
          try {
            if ((await updateMetadata(o.db, article, (a) => o.analyzer.analyze(a))).status === "updated") updated++;
          } catch (err) {
            if (err instanceof PipelineLoadError) throw err;
            if (fatal(err)) break;
            fail(`${article.source}: cannot update: ${oneLine(err)}`);
            o.progress?.update(counts, article.source);
            continue;
          }
        }
        counts.unchanged++;
        o.progress?.update(counts, article.source);
        continue;
      }
      let doc;
      try {
        doc = await analysis;
      } catch (err) {
        // no pipeline (a model or dictionary that cannot load): no article can be analysed, the batch ends
        if (err instanceof PipelineLoadError) throw err;
        fail(`${article.source}: analysis failed: ${oneLine(err)}`);
        o.progress?.update(counts, article.source);
        continue;
      }
      try {
        const c0 = recordingStageTimes() ? process.cpuUsage() : undefined;
        const saved = await saveAnalysis(o.db, doc, o.analyzer.coding);
        if (c0) addStageTime("store", c0);
        if (saved.status === "new") {
          stored.push(saved.articleId);
          counts.new++;
          counts.sentences += saved.sentences;
          counts.events += saved.events;
        } else counts.unchanged++;
      } catch (err) {
        if (fatal(err)) break;
        fail(`${article.source}: cannot store: ${oneLine(err)}`);
      }
      o.progress?.update(counts, article.source);
    }
    // Only now, the items stored: an interrupted batch keeps the old validators and reads the feed again.
    if (cache && !interrupted) feeds = await cache.save(now());
    // Linking is a store-level step after the batch: new events are compared with what is stored.
    if (o.link !== false && stored.length && !storeFailure) {
      try {
        const c0 = recordingStageTimes() ? process.cpuUsage() : undefined;
        clusters = (await linkEvents(o.db, { ...(o.link ?? {}), articleIds: stored })).clusters;
        if (c0) addStageTime("link", c0);
      } catch (err) {
        errors.push(`linking: ${oneLine(err)}`);
        report(`parley: linking: ${oneLine(err)}`);
      }
    }
  } catch (err) {
    // Bad options (a UserError from the reader) end the run; the log says why.
    errors.push(oneLine(err));
    throw err;
  } finally {
    o.progress?.stop();
    // A full disk may refuse the run log's last line too; the articles stored stay stored.
    await finishRun(o.db, runId, counts, errors, now()).catch((err) => {
      if (!storeFailure && !storeFailureOf(err, "")) throw err;
    });
  }
  return { ...counts, updated, runId, errors, interrupted, clusters, feeds, storeFailure: storeFailure?.kind, seconds: (performance.now() - t0) / 1000 };
}

interface Ahead {
  item: IngestItem;
  /** The article's analysis under way; absent for failures and for text already stored when it was read. */
  analysis?: Promise<AnalysedDoc>;
}

/**
 * The items in order, each with its analysis started up to `width` items before the writer takes it (one
 * with the in-thread analyzer: read, analyse, store, then the next, as always). The costly analysis is
 * skipped for text already stored; the writer checks again, for repeats within the batch.
 */
async function* analysedAhead(o: IngestRunOptions, items: AsyncIterable<IngestItem>): AsyncGenerator<Ahead> {
  const width = "width" in o.analyzer ? o.analyzer.width : 1;
  const pending: Ahead[] = [];
  for await (const item of items) {
    // Stopped: nothing more is analysed; the writer meets this item, sees the signal and ends the batch.
    if (o.signal?.aborted) {
      pending.push({ item });
      break;
    }
    let analysis: Promise<AnalysedDoc> | undefined;
    if (item.ok && !(await hasHash(o.db, item.article.hash))) {
      analysis = (async () => o.analyzer.analyze(item.article))();
      analysis.catch(() => {}); // rejections are reported in order by the writer
    }
    pending.push({ item, analysis });
    if (pending.length >= width) yield pending.shift()!;
  }
  while (pending.length) yield pending.shift()!;
}

function oneLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split("\n")[0];
}

/** The end-of-run summary line. */
export function formatSummary(s: IngestSummary): string {
  const unchanged = s.updated ? `${s.unchanged - s.updated} unchanged, ${s.updated} updated` : `${s.unchanged} unchanged`;
  return (s.interrupted ? "interrupted; " : "") + (s.storeFailure ? `stopped (${s.storeFailure}); ` : "") + `articles: ${s.new} new, ${unchanged}, ${s.failed} failed; ` +
    `sentences: ${s.sentences}; events: ${s.events}; ${s.clusters ? `new event clusters: ${s.clusters}; ` : ""}${s.seconds.toFixed(1)} s`;
}
