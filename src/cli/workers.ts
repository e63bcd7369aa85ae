// `--workers N` for commands that analyse batches: N worker threads each load the pipeline and analyse
// articles in parallel while this thread stores them in order; 1 analyses here, as always.
import type { Command } from "commander";
import type { Analyzer } from "../pipeline/analyze.js";
import type { ParallelAnalyzer } from "../ingest-run.js";
import { AnalysisPool, defaultWorkers } from "../scale/pool.js";
import { analyzerForCli } from "./analyzer.js";
import { codingAnalyzerOptions, loadCodingAnalyzer, type DictionaryFlags } from "./coding-options.js";
import type { CliDeps } from "./deps.js";
import { positiveInt } from "./store-access.js";

export interface WorkersFlags extends DictionaryFlags {
  workers?: number;
}

export function addWorkersOption(cmd: Command): Command {
  return cmd.option("--workers <n>", `threads analysing articles in parallel (default: the number of cores, here ${defaultWorkers()})`, positiveInt("--workers"));
}

/** Runs `fn` with the analyzer the flags ask for: a pool of threads, closed afterwards, or the pipeline in this thread. */
export async function withBatchAnalyzer<T>(deps: CliDeps, flags: WorkersFlags, fn: (a: Analyzer | ParallelAnalyzer) => Promise<T>): Promise<T> {
  const workers = flags.workers ?? defaultWorkers();
  if (workers <= 1 || !deps.analyzerModule) return fn(await loadCodingAnalyzer(deps, flags));
  const pool = new AnalysisPool({ size: workers, options: codingAnalyzerOptions(flags), loaderUrl: deps.analyzerModule });
  try {
    return await fn(await analyzerForCli(() => pool.start()));
  } finally {
    await pool.close();
  }
}
