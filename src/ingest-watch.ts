// `parley ingest FEED --watch`: the same ingest batch again every so often, each feed fetched with a
// conditional GET and only its new items' pages read, until the signal (Ctrl-C) stops it. A batch
// that is running finishes its current article first; the wait between batches ends at once.
import { runIngest, type IngestRunOptions, type IngestSummary } from "./ingest-run.js";

export interface WatchOptions extends IngestRunOptions {
  /** Time between the start of one batch and the start of the next, in milliseconds. */
  everyMs: number;
  signal: AbortSignal;
  /** Called after each batch. */
  onBatch?: (summary: IngestSummary, batch: number) => void;
  /** Stop after this many batches (tests); default: until the signal. */
  maxBatches?: number;
}

export interface WatchResult {
  batches: number;
  /** Articles stored over all batches, and failures. */
  new: number;
  failed: number;
  /** Set when a batch stopped because the store itself failed (locked, read-only, damaged, disk full): polling ends there. */
  storeFailure?: IngestSummary["storeFailure"];
}

export async function watchFeeds(o: WatchOptions): Promise<WatchResult> {
  const result: WatchResult = { batches: 0, new: 0, failed: 0 };
  while (!o.signal.aborted && result.batches < (o.maxBatches ?? Infinity)) {
    const started = Date.now();
    const summary = await runIngest({ ...o, feeds: o.feeds ?? {}, command: `${o.command ?? ["ingest", ...o.sources].join(" ")} (watch, batch ${result.batches + 1})` });
    result.batches++;
    result.new += summary.new;
    result.failed += summary.failed;
    o.onBatch?.(summary, result.batches);
    // The store file failing (locked, read-only, damaged, full) is said once by the batch; polling on would repeat it.
    if (summary.storeFailure) {
      result.storeFailure = summary.storeFailure;
      break;
    }
    if (summary.interrupted || result.batches >= (o.maxBatches ?? Infinity)) break;
    await sleep(Math.max(0, o.everyMs - (Date.now() - started)), o.signal);
  }
  return result;
}

/** Waits `ms`, or less if the signal fires. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done);
  });
}

export { formatInterval, parseInterval } from "./util/interval.js";
