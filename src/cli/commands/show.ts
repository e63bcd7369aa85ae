// `parley show ARTICLE`: one article with its actors and event triggers marked, then its events.
import type { Command } from "commander";
import { articleDetail, type ArticleDetail } from "../../store/queries.js";
import { collectMarks, markText } from "../markup.js";
import { eventLine } from "../format.js";
import { withExamples } from "../help.js";
import { dbPathOf, withStore } from "../store-access.js";

export function formatArticle(d: ArticleDetail, colour: boolean): string {
  const a = d.article;
  const head = [
    `${a.title ?? "(untitled)"}`,
    `id ${a.id} · ${a.ref_date} (${a.date_origin}) · ${a.url ?? a.source}${a.publisher ? ` · ${a.publisher}` : ""}` +
      (a.version > 1 ? ` · version ${a.version} of ${a.previous_version_id}` : ""),
    "",
  ];
  const body = markText(a.text, collectMarks(d.mentions, d.events), colour);
  const legend = colour ? "" : "([actor](CODE), {trigger}(CAMEO))\n";
  const events = d.events.length
    ? d.events.map((e) => `  #${e.idx}  ${eventLine(e)}`).join("\n")
    : "  (no events coded)";
  return `${head.join("\n")}\n${body.trimEnd()}\n\n${legend}Events (${d.events.length}):\n${events}\n`;
}

export function register(program: Command): void {
  const cmd = program.command("show")
    .argument("<article>", "article id or a unique prefix of it")
    .description("print an article with actors and event triggers marked, and its events")
    .action(async (ref: string, _opts: unknown, cmd: Command) => {
      await withStore(dbPathOf(cmd), async ({ db }) => {
        const detail = await articleDetail(db, ref);
        process.stdout.write(formatArticle(detail, Boolean(process.stdout.isTTY) && !process.env.NO_COLOR));
      }, { mustExist: true });
    });
  withExamples(cmd, [
    ["parley show 3f2a", "the article whose id starts with 3f2a"],
    ["NO_COLOR=1 parley show 3f2a | less", "with [actor](CODE) and {trigger}(CAMEO) marks instead of colour"],
  ]);
}
