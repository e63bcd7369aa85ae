// The figures view: a small chart per series (value over the as-of date, ranges as whiskers) and
// conflicting claims side by side with the headline figure marked.
import { getJson } from "./api.js";
import { actorText, html, svg, title } from "./svg.js";
import type { ApiFigure, Conflict, Series } from "./types.js";

const fmt = (f: ApiFigure) => f.value.min !== null && f.value.max !== null && f.value.min !== f.value.max
  ? `${f.value.min.toLocaleString("en")}–${f.value.max.toLocaleString("en")}` : f.value.best.toLocaleString("en");

function seriesChart(parent: HTMLElement, s: Series): void {
  const box = html("div", { class: "series" }, undefined, parent);
  html("h3", {}, `${s.kind} · ${s.people || "people not named"}${s.place ? ` · ${s.place}` : ""} · ${s.claimant || "no claimant"}`, box);
  const W = 340, H = 120, pad = 28;
  const times = s.figures.map((f) => Date.parse(f.asOf));
  const t0 = Math.min(...times), t1 = Math.max(...times);
  const vmax = Math.max(...s.figures.map((f) => f.value.max ?? f.value.best));
  const x = (t: number) => pad + (t1 === t0 ? (W - 2 * pad) / 2 : ((t - t0) / (t1 - t0)) * (W - 2 * pad));
  const y = (v: number) => H - pad / 2 - (v / (vmax || 1)) * (H - pad);
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "series-chart" }, box);
  svg("polyline", { class: "line", points: s.figures.map((f, k) => `${x(times[k])},${y(f.value.best)}`).join(" ") }, root);
  s.figures.forEach((f, k) => {
    if (f.value.min !== null && f.value.max !== null) svg("line", { x1: x(times[k]), x2: x(times[k]), y1: y(f.value.min), y2: y(f.value.max), stroke: "#c0392b" }, root);
    const c = svg("circle", { class: "dot", cx: x(times[k]), cy: y(f.value.best), r: 3 }, root);
    title(c, `${f.asOf}: ${fmt(f)} (${actorText(f.claimant)})`);
  });
  svg("text", { x: 2, y: 10, class: "axis" }, root).textContent = vmax.toLocaleString("en");
  svg("text", { x: pad, y: H - 2, class: "axis" }, root).textContent = s.figures[0].asOf;
  svg("text", { x: W - pad, y: H - 2, class: "axis", "text-anchor": "end" }, root).textContent = s.figures[s.figures.length - 1].asOf;
}

function claim(parent: HTMLElement, f: ApiFigure, headline: boolean): void {
  const c = html("div", { class: `claim${headline ? " headline" : ""}` }, undefined, parent);
  html("strong", {}, fmt(f), c);
  c.append(` ${f.kind} · as of ${f.asOf} · per ${actorText(f.claimant)} · ${f.verification}${headline ? " · headline" : ""}`);
  html("div", {}, undefined, c).append(html("a", { href: `#/article/${encodeURIComponent(f.articleId)}` }, `«${f.text}»`));
}

export async function showFigures(el: HTMLElement, query: URLSearchParams): Promise<void> {
  const q = new URLSearchParams();
  for (const k of ["since", "until"]) if (query.get(k)) q.set(k, query.get(k)!);
  const [series, conflicts, list] = await Promise.all([
    getJson<{ series: Series[] }>("figures", new URLSearchParams([...q, ["view", "series"]])),
    getJson<{ conflicts: Conflict[] }>("figures", new URLSearchParams([...q, ["view", "conflicts"]])),
    getJson<{ total: number; figures: ApiFigure[] }>("figures", new URLSearchParams([...q, ["limit", "1000"]])),
  ]);
  el.replaceChildren();
  html("h2", {}, `Series (${series.series.length})`, el);
  if (!series.series.length) html("p", { class: "empty" }, "no measure is given twice or more yet", el);
  for (const s of series.series) seriesChart(el, s);
  html("h2", {}, `Conflicting claims (${conflicts.conflicts.length})`, el);
  if (!conflicts.conflicts.length) html("p", { class: "empty" }, "no disagreeing figures", el);
  for (const c of conflicts.conflicts) {
    html("h3", {}, `${c.kind} · ${c.people || "people not named"} · ${c.period}`, el);
    const row = html("div", { class: "conflict-row" }, undefined, el);
    for (const f of c.figures) claim(row, f, f.id === c.headline.id);
  }
  html("h2", {}, `All figures (${list.total})`, el);
  const row = html("div", { class: "conflict-row", id: "figure-list" }, undefined, el);
  for (const f of list.figures) claim(row, f, false);
}
