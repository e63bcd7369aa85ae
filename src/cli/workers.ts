// `--workers N` for commands that analyse batches: N worker threads each load the pipeline and analyse
// articles in parallel while this thread stores them in order; 1 analyses here, as always.
import type { Command } from "commander";
import type { Analyzer } from "../pipeline/analyze.js";
import type { ParallelAnalyzer } from "../ingest-run.js";
import type { AnalysisPool } from "../scale/pool.js";
import { defaultWorkers } from "../scale/default-workers.js";
import { analyzerForCli } from "./analyzer.js";
import { codingAnalyzerOptions, loadCodingAnalyzer, type DictionaryFlags } from "./coding-options.js";
import { lazyAnalyzer } from "./lazy-analyzer.js";
import type { CliDeps } from "./deps.js";
import { positiveInt } from "./store-access.js";

export interface WorkersFlags extends DictionaryFlags {
  workers?: number;
}

export function addWorkersOption(cmd: Command): Command {
  return cmd.option("--workers <n>", `threads analysing articles in parallel (default: the number of cores, here ${defaultWorkers()})`, positiveInt("--workers"));
}

/**
 * Runs `fn` with the analyzer the flags ask for: a pool of threads, closed afterwards, or the pipeline in this
 * thread. Either loads on the first article that needs analysing, so a batch of stored text loads no model.
 */
export async function withBatchAnalyzer<T>(deps: CliDeps, flags: WorkersFlags, fn: (a: Analyzer | ParallelAnalyzer) => Promise<T>): Promise<T> {
  const workers = flags.workers ?? defaultWorkers();
  // usage errors in the flags (--replace-actors without dictionaries) before any article is read
  const options = codingAnalyzerOptions(flags);
  if (workers <= 1 || !deps.analyzerModule) return fn(lazyAnalyzer(() => loadCodingAnalyzer(deps, flags)));
  let pool: AnalysisPool | undefined;
  try {
    return await fn(lazyAnalyzer(async () => {
      // the pool (and the document reviver it brings) loads with the first article to analyse
      const { AnalysisPool } = await import("../scale/pool.js");
      pool = new AnalysisPool({ size: workers, options, loaderUrl: deps.analyzerModule });
      return analyzerForCli(() => pool!.start());
    }, workers * 2));
  } finally {
    await pool?.close();
  }
}
