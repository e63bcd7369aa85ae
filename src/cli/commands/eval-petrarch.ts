// `parley eval petrarch RECORDS.xml`: codes each record's sentence and scores the (source, target, code) triples.
import type { Command } from "commander";
import { parseHalf, selectHalf } from "../../eval/halves.js";
import type { CliDeps } from "../deps.js";
import { collect } from "../store-access.js";
import { addCodingOptions, withCodingFlags, type CodingFlags } from "../coding-options.js";
import { addAllowSkipsOption, addHalfOption, failOnSkips, reportGoldFile, skipFields } from "./eval-common.js";
import { withExamples } from "../help.js";

interface Opts extends CodingFlags {
  actors: string[];
  agents: string[];
  verbs?: string;
  discards: string[];
  suiteDictionaries?: boolean;
  splitCodes?: boolean;
  json?: boolean;
  misses?: boolean;
  half?: string;
  allowSkips?: boolean;
}

export function register(ev: Command, deps?: CliDeps): void {
  const cmd = ev.command("petrarch")
    .description("score event coding on PETRARCH validation records (micro P/R/F1 over source-target-code triples). " +
      "The file is read line by line (it is not strict XML): '#' lines and <!-- --> are comments, a record runs from " +
      "<Sentence …> (or a self-closed <Sentence …/>) to </Sentence> or the next record; a record that cannot be read " +
      "is listed, counted as skipped, and makes the exit status 1 unless --allow-skips")
    .argument("<records>", "PETRARCH records XML (e.g. PETR.UnitTest.records.xml)")
    .option("--actors <file>", "actor dictionary (repeatable); replaces the built-in actors", collect, [])
    .option("--agents <file>", "agent dictionary (repeatable)", collect, [])
    .option("--verbs <file>", "verb dictionary (PETRARCH or parley format); replaces the built-in lexicon")
    .option("--discards <file>", "PETRARCH discard list (repeatable): texts naming a listed phrase code nothing", collect, [])
    .option("--split-codes", "an actor code listing several (\"FRO/BIL/SAM\") gives one triple per listed code, as PETRARCH-1 scores them")
    .option("--suite-dictionaries", "use the dictionaries named in the records file's <Environment>")
    .option("--json", "print one JSON object with the scores")
    .option("--misses", "list records whose coding differs from the gold set (stderr)");
  addCodingOptions(addAllowSkipsOption(addHalfOption(cmd)));
  cmd.action(async (records: string, opts: Opts) => {
    const half = parseHalf(opts.half);
    const [{ readPetrarchRecords }, { readDiscards }, { scorePetrarch }, { loadEvalAnalyzer, petrarchPredictor }] = await Promise.all([
      import("../../eval/petrarch-records.js"), import("../../events/discards.js"), import("../../eval/petrarch.js"), import("../../eval/pipeline-predictors.js"),
    ]);
    const suite = readPetrarchRecords(records);
    reportGoldFile(suite);
    const env = opts.suiteDictionaries ? suite.environment : { actors: [], agents: [], verbs: [], discards: [] };
    const dictionaries = [...env.actors, ...opts.actors, ...env.agents, ...opts.agents];
    const verbs = opts.verbs ? [opts.verbs] : env.verbs;
    const analyzer = await loadEvalAnalyzer(withCodingFlags({
      actors: dictionaries.length ? { dictionaries, replaceBuiltIn: true } : {},
      events: verbs.length ? { verbs } : {},
    }, opts), deps?.loadAnalyzer);
    const discards = [...env.discards, ...opts.discards].flatMap((f) => readDiscards(f));
    const chosen = selectHalf(suite.records, half, (r) => r.n);
    const { score, results } = scorePetrarch(chosen, petrarchPredictor(analyzer, { discards, splitCodes: opts.splitCodes }));
    if (opts.misses) {
      const show = (ts: { source: string; target: string; code: string }[]) => ts.map((t) => `${t.source}→${t.target}:${t.code}`).join(" ") || "(none)";
      for (const r of results.filter((x) => !x.exact)) console.error(`${r.where} ${r.id}: gold ${show(r.gold)} | coded ${show(r.predicted)} | ${r.text}`);
    }
    if (opts.json) {
      console.log(JSON.stringify({ ...score, ...skipFields(suite) }));
    } else {
      const notEvaluated = chosen.length - score.records;
      const notes = [
        notEvaluated ? `${notEvaluated} marked evaluate="false"` : "",
        suite.skipped.length ? `${suite.skipped.length} skipped (unreadable)` : "",
        suite.warnings.length ? `${suite.warnings.length} warnings` : "",
        suite.duplicates.length ? `${suite.duplicates.length} duplicate ids` : "",
      ].filter(Boolean);
      console.log(`${records}${half ? ` (${half} half)` : ""}: ${score.records} records scored${notes.length ? `, ${notes.join(", ")}` : ""}`);
      console.log(`triples: expected ${score.expected}, predicted ${score.predicted}, correct ${score.true_positive}`);
      console.log(`precision ${score.precision.toFixed(2)}  recall ${score.recall.toFixed(2)}  F1 ${score.f1.toFixed(2)}  root F1 ${score.root_f1.toFixed(2)}  exact records ${score.exact_records.toFixed(2)}%`);
    }
    failOnSkips(suite.skipped.length, opts.allowSkips);
  });
  withExamples(cmd, [
    ["parley eval petrarch RECORDS.xml --suite-dictionaries", "with the dictionaries the records file names"],
    ["parley eval petrarch RECORDS.xml --actors A.txt --verbs V.txt --misses", "list the records coded differently"],
    ["parley eval petrarch RECORDS.xml --verbs V.txt --without-rule targets.first-actor-after-verb --json", "what one rule buys"],
  ]);
}
