// Stories: articles grouped by the event clusters they share and, failing that, by the same main dyad
// within a few days; each named by its main dyad (the actors' most frequent names), its most frequent
// kind of event and its main place. Computed from the clusters when asked, so they follow every relink.
import type { Ontology } from "../events/ontology.js";
import type { StoredCluster } from "./clusters-read.js";

export interface Story {
  /** "S" and the story's first cluster id: stable while its clusters are. */
  id: string;
  name: string;
  dyad: [string, string] | null;
  place: string | null;
  firstDate: string | null;
  lastDate: string | null;
  articles: string[];
  clusters: number[];
}

export interface StoryOptions {
  /** Articles with the same main dyad this many days apart or fewer share a story. */
  days: number;
}

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    const p = this.parent.get(x) ?? x;
    if (p === x) return x;
    const root = this.find(p);
    this.parent.set(x, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a), rb = this.find(b);
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
}

type Side = { code: string | null; country: string | null };

/**
 * The two sides of a mention: the actors' countries, or within one country (government and rebels) the
 * codes' country and first sector (SOMGOV, SOMREB). Null when a side is unknown or both are the same.
 */
function sides(m: StoredCluster["mentions"][number]): [string, string] | null {
  const s = m.source, t = m.target;
  if (s.country && t.country && s.country !== t.country) return [s.country, t.country];
  const cs = s.code?.slice(0, 6), ct = t.code?.slice(0, 6);
  if (cs && ct && cs !== ct && (!s.country || s.country === t.country)) return [cs, ct];
  return null;
}

function dyadKey(m: StoredCluster["mentions"][number]): string | null {
  const d = sides(m);
  return d ? [...d].sort().join("|") : null;
}

/** Whether an actor is on a side: its country, or its code's start. */
const onSide = (a: Side, side: string) => a.country === side || (a.code ?? "").startsWith(side);

function mostFrequent<T>(items: T[], key: (x: T) => string | null): string | null {
  const n = new Map<string, number>();
  for (const x of items) {
    const k = key(x);
    if (k) n.set(k, (n.get(k) ?? 0) + 1);
  }
  return [...n].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}

const DAY = 86_400_000;

export function buildStories(clusters: StoredCluster[], ontology: Ontology, o: StoryOptions = { days: 7 }): Story[] {
  const uf = new UnionFind();
  const articleDate = new Map<string, string>();
  const mentionsOf = new Map<string, StoredCluster["mentions"]>();
  for (const c of clusters) {
    for (const m of c.mentions) {
      articleDate.set(m.articleId, m.articleDate);
      mentionsOf.set(m.articleId, [...(mentionsOf.get(m.articleId) ?? []), m]);
      uf.find(m.articleId);
    }
    // a reported event mentioned by several articles ties them together
    if (c.factual) for (const m of c.mentions) uf.union(c.mentions[0].articleId, m.articleId);
  }
  // articles about the same pair of sides within a few days of each other
  const byDyad = new Map<string, string[]>();
  for (const [article, ms] of mentionsOf) {
    const dyad = mostFrequent(ms.filter((m) => m.modality === "asserted" || m.modality === "reported"), dyadKey);
    if (dyad) byDyad.set(dyad, [...(byDyad.get(dyad) ?? []), article]);
  }
  for (const articles of byDyad.values()) {
    articles.sort((a, b) => (articleDate.get(a)! < articleDate.get(b)! ? -1 : articleDate.get(a)! > articleDate.get(b)! ? 1 : a < b ? -1 : 1));
    for (let k = 1; k < articles.length; k++) {
      const gap = (Date.parse(articleDate.get(articles[k])!) - Date.parse(articleDate.get(articles[k - 1])!)) / DAY;
      if (gap <= o.days) uf.union(articles[k - 1], articles[k]);
    }
  }
  const groups = new Map<string, StoredCluster[]>();
  for (const c of clusters) {
    const root = uf.find(c.mentions[0].articleId);
    groups.set(root, [...(groups.get(root) ?? []), c]);
  }
  const stories = [...groups.values()].map((cs) => storyOf(cs, ontology));
  return stories.sort((a, b) => ((a.firstDate ?? "") < (b.firstDate ?? "") ? -1 : (a.firstDate ?? "") > (b.firstDate ?? "") ? 1 : a.id < b.id ? -1 : 1));
}

function storyOf(cs: StoredCluster[], ontology: Ontology): Story {
  const mentions = cs.flatMap((c) => c.mentions);
  const factual = mentions.filter((m) => m.modality === "asserted" || m.modality === "reported");
  const pool = factual.length ? factual : mentions;
  const dyadCode = mostFrequent(pool, dyadKey);
  const dyad = dyadCode ? (dyadCode.split("|") as [string, string]) : null;
  // each side named by the text most often written for an actor of that country
  const nameOf = (side: string) => mostFrequent(pool.flatMap((m) => [m.source, m.target]).filter((a) => onSide(a, side)), (a) => a.text) ?? side;
  // saying and appealing (CAMEO 01, 02) go with every kind of event: the story's kind is another when there is one
  const said = new Set(["01", "02"]);
  const kind = mostFrequent(cs.filter((c) => c.factual && !said.has(c.root)), (c) => c.root) ?? mostFrequent(cs.filter((c) => c.factual), (c) => c.root) ?? cs[0].root;
  const place = mostFrequent(pool.filter((m) => m.placeOrigin === "clause"), (m) => m.placeName);
  const dates = cs.map((c) => c.date).filter((d): d is string => !!d).sort();
  const articles = [...new Set(mentions.map((m) => m.articleId))].sort();
  const ids = cs.map((c) => c.id).sort((a, b) => a - b);
  const lone = pool.flatMap((m) => [m.source, m.target]).find((a) => a.country || a.code);
  const who = dyad ? `${nameOf(dyad[0])}–${nameOf(dyad[1])}` : lone ? nameOf(lone.country ?? lone.code!) : "(no actors)";
  const what = (ontology.roots.get(kind)?.name ?? kind).toLowerCase();
  return {
    id: `S${ids[0]}`, name: `${who}: ${what}${place ? ` · ${place}` : ""}`, dyad, place,
    firstDate: dates[0] ?? null, lastDate: dates[dates.length - 1] ?? null, articles, clusters: ids,
  };
}
