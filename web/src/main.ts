// The dashboard: filters shared by every view, the overview (timeline, network, map, table), the
// article reader and the figures view, chosen by the URL's hash.
import { ApiError, getJson } from "./api.js";
import { drawTimeline, drawLegend } from "./timeline.js";
import { drawNetwork } from "./network.js";
import { drawMap } from "./map.js";
import { drawTable, type TableState } from "./table.js";
import { showArticle } from "./reader.js";
import { showFigures } from "./figures.js";
import { showTalks } from "./talks.js";
import { showStories } from "./stories.js";
import type { Network, Page, Place, Timeline } from "./types.js";

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>("filters");
const errorLine = $("filter-error");
const tableState: TableState = { sort: 0, asc: true };
const PAGE = 50;

/** The filled-in filters as API query parameters. */
function filters(): URLSearchParams {
  const q = new URLSearchParams();
  for (const [k, v] of new FormData(form)) if (typeof v === "string" && v.trim()) q.set(k, v.trim());
  return q;
}

function setFilter(name: string, value: string): void {
  (form.elements.namedItem(name) as HTMLInputElement).value = value;
  location.hash = "#/";
  void route();
}

function showError(err: unknown): void {
  errorLine.textContent = err instanceof ApiError ? err.message : `cannot load: ${(err as Error).message}`;
  for (const input of form.querySelectorAll("input")) input.toggleAttribute("aria-invalid", err instanceof ApiError && err.field === input.name);
}

async function loadEvents(offset: number): Promise<void> {
  const q = filters();
  q.set("limit", String(PAGE));
  q.set("offset", String(offset));
  const page = await getJson<Page>("events", q);
  drawTable($("events"), page, tableState, $("events-note"), (o) => void loadEvents(o).catch(showError));
}

async function overview(): Promise<void> {
  const q = filters();
  const [timeline, network, places] = await Promise.all([
    getJson<Timeline>("timeline", q), getJson<Network>("actors", q), getJson<{ places: Place[] }>("places", q), loadEvents(0),
  ]);
  drawTimeline($("timeline"), timeline, $("timeline-note"), (day) => {
    setFilter("since", day);
    setFilter("until", day);
  });
  drawNetwork($("network"), network, (key) => setFilter("actor", key));
  await drawMap($("map"), places.places);
}

const VIEWS = ["overview", "reader", "figures", "talks", "stories"] as const;
type View = (typeof VIEWS)[number];

function show(view: View): void {
  for (const id of VIEWS) $(id).hidden = id !== view;
  for (const a of document.querySelectorAll<HTMLAnchorElement>("header nav a[data-view]")) {
    a.classList.toggle("active", a.dataset.view === (view === "reader" ? "overview" : view));
  }
  form.hidden = view === "reader" || view === "stories";
}

async function route(): Promise<void> {
  errorLine.textContent = "";
  const article = /^#\/article\/([^/]+)(?:\/(\d+))?$/.exec(location.hash);
  try {
    if (article) {
      show("reader");
      await showArticle($("reader"), decodeURIComponent(article[1]), article[2] === undefined ? null : Number(article[2]));
    } else if (location.hash === "#/figures") {
      show("figures");
      await showFigures($("figures"), filters());
    } else if (location.hash === "#/talks") {
      show("talks");
      await showTalks($("talks"), filters());
    } else if (location.hash === "#/stories") {
      show("stories");
      await showStories($("stories"), showError);
    } else {
      show("overview");
      await overview();
    }
  } catch (err) {
    showError(err);
  }
  // Milliseconds from navigation start to the first view drawn: the browser test waits for it, bench/dashboard.ts reports it.
  if (!document.body.dataset.rendered) document.body.dataset.rendered = String(Math.round(performance.now()));
  document.body.dataset.view = article ? "reader" : ({ "#/figures": "figures", "#/talks": "talks", "#/stories": "stories" } as Record<string, View>)[location.hash] ?? "overview";
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  void route();
});
form.addEventListener("reset", () => setTimeout(() => void route()));
window.addEventListener("hashchange", () => void route());
drawLegend($("legend"));
void route();
