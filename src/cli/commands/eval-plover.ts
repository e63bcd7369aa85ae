// `parley eval plover RECORDS.jsonl`: event type and actor-country accuracy on PLOVER gold records.
import type { Command } from "commander";
import { parseHalf, selectHalf } from "../../eval/halves.js";
import type { CliDeps } from "../deps.js";
import { addCodingOptions, withCodingFlags, type CodingFlags } from "../coding-options.js";
import { addAllowSkipsOption, addHalfOption, failOnSkips, reportGoldFile, skipFields } from "./eval-common.js";

import { withExamples } from "../help.js";

export function register(ev: Command, deps?: CliDeps): void {
  const cmd = ev.command("plover")
    .description("score event coding on PLOVER gold records (event type, source and target country accuracy)")
    .argument("<records>", "PLOVER gold JSONL (e.g. PLOVER_GSR_dev.jsonl)")
    .option("--json", "print one JSON object with the scores")
    .option("--misses", "list records whose type or actors were missed (stderr)");
  addCodingOptions(addAllowSkipsOption(addHalfOption(cmd)));
  cmd.action(async (records: string, opts: CodingFlags & { json?: boolean; misses?: boolean; half?: string; allowSkips?: boolean }) => {
    const half = parseHalf(opts.half);
    const [{ readPloverRecords, scorePlover }, { loadEvalAnalyzer, ploverPredictor }] = await Promise.all([import("../../eval/plover.js"), import("../../eval/pipeline-predictors.js")]);
    const read = readPloverRecords(records);
    reportGoldFile(read);
    const recs = selectHalf(read.records, half, (r) => r.line);
    const analyzer = await loadEvalAnalyzer(withCodingFlags({}, opts), deps?.loadAnalyzer);
    const { score, results } = scorePlover(recs, ploverPredictor(analyzer));
    if (opts.misses) {
      for (const r of results.filter((x) => !x.typeHit || x.sourceHit === false || x.targetHit === false)) {
        const got = r.predicted.map((p) => `${p.type}(${p.sources.join("+")}→${p.targets.join("+")})`).join(" ") || "(none)";
        console.error(`${r.id}: gold ${r.type}; type ${r.typeHit ? "ok" : "missed"}, source ${r.sourceHit ?? "-"}, target ${r.targetHit ?? "-"}; coded ${got}`);
      }
    }
    if (opts.json) {
      console.log(JSON.stringify({ ...score, ...skipFields(read) }));
    } else {
      console.log(`${records}${half ? ` (${half} half)` : ""}: ${score.records} records${read.skipped.length ? `, ${read.skipped.length} lines skipped` : ""}`);
      console.log(`event type ${score.event_type_accuracy.toFixed(2)}%  source country ${score.source_country_accuracy.toFixed(2)}%  target country ${score.target_country_accuracy.toFixed(2)}%`);
    }
    failOnSkips(read.skipped.length, opts.allowSkips);
  });
  withExamples(cmd, [
    ["parley eval plover PLOVER_GSR_dev.jsonl", "type and country accuracy"],
    ["parley eval plover PLOVER_GSR_dev.jsonl --half odd --json", "the odd lines only, as JSON"],
  ]);
}
