// A worker thread of the analysis pool: loads the pipeline once (models, dictionaries, lexicon), then
// analyses the articles the pool sends, one at a time, and sends back each document or the error's line.
import { parentPort, workerData } from "node:worker_threads";
import type { Analyzer, AnalyzerOptions } from "../pipeline/analyze.js";
import type { WorkerReply, WorkerRequest } from "./pool.js";

const { loaderUrl, options } = workerData as { loaderUrl: string; options: AnalyzerOptions };
const port = parentPort!;
const post = (m: WorkerReply) => port.postMessage(m);

let analyzer: Analyzer;
try {
  const mod = (await import(loaderUrl)) as { loadAnalyzer: (o: AnalyzerOptions) => Promise<Analyzer> };
  analyzer = await mod.loadAnalyzer(options);
  post({ kind: "ready", coding: analyzer.coding });
} catch (err) {
  post({ kind: "load-failed", message: (err as Error)?.message ?? String(err) });
  process.exit(1);
}

port.on("message", (m: WorkerRequest) => {
  try {
    post({ kind: "done", job: m.job, doc: analyzer.analyze(m.article) });
  } catch (err) {
    post({ kind: "failed", job: m.job, message: (err as Error)?.message ?? String(err) });
  }
});
