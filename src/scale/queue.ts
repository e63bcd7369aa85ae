// The job queue across machines, on BullMQ over Redis: `enqueue` puts articles (already read, with their
// text hash) on it, `worker` processes analyse and store them, `queue status` counts. Delivery is at least
// once (a killed worker's job comes back when its lock runs out), made exactly-once in the store by the
// text hash: the job id is the hash (a text queued twice is one job) and the store's unique hash makes a
// second delivery "unchanged". Store errors are retried with backoff; analysis errors fail at once (they
// would fail again); failed jobs stay in the failed list with their reason: the dead letters.
import { Queue, Worker, UnrecoverableError, type Job } from "bullmq";
import type { Kysely } from "kysely";
import type { Analyzer } from "../pipeline/analyze.js";
import type { Article } from "../text/article.js";
import type { IngestItem } from "../ingest/types.js";
import type { Database } from "../store/schema.js";
import { hasHash, saveAnalysis } from "../store/save.js";
import { finishRun, startRun, type RunCounts } from "../store/runs.js";
import { linkEvents } from "../stories/link-store.js";
import type { LinkOptions } from "../stories/link-score.js";

export { ATTEMPTS, DEFAULT_QUEUE_URL, QUEUE_NAME, parseQueueUrl, type QueueAddress } from "./queue-address.js";
import { ATTEMPTS, type QueueAddress } from "./queue-address.js";

const connection = (a: QueueAddress) => ({ host: a.host, port: a.port, db: a.db, maxRetriesPerRequest: null });
/** BullMQ refuses integer-like custom ids; a prefix keeps every hash an id. */
const jobId = (hash: string) => `t-${hash}`;

export function openQueue(a: QueueAddress): Queue<Article> {
  return new Queue<Article>(a.name, {
    connection: connection(a),
    defaultJobOptions: { attempts: ATTEMPTS, backoff: { type: "exponential", delay: 1000 }, removeOnComplete: false, removeOnFail: false },
  });
}

export interface EnqueueSummary { added: number; known: number; failed: number }

/** Articles checked and added per round trip batch: one job at a time made enqueueing ~50 articles/s. */
const ENQUEUE_BATCH = 500;

/** Puts every article of `items` on the queue once; unreadable sources go to `report`, one line each. */
export async function enqueueArticles(queue: Queue<Article>, items: AsyncIterable<IngestItem>, report: (line: string) => void): Promise<EnqueueSummary> {
  const s: EnqueueSummary = { added: 0, known: 0, failed: 0 };
  let batch: Article[] = [];
  const flush = async () => {
    // A job with this id already (waiting, done or failed): the same text, queued before; a text twice in
    // one batch is one job too.
    const ids = new Set<string>();
    const fresh: Article[] = [];
    const known = await Promise.all(batch.map((a) => queue.getJob(jobId(a.hash))));
    batch.forEach((a, k) => {
      const id = jobId(a.hash);
      if (known[k] || ids.has(id)) s.known++;
      else {
        ids.add(id);
        fresh.push(a);
      }
    });
    if (fresh.length) await queue.addBulk(fresh.map((a) => ({ name: "article", data: a, opts: { jobId: jobId(a.hash) } })));
    s.added += fresh.length;
    batch = [];
  };
  for await (const item of items) {
    if (!item.ok) {
      s.failed++;
      report(item.error.message);
      continue;
    }
    batch.push(item.article);
    if (batch.length >= ENQUEUE_BATCH) await flush();
  }
  await flush();
  return s;
}

export interface ProcessResult { status: "new" | "unchanged"; articleId?: string; sentences: number; events: number; clusters?: number }

/** What a worker does with one job: known text is left alone, new text analysed and stored in one transaction. */
export async function processArticle(db: Kysely<Database>, analyzer: Analyzer, article: Article): Promise<ProcessResult> {
  if (await hasHash(db, article.hash)) return { status: "unchanged", sentences: 0, events: 0 };
  let doc;
  try {
    doc = analyzer.analyze(article);
  } catch (err) {
    throw new UnrecoverableError(`analysis failed: ${(err as Error)?.message ?? String(err)}`);
  }
  const saved = await saveAnalysis(db, doc, analyzer.coding);
  return { status: saved.status, articleId: saved.articleId, sentences: saved.sentences, events: saved.events };
}

export type WorkerCounts = RunCounts & { clusters: number };

export interface WorkerOptions {
  /** Link each stored article's events into event clusters, as ingest does (default on, with these options). */
  link?: Partial<LinkOptions> | false;
  /** The run log's command (default "worker"); the worker's run is one row, closed with its counts on close(). */
  command?: string;
  now?: () => Date;
}

export interface RunningWorker {
  counts: WorkerCounts;
  /** Finishes the current article (never half-written), then stops taking jobs. */
  close(): Promise<void>;
  /** Resolves once the queue has nothing waiting, delayed or active (for batch runs and benches). */
  drained(pollMs?: number): Promise<void>;
}

/**
 * Takes jobs until close(): each new article is stored, then its events linked into clusters (a linking
 * failure is reported; the article stays stored). The worker's run is one row of the run log, like an ingest's.
 */
export async function startWorker(a: QueueAddress, db: Kysely<Database>, analyzer: Analyzer, report: (line: string) => void, o: WorkerOptions = {}): Promise<RunningWorker> {
  const now = o.now ?? (() => new Date());
  const runId = await startRun(db, o.command ?? "worker", now());
  const counts: WorkerCounts = { new: 0, unchanged: 0, failed: 0, sentences: 0, events: 0, clusters: 0 };
  const errors: string[] = [];
  const process = async (job: Job<Article>): Promise<ProcessResult> => {
    const r = await processArticle(db, analyzer, job.data);
    if (r.status === "new" && r.articleId && o.link !== false) {
      try {
        r.clusters = (await linkEvents(db, { ...(o.link ?? {}), articleIds: [r.articleId] })).clusters;
      } catch (err) {
        const line = `linking: ${job.data.source}: ${(err as Error)?.message?.split("\n")[0] ?? String(err)}`;
        errors.push(line);
        report(line);
      }
    }
    return r;
  };
  const worker = new Worker<Article, ProcessResult>(a.name, process, {
    connection: connection(a), concurrency: 1,
    // The analysis runs on this thread: a long article must not look like a dead worker.
    lockDuration: 60_000, maxStalledCount: 3,
  });
  worker.on("completed", (_job, r) => {
    counts[r.status]++;
    counts.sentences += r.sentences;
    counts.events += r.events;
    counts.clusters += r.clusters ?? 0;
  });
  worker.on("failed", (job, err) => {
    const final = !job || job.attemptsMade >= (job.opts.attempts ?? 1) || err instanceof UnrecoverableError || err.name === "UnrecoverableError";
    const line = `${final ? "failed" : "will retry"}: ${job?.data?.source ?? job?.id}: ${err.message.split("\n")[0]}`;
    if (final) {
      counts.failed++;
      errors.push(line);
    }
    report(line);
  });
  worker.on("error", (err) => report(`queue: ${err.message.split("\n")[0]}`));
  const status = new Queue(a.name, { connection: connection(a) });
  return {
    counts,
    close: async () => {
      await worker.close();
      await status.close();
      await finishRun(db, runId, counts, errors, now());
    },
    drained: async (pollMs = 500) => {
      for (;;) {
        const c = await status.getJobCounts("waiting", "active", "delayed", "prioritized");
        if (Object.values(c).every((n) => n === 0)) return;
        await new Promise((r) => setTimeout(r, pollMs));
      }
    },
  };
}

export interface QueueStatus { waiting: number; active: number; delayed: number; done: number; failed: number; failures: { source: string; reason: string; attempts: number }[] }

export async function queueStatus(queue: Queue<Article>, listFailed = 20): Promise<QueueStatus> {
  const c = await queue.getJobCounts("waiting", "prioritized", "active", "delayed", "completed", "failed");
  const failed = listFailed > 0 ? await queue.getFailed(0, listFailed - 1) : [];
  return {
    waiting: c.waiting + c.prioritized, active: c.active, delayed: c.delayed, done: c.completed, failed: c.failed,
    failures: failed.map((j) => ({ source: (j.data as Article)?.source ?? String(j.id), reason: j.failedReason ?? "", attempts: j.attemptsMade })),
  };
}
