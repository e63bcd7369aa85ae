// What CLI commands load from outside the command line; tests swap in doubles.
import { loadAnalyzer, type Analyzer, type AnalyzerOptions } from "../pipeline/analyze.js";

export interface CliDeps {
  loadAnalyzer: (opts?: AnalyzerOptions) => Promise<Analyzer>;
}

export const defaultDeps: CliDeps = { loadAnalyzer: (opts) => loadAnalyzer(opts) };
