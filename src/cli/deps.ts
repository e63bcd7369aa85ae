// What CLI commands load from outside the command line; tests swap in doubles.
import { loadAnalyzer, type Analyzer, type AnalyzerOptions } from "../pipeline/analyze.js";

export interface CliDeps {
  loadAnalyzer: (opts?: AnalyzerOptions) => Promise<Analyzer>;
  /**
   * URL of a module whose `loadAnalyzer` worker threads call (`ingest --workers`). A stand-in without one
   * analyses in this thread, whatever --workers says.
   */
  analyzerModule?: string;
}

export const defaultDeps: CliDeps = {
  loadAnalyzer: (opts) => loadAnalyzer(opts),
  analyzerModule: new URL("../pipeline/analyze.js", import.meta.url).href,
};
