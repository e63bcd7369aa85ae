// The real pipeline, loaded once per test process; `why` says why it could not load (tests then skip).
import { loadAnalyzer, type Analyzer } from "../../src/pipeline/analyze.js";

async function load(): Promise<{ analyzer: Analyzer | null; why: string }> {
  try {
    return { analyzer: await loadAnalyzer(), why: "" };
  } catch (e) {
    return { analyzer: null, why: `pipeline not loadable: ${(e as Error).message}` };
  }
}

export const { analyzer: realAnalyzer, why: noPipeline } = await load();
