// `parley figures`: the casualty, hostage, prisoner and displacement figures found in stored articles.
import type { Command } from "commander";
import { UserError } from "../../errors.js";
import { FIGURE_FORMATS } from "../../export/figures.js";
import { listFigures } from "../../store/figures-read.js";
import { findArticle } from "../../store/queries.js";
import { dateBound } from "../filters.js";
import { withExamples } from "../help.js";
import { dbPathOf, positiveInt, withStore } from "../store-access.js";

interface FiguresOpts { article?: string; kind?: string; since?: string; until?: string; limit?: number; allVersions?: boolean; format: string }

export function register(program: Command): void {
  const cmd = program.command("figures")
    .description("list or export figures (killed, injured, hostages, prisoners, displaced) with their source and evidence")
    .option("--kind <kind>", "kind prefix: killed, injured, hostages, prisoners, displaced, …")
    .option("--article <id>", "figures of one article (id or prefix)")
    .option("--since <date>", "articles dated on or after YYYY, YYYY-MM or YYYY-MM-DD", dateBound("--since", "start"))
    .option("--until <date>", "articles dated on or before YYYY, YYYY-MM or YYYY-MM-DD", dateBound("--until", "end"))
    .option("--limit <n>", "at most n figures", positiveInt("--limit"))
    .option("--all-versions", "include figures of superseded article versions")
    .option("--format <format>", `output: ${Object.keys(FIGURE_FORMATS).join("|")}`, "table")
    .action(async (opts: FiguresOpts, cmd: Command) => {
      if (!(opts.format in FIGURE_FORMATS)) throw new UserError(`unknown format "${opts.format}" (choose ${Object.keys(FIGURE_FORMATS).join(", ")})`);
      await withStore(dbPathOf(cmd), async ({ db }) => {
        const article = opts.article ? (await findArticle(db, opts.article)).id : undefined;
        const figs = await listFigures(db, { ...opts, article });
        process.stdout.write(FIGURE_FORMATS[opts.format as keyof typeof FIGURE_FORMATS](figs));
      }, { mustExist: true });
    });
  withExamples(cmd, [
    ["parley figures --kind killed", "death tolls, with who reported them"],
    ["parley figures --format csv --db gaza.db > figures.csv", "all figures as CSV"],
  ]);
}
