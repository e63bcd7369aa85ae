// `parley eval figures GOLD.jsonl`: figures (kind, best value, people counted) and their claimants against a gold set.
import type { Command } from "commander";
import { UserError } from "../../errors.js";
import { withExamples } from "../help.js";

export function register(ev: Command): void {
  const cmd = ev.command("figures")
    .description("score figures on a gold set (precision/recall on kind, best value and people; claimant agreement)")
    .argument("<gold>", "figures gold JSONL (test/fixtures/figures/gold.jsonl)")
    .option("--json", "print one JSON object with the scores")
    .option("--misses", "list missed and spurious figures (stderr)")
    .option("--half <even|odd>", "score only the sentences on even or odd line numbers")
    .action(async (gold: string, opts: { json?: boolean; misses?: boolean; half?: string }) => {
      if (opts.half !== undefined && opts.half !== "even" && opts.half !== "odd") throw new UserError(`--half must be "even" or "odd", not "${opts.half}"`);
      const [{ figureHalf, readFigureGold, scoreFigures }, { loadEvalAnalyzer }, { articleForText }] = await Promise.all([
        import("../../eval/figures.js"), import("../../eval/pipeline-predictors.js"), import("../../eval/article-for-text.js"),
      ]);
      const read = readFigureGold(gold);
      for (const p of read.problems) console.error(`${p.where}: ${p.reason}`);
      const records = opts.half ? figureHalf(read.records, opts.half) : read.records;
      const analyzer = await loadEvalAnalyzer({});
      const { score, results } = scoreFigures(records, (text, date, id) => analyzer.analyze(articleForText(text, date, id)).figures);
      if (opts.misses) {
        for (const r of results) {
          const p = r.predicted;
          const got = p ? `${p.kind} ${p.value.best} [${p.subjects?.text ?? "-"}] by ${p.claimant?.text ?? "-"}` : "";
          if (!r.predicted) console.error(`${r.record}: missed ${r.gold!.kind} ${r.gold!.best} [${r.gold!.subjects ?? "-"}] «${r.gold!.words ?? ""}»`);
          else if (!r.gold) console.error(`${r.record}: spurious ${got} «${p!.text}»`);
          else if (!r.claimantAgrees) console.error(`${r.record}: claimant ${p!.claimant?.text ?? "-"}, gold ${r.gold.claimant ?? "-"} (${got})`);
        }
      }
      if (opts.json) {
        console.log(JSON.stringify(score));
        return;
      }
      console.log(`${gold}: ${score.sentences} sentences, ${score.gold} gold figures, ${score.predicted} predicted${read.problems.length ? `, ${read.problems.length} lines rejected` : ""}`);
      console.log(`kind+value+people  P ${score.precision.toFixed(2)}%  R ${score.recall.toFixed(2)}%  F1 ${score.f1.toFixed(2)}%`);
      console.log(`claimant  ${score.claimant_accuracy.toFixed(2)}% of ${score.matched} matched figures agree; ${score.claimant_recall.toFixed(2)}% of gold claimants found`);
    });
  withExamples(cmd, [
    ["parley eval figures test/fixtures/figures/gold.jsonl", "precision, recall and claimant agreement"],
    ["parley eval figures test/fixtures/figures/gold.jsonl --half odd --misses", "the odd lines, with what was missed"],
  ]);
}
