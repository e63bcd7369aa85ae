// Runs one exported function of a compiled module in a worker thread and stops it after a time
// limit, so a test of a hang fails in bounded time instead of hanging the suite (a synchronous
// regular expression cannot be interrupted from its own thread).
import { Worker } from "node:worker_threads";

export interface Bounded {
  /** Milliseconds the call took, or null when it ran past the limit and was stopped. */
  ms: number | null;
  /** The message of an error the call threw. */
  error?: string;
}

const WORKER = `
import { parentPort, workerData } from "node:worker_threads";
const mod = await import(workerData.url);
const fn = workerData.name.split(".").reduce((o, k) => o?.[k], mod);
if (typeof fn !== "function") throw new Error("no function " + workerData.name + " in " + workerData.url);
parentPort.postMessage("ready");
const t0 = performance.now();
fn(...workerData.args);
parentPort.postMessage(performance.now() - t0);
`;

/** Calls `name` of the module at `url` with `args` (structured-cloneable) under `limitMs`. */
export function callBounded(url: URL | string, name: string, args: unknown[], limitMs: number): Promise<Bounded> {
  return new Promise((resolve) => {
    const w = new Worker(new URL(`data:text/javascript,${encodeURIComponent(WORKER)}`), {
      workerData: { url: String(url), name, args },
      resourceLimits: { maxOldGenerationSizeMb: 1024 },
    });
    let done = false;
    const finish = (r: Bounded) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      void w.terminate();
      resolve(r);
    };
    // The limit counts from the call, not from the module's loading.
    let timer = setTimeout(() => finish({ ms: null, error: "module did not load in 60 s" }), 60_000);
    w.on("message", (m: "ready" | number) => {
      if (m === "ready") {
        clearTimeout(timer);
        timer = setTimeout(() => finish({ ms: null }), limitMs);
      } else finish({ ms: m });
    });
    w.on("error", (err) => finish({ ms: 0, error: err.message }));
    w.on("exit", () => finish({ ms: 0, error: "worker exited" }));
  });
}
