// The pipeline loaded on the first article that needs it: an ingest whose every article is already stored
// (or a batch of failures) loads no model at all (issue #16). The load runs once; its failure ends the batch
// (a PipelineLoadError) instead of failing each article in turn.
import type { Analyzer } from "../pipeline/analyze.js";
import type { ParallelAnalyzer } from "../ingest-run.js";
import type { Article } from "../text/article.js";
import type { AnalysedDoc } from "../text/analysed.js";
import type { CodingInfo } from "../text/annotations.js";
import { PipelineLoadError, UserError } from "../errors.js";

export interface LazyAnalyzer extends ParallelAnalyzer {
  /** Whether the pipeline has been asked for (its load started). */
  readonly loaded: boolean;
}

/** `load` runs on the first `analyze`; `width` is how many articles the writer may have in flight. */
export function lazyAnalyzer(load: () => Promise<Analyzer | ParallelAnalyzer>, width = 1): LazyAnalyzer {
  let pending: Promise<Analyzer | ParallelAnalyzer> | undefined;
  let ready: Analyzer | ParallelAnalyzer | undefined;
  const get = () => pending ??= load().then((a) => (ready = a), (err: unknown) => {
    const msg = err instanceof Error ? err.message : String(err);
    if (err instanceof PipelineLoadError) throw err;
    throw err instanceof UserError ? new PipelineLoadError(msg, err.exitCode) : new PipelineLoadError(`cannot load the analysis pipeline: ${msg}`);
  });
  return {
    width,
    get loaded() { return pending !== undefined; },
    get coding(): CodingInfo | undefined { return ready?.coding; },
    analyze: async (article: Article): Promise<AnalysedDoc> => (await get()).analyze(article),
  };
}
