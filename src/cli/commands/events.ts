// `parley events`: filtered events in any export format.
import type { Command } from "commander";
import { checkFormat, EXPORT_FORMATS, renderEvents } from "../../export/index.js";
import { findArticle, listEvents, type EventFilter } from "../../store/queries.js";
import { dbPathOf, isoDate, positiveInt, withStore } from "../store-access.js";
import { withExamples } from "../help.js";

interface EventsOpts extends Omit<EventFilter, "article"> {
  article?: string;
  format: string;
}

export function register(program: Command): void {
  const cmd = program.command("events")
    .description("list or export coded events")
    .option("--actor <code|text>", "source or target actor: code prefix (ISR, USAGOV) or text substring")
    .option("--code <cameo>", "CAMEO code prefix (19 = all fights, 0231 exactly)")
    .option("--plover <type>", "PLOVER event type (ASSAULT, CONSULT, …)")
    .option("--since <date>", "events on or after YYYY-MM-DD", isoDate("--since"))
    .option("--until <date>", "events on or before YYYY-MM-DD", isoDate("--until"))
    .option("--article <id>", "events of one article (id or prefix)")
    .option("--place <name>", "place name substring or ISO alpha-3 country")
    .option("--limit <n>", "at most n events", positiveInt("--limit"))
    .option("--all-versions", "include events of superseded article versions")
    .option("--format <format>", `output: ${Object.keys(EXPORT_FORMATS).join("|")}`, "table")
    .action(async (opts: EventsOpts, cmd: Command) => {
      const format = checkFormat(opts.format);
      await withStore(dbPathOf(cmd), async ({ db }) => {
        const article = opts.article ? (await findArticle(db, opts.article)).id : undefined;
        const events = await listEvents(db, { ...opts, article });
        process.stdout.write(renderEvents(format, events));
      }, { mustExist: true });
    });
  withExamples(cmd, [
    ["parley events --actor ISR --since 2024-05-01", "Israeli actors (codes starting ISR, or the word in the text)"],
    ["parley events --code 19 --format csv > fights.csv", "CAMEO 19x as CSV"],
    ["parley events --plover ASSAULT --format plover", "PLOVER JSON Lines"],
    ["parley events --format gdelt --db gaza.db | head", "GDELT 2.0 TSV rows"],
  ]);
}
