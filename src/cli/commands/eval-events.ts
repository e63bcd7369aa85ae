// `parley eval events GOLD.jsonl`: event coding scored against sentence-level gold events (../shared/eval/voa-dev).
import type { Command } from "commander";
import { parseHalf, selectHalf } from "../../eval/halves.js";
import type { CliDeps } from "../deps.js";
import { withExamples } from "../help.js";
import { addCodingOptions, withCodingFlags, type CodingFlags } from "../coding-options.js";
import { addAllowSkipsOption, addHalfOption, failOnSkips, reportGoldFile, skipFields } from "./eval-common.js";

interface Opts extends CodingFlags {
  json?: boolean;
  misses?: boolean;
  half?: string;
  stories?: string;
  allowSkips?: boolean;
}

const DEFINITIONS = `
How it scores (micro-averaged over records; in each record a triple given twice counts once):
  precision, recall, f1   triples (source country+sector, target country+sector, CAMEO root)
  code_f1                 the same actors with the full CAMEO code
  plover_accuracy         share of gold events whose PLOVER type a predicted event of the same record
                          has, each predicted event vouching for one gold event
Actors are compared as country + first sector ("PSEREBHMS" = "PSEREB"); a bare state code as that
state's government ("USA" = "USAGOV"); a transnational actor as its leading block + organisation
("IGOUNOREF" = "IGOUNO"); a lone sector ("CVL") or a region ("EUR") as itself; an actor not
identified as "" on both sides.

Sentence mode (default): each record's text is coded as its own article dated by its date.
--stories: the full stories are coded, read as \`parley ingest\` reads JSON Lines. A record belongs to
the story whose id is its "story" value, or that value after a prefix ending in "-" ("voa-8009714"
for "8009714"); its sentence is the first exact occurrence of its text in that story. A predicted
event counts for the record when its trigger begins inside that sentence: its evidence sentence is
the gold sentence, or overlaps it where parley's splitter cuts differently. Events elsewhere in the
story are not scored.
--half: the records on even or odd lines of the gold file (as every eval command splits).
A record or story that cannot be read is listed and counted (skipped) and makes the exit status 1
unless --allow-skips.`;

export function register(ev: Command, deps?: CliDeps): void {
  const cmd = ev.command("events")
    .description("score event coding on sentence-level gold events (JSON Lines: id, story, date, text, events)")
    .addHelpText("after", DEFINITIONS)
    .argument("<gold>", "gold JSON Lines (e.g. ../shared/eval/voa-dev/voa_gold_dev.jsonl)")
    .option("--json", "print one JSON object: records, expected, predicted, true_positive, precision, recall, f1, code_f1, plover_accuracy, …")
    .option("--misses", "list, per record coded differently from the gold, the sentence, the gold and the coded events (stderr)")
    .option("--stories <file>", "code the full stories of this JSON Lines file and score the events found in the gold sentences");
  addCodingOptions(addAllowSkipsOption(addHalfOption(cmd)));
  cmd.action(async (goldPath: string, opts: Opts) => {
    const half = parseHalf(opts.half);
    const [{ conventionActorKey }, { readEventGold }, { formatMisses, MISSES_LEGEND }, { scoreEvents }, { alignStories, readStories }, { eventsPredictor, loadEvalAnalyzer, storyCoder }] = await Promise.all([
      import("../../eval/actor-convention.js"), import("../../eval/event-gold.js"), import("../../eval/event-misses.js"), import("../../eval/event-score.js"),
      import("../../eval/event-stories.js"), import("../../eval/pipeline-predictors.js"),
    ]);
    const gold = readEventGold(goldPath);
    const stories = opts.stories ? await readStories(opts.stories) : null;
    const chosen = selectHalf(gold.records, half, (r) => r.line);
    const analyzer = await loadEvalAnalyzer(withCodingFlags({}, opts), deps?.loadAnalyzer);
    const aligned = stories ? alignStories(chosen, stories.stories, storyCoder(analyzer)) : null;
    const skipped = [...gold.skipped, ...(stories?.skipped ?? []), ...(aligned?.skipped ?? [])];
    reportGoldFile({ skipped, warnings: [...gold.warnings, ...(aligned?.warnings ?? [])], duplicates: gold.duplicates });
    const { score, results } = scoreEvents(aligned?.records ?? chosen, aligned?.predict ?? eventsPredictor(analyzer), conventionActorKey());
    if (opts.misses) {
      const blocks = formatMisses(results);
      console.error([MISSES_LEGEND, ...blocks].join("\n\n"));
    }
    if (opts.json) {
      console.log(JSON.stringify({ ...score, mode: stories ? "stories" : "sentences", ...(half ? { half } : {}), ...skipFields({ skipped, duplicates: gold.duplicates }) }));
    } else {
      const goldEvents = results.reduce((n, r) => n + r.gold.length, 0);
      console.log(`${goldPath}${half ? ` (${half} half)` : ""}: ${score.records} records, ${goldEvents} gold events, ` +
        (aligned ? `coded in their stories (${aligned.sameSentence} of ${aligned.records.length} gold sentences are exactly one parley sentence)` : "coded sentence by sentence") +
        (skipped.length ? `; ${skipped.length} skipped` : ""));
      console.log(`root triples (country+sector, CAMEO root): expected ${score.expected}, predicted ${score.predicted}, correct ${score.true_positive}`);
      console.log(`  precision ${score.precision.toFixed(2)}  recall ${score.recall.toFixed(2)}  F1 ${score.f1.toFixed(2)}`);
      console.log(`full-code triples: precision ${score.code_precision.toFixed(2)}  recall ${score.code_recall.toFixed(2)}  F1 ${score.code_f1.toFixed(2)}`);
      console.log(`PLOVER type accuracy over gold events: ${score.plover_accuracy.toFixed(2)}%`);
    }
    failOnSkips(skipped.length, opts.allowSkips);
  });
  withExamples(cmd, [
    ["parley eval events voa_gold_dev.jsonl --half even --json", "scores on the development half"],
    ["parley eval events voa_gold_dev.jsonl --stories voa_stories_dev.jsonl --misses", "whole stories, with what was missed"],
    ["parley eval events voa_gold_dev.jsonl --without-rule targets.content-clause", "what one rule buys"],
  ]);
}
