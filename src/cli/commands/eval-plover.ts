// `parley eval plover RECORDS.jsonl`: event type and actor-country accuracy on PLOVER gold records.
import type { Command } from "commander";
import { UserError } from "../../errors.js";
import { ploverHalf, readPloverRecords, scorePlover } from "../../eval/plover.js";
import { loadEvalAnalyzer, ploverPredictor } from "../../eval/pipeline-predictors.js";
import { withExamples } from "../help.js";

export function register(ev: Command): void {
  const cmd = ev.command("plover")
    .description("score event coding on PLOVER gold records (event type, source and target country accuracy)")
    .argument("<records>", "PLOVER gold JSONL (e.g. PLOVER_GSR_dev.jsonl)")
    .option("--json", "print one JSON object with the scores")
    .option("--misses", "list records whose type or actors were missed (stderr)")
    .option("--half <even|odd>", "score only the records on even or odd line numbers")
    .action(async (records: string, opts: { json?: boolean; misses?: boolean; half?: string }) => {
      if (opts.half !== undefined && opts.half !== "even" && opts.half !== "odd") throw new UserError(`--half must be "even" or "odd", not "${opts.half}"`);
      const read = readPloverRecords(records);
      const problems = read.problems;
      const recs = opts.half ? ploverHalf(read.records, opts.half) : read.records;
      for (const p of problems) console.error(`${p.where}: ${p.reason}`);
      const analyzer = await loadEvalAnalyzer({});
      const { score, results } = scorePlover(recs, ploverPredictor(analyzer));
      if (opts.misses) {
        for (const r of results.filter((x) => !x.typeHit || x.sourceHit === false || x.targetHit === false)) {
          const got = r.predicted.map((p) => `${p.type}(${p.sources.join("+")}→${p.targets.join("+")})`).join(" ") || "(none)";
          console.error(`${r.id}: gold ${r.type}; type ${r.typeHit ? "ok" : "missed"}, source ${r.sourceHit ?? "-"}, target ${r.targetHit ?? "-"}; coded ${got}`);
        }
      }
      if (opts.json) {
        console.log(JSON.stringify(score));
        return;
      }
      console.log(`${records}: ${score.records} records${problems.length ? `, ${problems.length} lines rejected` : ""}`);
      console.log(`event type ${score.event_type_accuracy.toFixed(2)}%  source country ${score.source_country_accuracy.toFixed(2)}%  target country ${score.target_country_accuracy.toFixed(2)}%`);
    });
  withExamples(cmd, [
    ["parley eval plover PLOVER_GSR_dev.jsonl", "type and country accuracy"],
    ["parley eval plover PLOVER_GSR_dev.jsonl --half odd --json", "the odd lines only, as JSON"],
  ]);
}
