// `parley show ARTICLE [--explain]`: one article with its actors, event triggers and figures marked, then its
// events (with --explain, how each came about) and figures.
import type { Command } from "commander";
import type { ArticleDetail } from "../../store/queries.js";
import { collectMarks, markText } from "../markup.js";
import { eventLine, figureLine } from "../format.js";
import type { StoredFigure } from "../../store/figures-read.js";
import { valueLabel } from "../../export/figures.js";
import { withExamples } from "../help.js";
import { dbPathOf, withStore } from "../store-access.js";
import { escapeControls, oneLine } from "../../util/terminal.js";
import type { StoredEvent } from "../../store/events-read.js";
import { allRules } from "../../pipeline/rules.js";

/** How an event came about: its frame, the verb pattern it matched, and the rules that shaped it. */
export function explainEvent(e: StoredEvent): string[] {
  const x = e.explain;
  const lines: string[] = [];
  if (x) {
    const args = [
      x.subjects.length ? `subject ${x.subjects.join(" + ")}` : "",
      x.objects.length ? `object ${x.objects.join(" + ")}` : "",
      x.obliques.length ? `obliques ${x.obliques.join("; ")}` : "",
    ].filter(Boolean).join("; ");
    lines.push(`frame: ${JSON.stringify(x.predicate)} (${x.lemma}${x.nominal ? ", event noun" : ""}, ${x.voice}, ${x.modality}${x.cues.length ? `: ${x.cues.join(", ")}` : ""})${args ? ` — ${args}` : ""}`);
    lines.push(`pattern: ${x.pattern} (specificity ${x.specificity}; ${x.conventions} conventions)`);
  } else {
    lines.push("frame: (not recorded: coded before explanations were stored; re-ingest to see it)");
  }
  const known = new Map(allRules().map((r) => [r.id, r]));
  lines.push(e.rules.length ? "rules:" : "rules: none beyond the pattern itself");
  for (const id of e.rules) lines.push(`  ${id}: ${known.get(id)?.description ?? "(no longer registered)"}`);
  return lines;
}

export function formatArticle(d: ArticleDetail, colour: boolean, o: { explain?: boolean; figures?: StoredFigure[] } = {}): string {
  const explain = o.explain ?? false;
  const figures = o.figures ?? [];
  const a = d.article;
  const head = [
    // Stored text can hold terminal escape sequences (a hostile page's title): all of it is escaped.
    oneLine(a.title ?? "(untitled)"),
    oneLine(`id ${a.id} · ${a.ref_date} (${a.date_origin}) · ${a.url ?? a.source}${a.publisher ? ` · ${a.publisher}` : ""}` +
      (a.version > 1 ? ` · version ${a.version} of ${a.previous_version_id}` : "")),
    "",
  ];
  const figureMarks = figures.map((f) => ({ start: f.start, end: f.end, label: `${f.kind} ${valueLabel(f.value)}` }));
  const body = markText(a.text, collectMarks(d.mentions, d.events, figureMarks), colour, (s) => escapeControls(s));
  const legend = colour ? "" : "([actor](CODE), {trigger}(CAMEO), <figure>(kind value))\n";
  const events = d.events.length
    ? d.events.map((e) => [`  #${e.idx}  ${oneLine(eventLine(e))}`, ...(explain ? explainEvent(e).map((l) => `        ${oneLine(l)}`) : [])].join("\n")).join("\n")
    : "  (no events coded)";
  const figs = figures.length ? figures.map((f) => `  #${f.idx}  ${oneLine(figureLine(f))}`).join("\n") : "  (no figures)";
  return `${head.join("\n")}\n${body.trimEnd()}\n\n${legend}Events (${d.events.length}):\n${events}\n\nFigures (${figures.length}):\n${figs}\n`;
}

export function register(program: Command): void {
  const cmd = program.command("show")
    .argument("<article>", "article id or a unique prefix of it")
    .description("print an article with actors, event triggers and figures marked, and its events and figures")
    .option("--explain", "with each event, the frame it came from, the verb pattern it matched and the coding rules that shaped it")
    .action(async (ref: string, opts: { explain?: boolean }, cmd: Command) => {
      const [{ articleDetail }, { listFigures }] = await Promise.all([import("../../store/queries.js"), import("../../store/figures-read.js")]);
      await withStore(dbPathOf(cmd), async ({ db }) => {
        const detail = await articleDetail(db, ref);
        const figures = (await listFigures(db, { article: detail.article.id })).sort((x, y) => x.idx - y.idx);
        process.stdout.write(formatArticle(detail, Boolean(process.stdout.isTTY) && !process.env.NO_COLOR, { explain: Boolean(opts.explain), figures }));
      }, { mustExist: true });
    });
  withExamples(cmd, [
    ["parley show 3f2a", "the article whose id starts with 3f2a"],
    ["NO_COLOR=1 parley show 3f2a | less", "with [actor](CODE) and {trigger}(CAMEO) marks instead of colour"],
  ]);
}
