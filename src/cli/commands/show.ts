// `parley show ARTICLE`: one article with its actors, event triggers and figures marked, then its events and figures.
import type { Command } from "commander";
import { articleDetail, type ArticleDetail } from "../../store/queries.js";
import { collectMarks, markText } from "../markup.js";
import { eventLine, figureLine } from "../format.js";
import { listFigures, type StoredFigure } from "../../store/figures-read.js";
import { valueLabel } from "../../export/figures.js";
import { dbPathOf, withStore } from "../store-access.js";

export function formatArticle(d: ArticleDetail, colour: boolean, figures: StoredFigure[] = []): string {
  const a = d.article;
  const head = [
    `${a.title ?? "(untitled)"}`,
    `id ${a.id} · ${a.ref_date} (${a.date_origin}) · ${a.url ?? a.source}${a.publisher ? ` · ${a.publisher}` : ""}` +
      (a.version > 1 ? ` · version ${a.version} of ${a.previous_version_id}` : ""),
    "",
  ];
  const figureMarks = figures.map((f) => ({ start: f.start, end: f.end, label: `${f.kind} ${valueLabel(f.value)}` }));
  const body = markText(a.text, collectMarks(d.mentions, d.events, figureMarks), colour);
  const legend = colour ? "" : "([actor](CODE), {trigger}(CAMEO), <figure>(kind value))\n";
  const events = d.events.length
    ? d.events.map((e) => `  #${e.idx}  ${eventLine(e)}`).join("\n")
    : "  (no events coded)";
  const figs = figures.length ? figures.map((f) => `  #${f.idx}  ${figureLine(f)}`).join("\n") : "  (no figures)";
  return `${head.join("\n")}\n${body.trimEnd()}\n\n${legend}Events (${d.events.length}):\n${events}\n\nFigures (${figures.length}):\n${figs}\n`;
}

export function register(program: Command): void {
  program.command("show")
    .argument("<article>", "article id or a unique prefix of it")
    .description("print an article with actors, event triggers and figures marked, and its events and figures")
    .action(async (ref: string, _opts: unknown, cmd: Command) => {
      await withStore(dbPathOf(cmd), async ({ db }) => {
        const detail = await articleDetail(db, ref);
        const figures = (await listFigures(db, { article: detail.article.id })).sort((x, y) => x.idx - y.idx);
        process.stdout.write(formatArticle(detail, Boolean(process.stdout.isTTY) && !process.env.NO_COLOR, figures));
      }, { mustExist: true });
    });
}
