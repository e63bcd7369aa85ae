// What CLI commands load from outside the command line; tests swap in doubles.
import { loadAnalyzer, type Analyzer } from "../analyze.js";

export interface CliDeps {
  loadAnalyzer: () => Promise<Analyzer>;
}

export const defaultDeps: CliDeps = { loadAnalyzer: () => loadAnalyzer() };
