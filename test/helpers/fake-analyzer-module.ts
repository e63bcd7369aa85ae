// TEST DOUBLE loader for worker threads (`ingest --workers`, `parley worker`): the fake analyzer, set up
// from the same PARLEY_FAKE_* variables as parley-fake.ts, behind the `loadAnalyzer` the threads call.
import type { Analyzer, AnalyzerOptions } from "../../src/pipeline/analyze.js";
import { fakeAnalyzer } from "./fake-analyzer.js";

/** The budget's token limit is honoured only when PARLEY_FAKE_BUDGET is set (the CLI always passes a default one). */
export async function loadAnalyzer(opts?: AnalyzerOptions): Promise<Analyzer> {
  return fakeAnalyzer({
    delayMs: Number(process.env.PARLEY_FAKE_DELAY_MS ?? 0),
    throwOn: process.env.PARLEY_FAKE_THROW_ON || undefined,
    maxTokens: process.env.PARLEY_FAKE_BUDGET ? opts?.budget?.tokens : undefined,
  });
}
