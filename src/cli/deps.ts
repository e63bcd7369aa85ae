// What CLI commands load from outside the command line; tests swap in doubles.
import type { Analyzer, AnalyzerOptions } from "../pipeline/analyze.js";

export interface CliDeps {
  loadAnalyzer: (opts?: AnalyzerOptions) => Promise<Analyzer>;
  /**
   * URL of a module whose `loadAnalyzer` worker threads call (`ingest --workers`). A stand-in without one
   * analyses in this thread, whatever --workers says.
   */
  analyzerModule?: string;
}

// The NLP stack is imported only when a command asks for the analyzer, so help and store reads stay cheap.
export const defaultDeps: CliDeps = {
  loadAnalyzer: async (opts) => (await import("../pipeline/analyze.js")).loadAnalyzer(opts),
  analyzerModule: new URL("../pipeline/analyze.js", import.meta.url).href,
};
