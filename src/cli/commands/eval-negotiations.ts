// `parley eval negotiations GOLD.jsonl`: the negotiation board (proposals, terms, responses, meetings) against a gold set.
import type { Command } from "commander";
import type { Counts } from "../../eval/negotiations.js";
import { parseHalf, selectHalf } from "../../eval/halves.js";
import { withExamples } from "../help.js";
import { addCodingOptions, withCodingFlags, type CodingFlags } from "../coding-options.js";

const line = (name: string, c: Counts & { precision: number; recall: number; f1: number }) =>
  `${name.padEnd(10)} P ${c.precision.toFixed(2)}%  R ${c.recall.toFixed(2)}%  F1 ${c.f1.toFixed(2)}%  (${c.matched} of ${c.gold} gold, ${c.predicted} predicted)`;

export function register(ev: Command): void {
  const cmd = ev.command("negotiations")
    .description("score the negotiation board on a gold set (proposals, terms, responses as party+stance, meetings)")
    .argument("<gold>", "negotiations gold JSONL (test/fixtures/negotiations/gold.jsonl)")
    .option("--json", "print one JSON object with the scores")
    .option("--misses", "list missed and spurious records (stderr)")
    .option("--half <half>", "only the even or odd lines of the gold file (develop on one, check on the other)");
  addCodingOptions(cmd)
    .action(async (gold: string, opts: { json?: boolean; misses?: boolean; half?: string } & CodingFlags) => {
      const half = parseHalf(opts.half);
      const [{ readNegotiationGold, scoreNegotiations }, { loadEvalAnalyzer }] = await Promise.all([import("../../eval/negotiations.js"), import("../../eval/pipeline-predictors.js")]);
      const records = selectHalf(readNegotiationGold(gold), half, (r) => r.line);
      const analyzer = await loadEvalAnalyzer(withCodingFlags({}, opts));
      const { score, misses } = await scoreNegotiations(records, (a) => analyzer.analyze(a).negotiations ?? { process: null, proposals: [], responses: [], meetings: [], agreements: [] });
      for (const s of score.skipped) console.error(`skipped ${s}`);
      if (opts.misses) for (const m of misses) console.error(`${m.record}: ${m.what}`);
      if (opts.json) {
        console.log(JSON.stringify(score));
        return;
      }
      console.log(`${gold}${half ? ` (${half} lines)` : ""}: ${score.texts} texts${score.skipped.length ? `, ${score.skipped.length} skipped` : ""}`);
      console.log(line("proposals", score.proposals));
      console.log(line("responses", score.responses));
      console.log(line("terms", score.terms));
      console.log(line("meetings", score.meetings));
      console.log(`response→proposal links  ${score.response_links.accuracy.toFixed(2)}% (${score.response_links.right} of ${score.response_links.gold})`);
      console.log(`meeting status (planned/held)  ${score.meeting_status.accuracy.toFixed(2)}% (${score.meeting_status.right} of ${score.meeting_status.gold} matched)`);
    });
  withExamples(cmd, [
    ["parley eval negotiations test/fixtures/negotiations/gold.jsonl", "proposals, responses, terms and meetings against the gold board"],
    ["parley eval negotiations test/fixtures/negotiations/gold.jsonl --misses", "with what was missed or spurious"],
    ["parley eval negotiations test/fixtures/negotiations/gold-further.jsonl --half even", "the development half of the further set"],
    ["parley eval negotiations test/fixtures/negotiations/gold-further.jsonl --without-rule negotiations.urged-act --json", "what one rule buys"],
  ]);
}
