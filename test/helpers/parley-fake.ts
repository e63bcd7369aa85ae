// TEST DOUBLE entry point: the real `parley` CLI with the fake analyzer injected, so CLI tests
// (exit codes, error lines, interrupted batches) run without the trained pipeline.
// PARLEY_FAKE_DELAY_MS slows each article; PARLEY_FAKE_THROW_ON makes matching articles fail; with
// PARLEY_FAKE_BUDGET set, the --max-tokens-per-article the command passes is honoured.
import { main } from "../../src/cli/main.js";
import { loadAnalyzer } from "./fake-analyzer-module.js";

const analyzer = await loadAnalyzer();
// Worker threads (`ingest --workers`) load the same double from its module.
const analyzerModule = new URL("./fake-analyzer-module.js", import.meta.url).href;
// `node --test dist/test/` also loads this file, without arguments: do nothing then.
if (process.argv.length > 2) process.exitCode = await main(process.argv, { loadAnalyzer: async (opts) => process.env.PARLEY_FAKE_BUDGET ? loadAnalyzer(opts) : analyzer, analyzerModule });
