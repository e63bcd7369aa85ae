// TEST DOUBLE loader for worker threads (`ingest --workers`, `parley worker`): the fake analyzer, set up
// from the same PARLEY_FAKE_* variables as parley-fake.ts, behind the `loadAnalyzer` the threads call.
import type { Analyzer } from "../../src/pipeline/analyze.js";
import { fakeAnalyzer } from "./fake-analyzer.js";

export async function loadAnalyzer(): Promise<Analyzer> {
  return fakeAnalyzer({
    delayMs: Number(process.env.PARLEY_FAKE_DELAY_MS ?? 0),
    throwOn: process.env.PARLEY_FAKE_THROW_ON || undefined,
  });
}
