// The Stories view: the stories of `parley stories`, each opening its timeline of event clusters
// (GET /api/stories/{id}/timeline) when clicked.
import { getJson } from "./api.js";
import { html } from "./svg.js";
import type { Story, StoryCluster } from "./types.js";

async function openTimeline(row: HTMLElement, s: Story): Promise<void> {
  const old = row.querySelector(".story-timeline");
  if (old) return void old.remove();
  const { clusters } = await getJson<{ clusters: StoryCluster[] }>(`stories/${encodeURIComponent(s.id)}/timeline`, new URLSearchParams([["all", "true"]]));
  const list = html("ol", { class: "story-timeline" }, undefined, row);
  for (const c of clusters) {
    html("li", { class: "cluster" }, `${c.date ?? "undated"} · CAMEO ${c.cameo} · ${c.sourceCode ?? "?"} → ${c.targetCode ?? "?"}${c.place ? ` · ${c.place}` : ""} · ${c.numMentions} mention(s), ${c.numArticles} article(s)`, list);
  }
}

export async function showStories(el: HTMLElement, onError: (err: unknown) => void): Promise<void> {
  const { stories } = await getJson<{ stories: Story[] }>("stories");
  el.replaceChildren();
  if (!stories.length) html("p", { class: "empty" }, "no stories: the store has no linked events (see parley link)", el);
  for (const s of stories) {
    const row = html("div", { class: "story", "data-id": s.id }, undefined, el);
    const head = html("button", { type: "button", class: "story-head" }, `${s.id} · ${s.firstDate ?? ""}–${s.lastDate ?? ""} · ${s.articles.length} article(s), ${s.clusters.length} event(s) · ${s.name}`, row);
    head.addEventListener("click", () => void openTimeline(row, s).catch(onError));
  }
}
