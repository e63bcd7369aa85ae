// A small pool of worker threads that analyse articles in parallel (plain worker_threads: the pool needs
// only "send an article, get its document back", which is less code than adapting a general pool to the
// one-load-per-thread models). Each thread loads the pipeline once; threads start as work arrives, so a
// one-article batch loads the models once. Results come back as promises; the caller keeps the order.
import { Worker } from "node:worker_threads";
import type { AnalyzerOptions } from "../pipeline/analyze.js";
import type { Article } from "../text/article.js";
import type { AnalysedDoc } from "../text/analysed.js";
import type { CodingInfo } from "../pipeline/coding.js";
import { reviveAnalysedDoc } from "./revive.js";
import { defaultWorkers } from "./default-workers.js";

export type WorkerRequest = { job: number; article: Article };
export type WorkerReply =
  | { kind: "ready"; coding?: CodingInfo }
  | { kind: "load-failed"; message: string }
  | { kind: "done"; job: number; doc: AnalysedDoc }
  | { kind: "failed"; job: number; message: string };

export interface PoolOptions {
  /** Threads at most (default: the number of cores). */
  size?: number;
  /** What the pipeline is loaded with in every thread (plain data: it is copied to each). */
  options?: AnalyzerOptions;
  /** Module whose `loadAnalyzer(options)` builds the pipeline (default: src/pipeline/analyze.js; tests pass a double's). */
  loaderUrl?: string;
}

export { defaultWorkers };

interface Slot {
  worker: Worker;
  ready: Promise<CodingInfo | undefined>;
  loaded: boolean;
  busy: { job: number; resolve: (d: AnalysedDoc) => void; reject: (e: Error) => void } | null;
}

interface Waiting { job: number; article: Article; resolve: (d: AnalysedDoc) => void; reject: (e: Error) => void }

export class AnalysisPool {
  readonly size: number;
  /** Articles the writer may have in flight ahead of it: enough to keep every thread fed. */
  readonly width: number;
  /** What codes with this pipeline (from the first thread that loaded), for saveAnalysis. */
  coding?: CodingInfo;
  private readonly slots: Slot[] = [];
  private readonly queue: Waiting[] = [];
  private next = 0;
  private closed = false;
  private readonly workerUrl = new URL("./analysis-worker.js", import.meta.url);

  constructor(private readonly o: PoolOptions = {}) {
    this.size = Math.max(1, o.size ?? defaultWorkers());
    this.width = this.size * 2;
  }

  /** Starts one thread and waits for its pipeline: a load failure surfaces here, before any article. */
  async start(): Promise<this> {
    if (!this.slots.length) this.spawn();
    this.coding = await this.slots[0].ready;
    return this;
  }

  analyze(article: Article): Promise<AnalysedDoc> {
    if (this.closed) return Promise.reject(new Error("the analysis pool is closed"));
    return new Promise((resolve, reject) => {
      this.queue.push({ job: this.next++, article, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const w of this.queue.splice(0)) w.reject(new Error("the analysis pool is closed"));
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const loaderUrl = this.o.loaderUrl ?? new URL("../pipeline/analyze.js", import.meta.url).href;
    const worker = new Worker(this.workerUrl, { workerData: { loaderUrl, options: this.o.options ?? {} } });
    const slot: Slot = { worker, loaded: false, busy: null, ready: undefined as never };
    slot.ready = new Promise((resolve, reject) => {
      worker.on("message", (m: WorkerReply) => {
        if (m.kind === "ready") {
          slot.loaded = true;
          resolve(m.coding);
          this.dispatch();
        } else if (m.kind === "load-failed") reject(new Error(m.message));
        else this.finish(slot, m);
      });
      // A thread that dies (out of memory, a crash) fails its article and is replaced for the rest.
      worker.on("error", (err) => this.lost(slot, err, reject));
      worker.on("exit", (code) => this.lost(slot, new Error(`analysis thread stopped (exit code ${code})`), reject));
    });
    slot.ready.catch(() => {});
    this.slots.push(slot);
    return slot;
  }

  private lost(slot: Slot, err: Error, rejectReady: (e: Error) => void): void {
    rejectReady(err);
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    slot.busy?.reject(err);
    slot.busy = null;
    if (this.closed) return;
    // A pipeline that cannot load fails every waiting article instead of respawning forever.
    slot.ready.then(() => this.dispatch(), () => {
      if (this.slots.length === 0) for (const w of this.queue.splice(0)) w.reject(err);
    });
  }

  private finish(slot: Slot, m: Extract<WorkerReply, { job: number }>): void {
    const busy = slot.busy;
    slot.busy = null;
    if (busy && busy.job === m.job) {
      if (m.kind === "done") {
        try {
          busy.resolve(reviveAnalysedDoc(m.doc));
        } catch (err) {
          busy.reject(err as Error);
        }
      } else busy.reject(new Error(m.message));
    }
    this.dispatch();
  }

  private dispatch(): void {
    while (this.queue.length) {
      const idle = this.slots.find((s) => !s.busy && s.loaded);
      if (!idle) {
        // Another thread only for articles no free thread (loaded or still loading) will take.
        const free = this.slots.filter((s) => !s.busy).length;
        if (this.queue.length > free && this.slots.length < this.size) {
          this.spawn();
          continue;
        }
        return;
      }
      const w = this.queue.shift()!;
      idle.busy = { job: w.job, resolve: w.resolve, reject: w.reject };
      idle.worker.postMessage({ job: w.job, article: w.article } satisfies WorkerRequest);
    }
  }
}
