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
import type { NegotiationLayer } from "../../text/annotations.js";

/** Rule id → what the rule does (the registry's descriptions), for explanations. */
export type RuleDescriptions = ReadonlyMap<string, { description: string }>;

/** The registered rules' descriptions; the registry loads the coders' word lists, so only `show --explain` does. */
export async function ruleDescriptions(): Promise<RuleDescriptions> {
  const { allRules } = await import("../../pipeline/rules.js");
  return new Map(allRules().map((r) => [r.id, r]));
}

/** How an event came about: its frame, the verb pattern it matched, and the rules that shaped it. */
export function explainEvent(e: StoredEvent, known: RuleDescriptions): string[] {
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
  lines.push(e.rules.length ? "rules:" : "rules: none beyond the pattern itself");
  for (const id of e.rules) lines.push(`  ${id}: ${known.get(id)?.description ?? "(no longer registered)"}`);
  return lines;
}

/** The negotiation items of one article as marks (a proposal mention's head noun, a response's trigger, a meeting's) and as lines. */
export function talksOf(n: NegotiationLayer | null, proposalIds: ReadonlyMap<number, number>): { marks: { start: number; end: number; label: string }[]; lines: string[] } {
  const marks: { start: number; end: number; label: string }[] = [];
  const lines: string[] = [];
  if (!n) return { marks, lines };
  const ref = (k: number | null) => (k === null ? "" : `proposal #${proposalIds.get(k) ?? k + 1}`);
  n.proposals.forEach((p, k) => {
    for (const m of p.mentions) {
      // the head noun only ("offer" of "Hamas' latest offer"): the actor's mark stays on "Hamas"
      const head = /[\p{L}\p{N}-]+$/u.exec(m.text);
      const start = head ? m.end - head[0].length : m.start;
      marks.push({ start, end: m.end, label: ref(k) });
    }
    const who = p.proposers.map((x) => x.key).join(", ") || "-";
    lines.push(`  ${ref(k)}  ${oneLine(p.label)}  by ${who}${p.terms.length ? `  terms: ${p.terms.map((t) => `${t.kind} ${t.value}`).join("; ")}` : ""}`);
  });
  for (const r of n.responses) {
    marks.push({ start: r.trigger.start, end: r.trigger.end, label: `${r.party.key} ${r.stanceClass}` });
    lines.push(`  ${r.proposal === null ? "position" : "response"}  ${r.party.key} ${oneLine(r.stance)}${r.proposal === null ? "" : ` ${ref(r.proposal)}`}${r.date ? `  ${r.date}` : ""}`);
  }
  for (const m of n.meetings) {
    const where = m.venue ? ` in ${m.venue.name}` : "";
    marks.push({ start: m.trigger.start, end: m.trigger.end, label: `${m.kind}${where}` });
    lines.push(`  ${m.status} ${m.kind}${where}${m.date ? `  ${m.date}` : ""}${m.parties.length ? `  ${m.parties.map((p) => p.key).join(", ")}` : ""}`);
  }
  return { marks, lines };
}

/** `explain`: the rules' descriptions, to explain each event with (without it, events are listed unexplained). */
export function formatArticle(d: ArticleDetail, colour: boolean, o: { explain?: RuleDescriptions; figures?: StoredFigure[]; talks?: ReturnType<typeof talksOf> } = {}): string {
  const explain = o.explain;
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
  const talks = o.talks ?? { marks: [], lines: [] };
  const body = markText(a.text, collectMarks(d.mentions, d.events, figureMarks, talks.marks), colour, (s) => escapeControls(s));
  const legend = colour ? "" : "([actor](CODE), {trigger}(CAMEO), <figure>(kind value), «talks»(proposal #ID | PARTY stance | meeting))\n";
  const events = d.events.length
    ? d.events.map((e) => [`  #${e.idx}  ${oneLine(eventLine(e))}`, ...(explain ? explainEvent(e, explain).map((l) => `        ${oneLine(l)}`) : [])].join("\n")).join("\n")
    : "  (no events coded)";
  const figs = figures.length ? figures.map((f) => `  #${f.idx}  ${oneLine(figureLine(f))}`).join("\n") : "  (no figures)";
  const negotiations = talks.lines.length ? `\n\nNegotiations (${talks.lines.length}; \`parley negotiations show ID\` for a proposal):\n${talks.lines.join("\n")}` : "";
  return `${head.join("\n")}\n${body.trimEnd()}\n\n${legend}Events (${d.events.length}):\n${events}\n\nFigures (${figures.length}):\n${figs}${negotiations}\n`;
}

export function register(program: Command): void {
  const cmd = program.command("show")
    .argument("<article>", "article id or a unique prefix of it")
    .description("print an article with actors, event triggers, figures and negotiation items marked, and its events, figures and negotiation items")
    .option("--explain", "with each event, the frame it came from, the verb pattern it matched and the coding rules that shaped it")
    .action(async (ref: string, opts: { explain?: boolean }, cmd: Command) => {
      const [{ articleDetail }, { listFigures }, { readNegotiations }, explain] = await Promise.all([
        import("../../store/queries.js"), import("../../store/figures-read.js"), import("../../store/negotiations-rows.js"),
        opts.explain ? ruleDescriptions() : undefined,
      ]);
      await withStore(dbPathOf(cmd), async ({ db }) => {
        const detail = await articleDetail(db, ref);
        const figures = (await listFigures(db, { article: detail.article.id })).sort((x, y) => x.idx - y.idx);
        const n = await readNegotiations(db, detail.article.id);
        const talks = talksOf(n.layer, n.proposalIds);
        process.stdout.write(formatArticle(detail, Boolean(process.stdout.isTTY) && !process.env.NO_COLOR, { explain, figures, talks }));
      }, { mustExist: true });
    });
  withExamples(cmd, [
    ["parley show 3f2a", "the article whose id starts with 3f2a"],
    ["NO_COLOR=1 parley show 3f2a | less", "with [actor](CODE) and {trigger}(CAMEO) marks instead of colour"],
  ]);
}
