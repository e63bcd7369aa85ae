// Runs `parley eval …` in this process with a stand-in analyzer, capturing what it prints.
import type { Analyzer } from "../../src/pipeline/analyze.js";
import { main } from "../../src/cli/main.js";
import { fakeAnalyzer } from "./fake-analyzer.js";

export interface EvalRun {
  code: number;
  out: string[];
  err: string[];
}

export async function runEval(args: string[], analyzer: Analyzer = fakeAnalyzer()): Promise<EvalRun> {
  const out: string[] = [];
  const err: string[] = [];
  const [log, error] = [console.log, console.error];
  console.log = (...a: unknown[]) => void out.push(a.join(" "));
  console.error = (...a: unknown[]) => void err.push(a.join(" "));
  try {
    return { code: await main(["node", "parley", "eval", ...args], { loadAnalyzer: async () => analyzer }), out, err };
  } finally {
    console.log = log;
    console.error = error;
    process.exitCode = undefined;
  }
}
