// The article reader: the text cut at every span boundary, each piece carrying the classes of the
// spans over it (actor, trigger, figure, and the chosen event's evidence), so overlapping spans
// need no nesting. The evidence is scrolled into view.
import { getJson } from "./api.js";
import { actorText, html } from "./svg.js";
import type { ArticleDetail } from "./types.js";

interface Mark { start: number; end: number; cls: string; title: string }

export async function showArticle(el: HTMLElement, id: string, eventIdx: number | null): Promise<void> {
  const d = await getJson<ArticleDetail>(`articles/${encodeURIComponent(id)}`);
  const text = d.article.text;
  const chosen = eventIdx === null ? undefined : d.events.find((e) => e.idx === eventIdx);
  const marks: Mark[] = [
    ...d.mentions.map((m) => ({ start: m.start, end: m.end, cls: "actor", title: m.code ?? "actor (no code)" })),
    ...d.events.map((e) => ({ start: e.trigger.start, end: e.trigger.end, cls: "trigger", title: `${e.cameo} ${e.plover.type ?? ""} ${actorText(e.source)} → ${actorText(e.target)}` })),
    ...d.figures.map((f) => ({ start: f.start, end: f.end, cls: "figure", title: `${f.kind} ${f.value.best}` })),
    ...(chosen ? [{ start: chosen.evidence.start, end: chosen.evidence.end, cls: "evidence", title: "evidence of the chosen event" }] : []),
  ].filter((m) => m.start < m.end && m.end <= text.length);
  const cuts = [...new Set([0, text.length, ...marks.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  el.replaceChildren();
  html("p", {}, undefined, el).append(Object.assign(html("a", { href: "#/" }, "← back to the events")));
  const article = html("article", {}, undefined, el);
  html("h2", {}, d.article.title ?? "(untitled)", article);
  html("div", { class: "meta" }, `${d.article.date} · ${d.article.publisher ?? ""} · ${d.article.url ?? d.article.source} · id ${d.article.id} · ${d.events.length} events, ${d.figures.length} figures`, article);
  const body = html("div", { class: "text" }, undefined, article);
  for (let k = 0; k + 1 < cuts.length; k++) {
    const [a, b] = [cuts[k], cuts[k + 1]];
    const over = marks.filter((m) => m.start <= a && m.end >= b);
    const piece = text.slice(a, b);
    if (!over.length) body.append(piece);
    else html("span", { class: [...new Set(over.map((m) => m.cls))].join(" "), title: over.map((m) => m.title).join("\n") }, piece, body);
  }
  if (chosen) {
    const info = html("p", { class: "meta", id: "chosen-event" }, `event #${chosen.idx}: ${chosen.date ?? "undated"} · ${actorText(chosen.source)} → ${actorText(chosen.target)} · CAMEO ${chosen.cameo} · ${chosen.plover.type ?? ""} · ${chosen.modality}`, el);
    el.insertBefore(info, article);
    body.querySelector(".evidence")?.scrollIntoView({ block: "center" });
  }
}
