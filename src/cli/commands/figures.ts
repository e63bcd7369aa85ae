// `parley figures`: the figures tracker. Filtered figures in any figure format; `--series` follows one
// measure over time, `--conflicts` puts disagreeing figures side by side with a headline by a stated rule.
import type { Command } from "commander";
import { UserError } from "../../errors.js";
import { checkFigureFormat, FIGURE_FORMATS, figureCsvCells, figureJson, FIGURE_CSV_HEADER, valueLabel, periodLabel } from "../../export/figures.js";
import { csvLine } from "../../export/csv.js";
import { actorLabel } from "../../export/table.js";
import type { FigureFilter, StoredFigure } from "../../store/figures-read.js";
import { figureConflicts, figureSeries, HEADLINE_RULES, type HeadlineRule } from "../../facts/series.js";
import { dbPathOf, isoDate, positiveInt, withStore } from "../store-access.js";
import { withExamples } from "../help.js";
import { forOutput } from "../../util/terminal.js";

interface FiguresOpts extends Omit<FigureFilter, "article"> {
  article?: string;
  format: string;
  series?: boolean;
  conflicts?: boolean;
  headline: string;
}

export function register(program: Command): void {
  const command = program.command("figures")
    .description("list figures (killed, injured, hostages, prisoners, displaced, aid …) with claimant, period and evidence; --series, --conflicts")
    .option("--kind <kind>", "killed, injured, hostages_taken, hostages_released, prisoners_released, displaced, count, …")
    .option("--claimant <text|code>", "claimant text substring or code prefix (PSEHLH, ISRMIL)")
    .option("--since <date>", "figures as of YYYY-MM-DD or later", isoDate("--since"))
    .option("--until <date>", "figures as of YYYY-MM-DD or earlier", isoDate("--until"))
    .option("--article <id>", "figures of one article (id or prefix)")
    .option("--limit <n>", "at most n figures", positiveInt("--limit"))
    .option("--all-versions", "include figures of superseded article versions")
    .option("--series", "group into series (kind, people, place, claimant) listed by as-of date")
    .option("--conflicts", "groups of the same kind, people and period claimed with different values, with a headline figure")
    .option("--headline <rule>", `headline rule for --conflicts: ${Object.entries(HEADLINE_RULES).map(([k, v]) => `${k} (${v})`).join("; ")}`, "conservative")
    .option("--format <format>", `output: ${Object.keys(FIGURE_FORMATS).join("|")}`, "table")
    .action(async (opts: FiguresOpts, cmd: Command) => {
      const format = checkFigureFormat(opts.format);
      if (!(opts.headline in HEADLINE_RULES)) throw new UserError(`--headline must be ${Object.keys(HEADLINE_RULES).join(" or ")}, not "${opts.headline}"`);
      if (opts.series && opts.conflicts) throw new UserError("give --series or --conflicts, not both");
      const [{ findArticle }, { listFigures }] = await Promise.all([import("../../store/queries.js"), import("../../store/figures-read.js")]);
      await withStore(dbPathOf(cmd), async ({ db }) => {
        const article = opts.article ? (await findArticle(db, opts.article)).id : undefined;
        const figures = await listFigures(db, { ...opts, article, limit: opts.series || opts.conflicts ? undefined : opts.limit });
        // Stored text may hold terminal escapes: the table always escaped, data formats when on a terminal.
        const out = (s: string) => process.stdout.write(forOutput(s, format === "table"));
        if (opts.series) out(renderGroups(format, figureSeries(figures).map((s) => ({
          title: `${s.kind} · ${s.people || "(people not named)"} · ${s.place || "(no place)"} · ${s.claimant || "(no claimant)"} · ${s.period}`,
          head: { kind: s.kind, people: s.people, place: s.place, claimant: s.claimant, period: s.period }, figures: s.figures,
        }))));
        else if (opts.conflicts) out(renderGroups(format, figureConflicts(figures, opts.headline as HeadlineRule).map((c) => ({
          title: `${c.kind} · ${c.people || "(people not named)"} · ${c.period} — headline ${valueLabel(c.headline.value)} (${actorLabel(c.headline.claimant)}; rule: ${HEADLINE_RULES[c.rule]})`,
          head: { kind: c.kind, people: c.people, period: c.period, headline: { id: c.headline.id, value: c.headline.value, rule: c.rule } }, figures: c.figures,
        }))));
        else out(FIGURE_FORMATS[format](figures));
      }, { mustExist: true });
    });
  withExamples(command, [
    ["parley figures --kind killed", "every killed figure, newest as-of date first"],
    ["parley figures --claimant ministry --since 2024-02-01", "what a claimant said since a date"],
    ["parley figures --conflicts --headline latest", "figures that disagree, with the headline one"],
    ["parley figures --series --format json", "each series of one figure over time, as JSON"],
  ]);
}

interface Group {
  title: string;
  head: Record<string, unknown>;
  figures: StoredFigure[];
}

/** One line per figure of a group, indented under the group's title. */
function groupLine(f: StoredFigure): string {
  const words = f.sentenceText.replace(/\s+/g, " ");
  return `  ${f.asOf}  ${valueLabel(f.value).padEnd(12)} ${actorLabel(f.claimant).padEnd(34)} ${f.period.type === "cumulative" ? "total " : ""}${periodLabel(f).padEnd(23)} ` +
    `${f.verification.padEnd(11)} #${f.id} ${f.articleId}  «${words.length > 90 ? words.slice(0, 89) + "…" : words}»`;
}

function renderGroups(format: string, groups: Group[]): string {
  if (format === "json") return JSON.stringify(groups.map((g) => ({ ...g.head, figures: g.figures.map(figureJson) })), null, 2) + "\n";
  if (format === "jsonl") return groups.map((g) => JSON.stringify({ ...g.head, figures: g.figures.map(figureJson) }) + "\n").join("");
  if (format === "csv") {
    // the figure CSV with the group's number in front
    const rows = groups.flatMap((g, k) => g.figures.map((f) => csvLine([k + 1, ...figureCsvCells(f)])));
    return csvLine(["group", ...FIGURE_CSV_HEADER]) + rows.join("");
  }
  if (!groups.length) return "(none)\n";
  return groups.map((g) => `${g.title}\n${g.figures.map(groupLine).join("\n")}\n`).join("\n");
}
