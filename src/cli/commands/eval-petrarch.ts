// `parley eval petrarch RECORDS.xml`: codes each record's sentence and scores the (source, target, code) triples.
import type { Command } from "commander";
import { readPetrarchRecords } from "../../eval/petrarch-records.js";
import { readDiscards } from "../../events/discards.js";
import { scorePetrarch } from "../../eval/petrarch.js";
import { loadEvalAnalyzer, petrarchPredictor } from "../../eval/pipeline-predictors.js";
import { collect } from "../store-access.js";
import { withExamples } from "../help.js";

interface Opts {
  actors: string[];
  agents: string[];
  verbs?: string;
  discards: string[];
  suiteDictionaries?: boolean;
  splitCodes?: boolean;
  json?: boolean;
  misses?: boolean;
}

export function register(ev: Command): void {
  const cmd = ev.command("petrarch")
    .description("score event coding on PETRARCH validation records (micro P/R/F1 over source-target-code triples)")
    .argument("<records>", "PETRARCH records XML (e.g. PETR.UnitTest.records.xml)")
    .option("--actors <file>", "actor dictionary (repeatable); replaces the built-in actors", collect, [])
    .option("--agents <file>", "agent dictionary (repeatable)", collect, [])
    .option("--verbs <file>", "verb dictionary (PETRARCH or parley format); replaces the built-in lexicon")
    .option("--discards <file>", "PETRARCH discard list (repeatable): texts naming a listed phrase code nothing", collect, [])
    .option("--split-codes", "an actor code listing several (\"FRO/BIL/SAM\") gives one triple per listed code, as PETRARCH-1 scores them")
    .option("--suite-dictionaries", "use the dictionaries named in the records file's <Environment>")
    .option("--json", "print one JSON object with the scores")
    .option("--misses", "list records whose coding differs from the gold set (stderr)")
    .action(async (records: string, opts: Opts) => {
      const suite = readPetrarchRecords(records);
      for (const p of suite.problems) console.error(`${p.where}: ${p.reason}`);
      const env = opts.suiteDictionaries ? suite.environment : { actors: [], agents: [], verbs: [], discards: [] };
      const dictionaries = [...env.actors, ...opts.actors, ...env.agents, ...opts.agents];
      const verbs = opts.verbs ? [opts.verbs] : env.verbs;
      const analyzer = await loadEvalAnalyzer({
        actors: dictionaries.length ? { dictionaries, replaceBuiltIn: true } : {},
        events: verbs.length ? { verbs } : {},
      });
      const discards = [...env.discards, ...opts.discards].flatMap((f) => readDiscards(f));
      const { score, results } = scorePetrarch(suite.records, petrarchPredictor(analyzer, { discards, splitCodes: opts.splitCodes }));
      if (opts.misses) {
        const show = (ts: { source: string; target: string; code: string }[]) => ts.map((t) => `${t.source}→${t.target}:${t.code}`).join(" ") || "(none)";
        for (const r of results.filter((x) => !x.exact)) console.error(`${r.where} ${r.id}: gold ${show(r.gold)} | coded ${show(r.predicted)} | ${r.text}`);
      }
      if (opts.json) {
        console.log(JSON.stringify(score));
        return;
      }
      const skipped = suite.records.length - score.records;
      console.log(`${records}: ${score.records} records scored${skipped ? `, ${skipped} marked evaluate="false"` : ""}${suite.problems.length ? `, ${suite.problems.length} problems reported` : ""}`);
      console.log(`triples: expected ${score.expected}, predicted ${score.predicted}, correct ${score.true_positive}`);
      console.log(`precision ${score.precision.toFixed(2)}  recall ${score.recall.toFixed(2)}  F1 ${score.f1.toFixed(2)}  root F1 ${score.root_f1.toFixed(2)}  exact records ${score.exact_records.toFixed(2)}%`);
    });
  withExamples(cmd, [
    ["parley eval petrarch RECORDS.xml --suite-dictionaries", "with the dictionaries the records file names"],
    ["parley eval petrarch RECORDS.xml --actors A.txt --verbs V.txt --misses", "list the records coded differently"],
  ]);
}
