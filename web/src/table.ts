// The event table: one page of the filtered events, sortable by column, each row opening the
// article reader at its evidence.
import { actorText, html } from "./svg.js";
import type { ApiEvent, Page } from "./types.js";

type Column = { name: string; value: (e: ApiEvent) => string | number };
const COLUMNS: Column[] = [
  { name: "date", value: (e) => e.date ?? "" },
  { name: "source", value: (e) => actorText(e.source) },
  { name: "target", value: (e) => actorText(e.target) },
  { name: "CAMEO", value: (e) => e.cameo },
  { name: "PLOVER", value: (e) => e.plover.type ?? "" },
  { name: "modality", value: (e) => e.modality },
  { name: "place", value: (e) => e.place?.name ?? "" },
  { name: "confidence", value: (e) => e.confidence },
  { name: "trigger", value: (e) => e.trigger.text },
];

export interface TableState { sort: number; asc: boolean }

export function drawTable(el: HTMLElement, page: Page, state: TableState, note: HTMLElement, go: (offset: number) => void): void {
  el.replaceChildren();
  const from = page.total ? page.offset + 1 : 0;
  note.textContent = `${from}–${page.offset + page.events.length} of ${page.total}`;
  if (!page.events.length) {
    html("p", { class: "empty" }, "no events match", el);
    return;
  }
  const table = html("table", { id: "event-table" }, undefined, el);
  const head = html("tr", {}, undefined, html("thead", {}, undefined, table));
  html("th", {}, "", head);
  COLUMNS.forEach((c, k) => {
    const th = html("th", { class: k === state.sort ? `sorted${state.asc ? " asc" : ""}` : "" }, c.name, head);
    th.addEventListener("click", () => {
      state.asc = state.sort === k ? !state.asc : true;
      state.sort = k;
      drawTable(el, page, state, note, go);
    });
  });
  const col = COLUMNS[state.sort];
  const rows = [...page.events].sort((a, b) => {
    const x = col.value(a), y = col.value(b);
    const c = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
    return state.asc ? c : -c;
  });
  const body = html("tbody", {}, undefined, table);
  for (const e of rows) {
    const tr = html("tr", { "data-event": String(e.id) }, undefined, body);
    html("td", { class: `q q${e.quadClass}`, title: `QuadClass ${e.quadClass}` }, "", tr);
    COLUMNS.forEach((c, k) => {
      const td = html("td", {}, undefined, tr);
      if (k === COLUMNS.length - 1) {
        html("a", { href: `#/article/${encodeURIComponent(e.articleId)}/${e.idx}`, class: "evidence-link", title: e.evidence.text }, String(c.value(e)), td);
      } else td.textContent = typeof c.value(e) === "number" ? (c.value(e) as number).toFixed(2) : String(c.value(e));
    });
  }
  const pager = html("div", { class: "pager" }, undefined, el);
  const prev = html("button", { type: "button" }, "‹ previous", pager);
  const next = html("button", { type: "button" }, "next ›", pager);
  prev.disabled = page.offset === 0;
  next.disabled = page.offset + page.limit >= page.total;
  prev.addEventListener("click", () => go(Math.max(0, page.offset - page.limit)));
  next.addEventListener("click", () => go(page.offset + page.limit));
}
