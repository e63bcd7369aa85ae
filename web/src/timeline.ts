// Events per day as stacked bars coloured by QuadClass; clicking a day filters to it.
import { html, svg, title, QUAD_NAMES } from "./svg.js";
import type { Timeline } from "./types.js";

const DAY = 86_400_000;

export function drawTimeline(el: HTMLElement, t: Timeline, note: HTMLElement, onDay: (date: string) => void): void {
  el.replaceChildren();
  note.textContent = t.undated ? `${t.undated} undated event(s) not shown` : "";
  if (!t.days.length) {
    html("p", { class: "empty" }, "no dated events match", el);
    return;
  }
  const W = 900, H = 180, left = 30, bottom = 20, top = 8;
  const t0 = Date.parse(t.days[0].date), t1 = Date.parse(t.days[t.days.length - 1].date);
  const span = Math.max(1, Math.round((t1 - t0) / DAY) + 1);
  const slot = (W - left) / span;
  const barW = Math.max(2, Math.min(40, slot * 0.8));
  const max = Math.max(...t.days.map((d) => d.total));
  const y = (n: number) => (n / max) * (H - bottom - top);
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "events per day" }, el);
  for (const tick of [0, Math.ceil(max / 2), max]) {
    svg("text", { x: left - 4, y: H - bottom - y(tick) + 3, "text-anchor": "end", class: "axis" }, root).textContent = String(tick);
  }
  // Date labels at evenly spaced days, not at every bar, so they never overlap.
  const ticks = Math.min(span, 6);
  for (let k = 0; k < ticks; k++) {
    const day = Math.round((k * (span - 1)) / Math.max(1, ticks - 1));
    const x = left + day * slot + slot / 2;
    svg("text", { x, y: H - 5, "text-anchor": k === 0 ? "start" : k === ticks - 1 ? "end" : "middle", class: "axis" }, root).textContent = new Date(t0 + day * DAY).toISOString().slice(0, 10);
  }
  t.days.forEach((d) => {
    const x = left + Math.round((Date.parse(d.date) - t0) / DAY) * slot + (slot - barW) / 2;
    let base = H - bottom;
    for (const q of [1, 2, 3, 4] as const) {
      const n = d[`q${q}`];
      if (!n) continue;
      const h = y(n);
      const r = svg("rect", { x, y: base - h, width: barW, height: h, class: `bar q${q}`, "data-date": d.date, "data-quad": q, "data-count": n }, root);
      title(r, `${d.date}: ${n} ${QUAD_NAMES[q - 1]}`);
      r.addEventListener("click", () => onDay(d.date));
      base -= h;
    }
  });
}

export function drawLegend(el: HTMLElement): void {
  el.replaceChildren(...QUAD_NAMES.map((name, k) => {
    const s = html("span");
    html("i", { class: `q${k + 1}` }, undefined, s);
    s.append(`${k + 1} ${name}`);
    return s;
  }));
}
