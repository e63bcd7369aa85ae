// `parley events`: filtered events in any export format.
import type { Command } from "commander";
import { EXPORT_FORMAT_NAMES } from "../../export/format-names.js";
import type { EventFilter } from "../../store/queries.js";
import { confidence, dateBound, MODALITIES, modalityList, ploverType } from "../filters.js";
import { withExamples } from "../help.js";
import { dbPathOf, positiveInt, withStore } from "../store-access.js";
import { forOutput } from "../../util/terminal.js";

interface EventsOpts extends Omit<EventFilter, "article"> {
  article?: string;
  format: string;
  gdeltExtra?: boolean;
  header?: boolean;
  mentions?: boolean;
  newSince?: string;
}

export function register(program: Command): void {
  const cmd = program.command("events")
    .description("list or export coded events (all modalities unless --modality)")
    .option("--actor <code|words>", "source or target actor: code prefix (US → USA, USAGOV) or whole words of its text")
    .option("--code <cameo>", "CAMEO code prefix (19 = all fights, 0231 exactly)")
    .option("--plover <type>", "PLOVER 2.0 event type (ASSAULT, CONSULT, …; older names such as FIGHT are mapped)")
    .option("--modality <list>", `only these modalities, comma-separated (${MODALITIES.join(", ")})`, modalityList)
    .option("--min-confidence <x>", "only events with confidence of at least x (0 to 1)", confidence)
    .option("--rule <id>", "only events produced by the coding rule with this id")
    .option("--since <date>", "events on or after YYYY-MM-DD (or from the start of YYYY-MM / YYYY)", dateBound("--since", "start"))
    .option("--until <date>", "events on or before YYYY-MM-DD (or to the end of YYYY-MM / YYYY)", dateBound("--until", "end"))
    .option("--article <id>", "events of one article (id or prefix)")
    .option("--place <name>", "place name substring or ISO alpha-3 country")
    .option("--limit <n>", "at most n events", positiveInt("--limit"))
    .option("--all-versions", "include events of superseded article versions")
    .option("--format <format>", `output: ${EXPORT_FORMAT_NAMES.join("|")}`, "table")
    .option("--gdelt-extra", "gdelt: add parley's columns after the 61 (modality, date origin, confidence, ISO place country, evidence)")
    .option("--header", "gdelt: start with a line of column names")
    .option("--mentions", "gdelt: one row per mention (each with its cluster's counts) instead of one per event cluster")
    .option("--new-since <run|date>", "only events of articles ingested after ingest run RUN (its number, see the runs log) or on or after DATE")
    .action(async (opts: EventsOpts, cmd: Command) => {
      // the renderers and the ontology load with the store, not for the help text
      const [{ findArticle, listEvents, newSinceBound }, { checkFormat, renderEvents }, { loadOntology }] = await Promise.all([
        import("../../store/queries.js"), import("../../export/index.js"), import("../../events/ontology.js"),
      ]);
      const format = checkFormat(opts.format);
      const plover = opts.plover === undefined ? undefined : ploverType(loadOntology(), opts.plover, (l) => console.error(l));
      await withStore(dbPathOf(cmd), async ({ db }) => {
        const article = opts.article ? (await findArticle(db, opts.article)).id : undefined;
        const ingestedAfter = opts.newSince === undefined ? undefined : await newSinceBound(db, opts.newSince);
        const events = await listEvents(db, { ...opts, plover, article, ingestedAfter });
        // The table is for people and always escaped; data formats only when they reach a terminal.
        process.stdout.write(forOutput(renderEvents(format, events, { gdeltExtra: opts.gdeltExtra, header: opts.header, mentions: opts.mentions, note: (l) => console.error(l) }), format === "table"));
      }, { mustExist: true });
    });
  withExamples(cmd, [
    ["parley events --actor ISR --since 2024-05", "Israeli actors (codes starting ISR, or the word in the text) from May 2024"],
    ["parley events --modality asserted,negated --min-confidence 0.6", "what the articles state themselves, fairly sure"],
    ["parley events --code 19 --format csv > fights.csv", "CAMEO 19x as CSV"],
    ["parley events --plover ASSAULT --format plover", "PLOVER JSON Lines"],
    ["parley events --format gdelt --db gaza.db | head", "GDELT 2.0 TSV rows, one per event cluster"],
    ["parley events --format gdelt --mentions", "one GDELT row per mention, with its cluster's counts"],
    ["parley events --new-since 3", "what ingest runs after run 3 added"],
  ]);
}
