// `parley eval clusters`: the gold articles analysed into a store, linked, and the clusters of their
// events scored against the gold clusters (B³ and pairwise). An event belongs to the gold mention whose
// quote holds its trigger; events of no mention are left out, mentions with no event count as missed.
import type { Kysely } from "kysely";
import { UserError } from "../errors.js";
import { readSources } from "../ingest/index.js";
import type { Analyzer } from "../pipeline/analyze.js";
import type { Database } from "../store/schema.js";
import { saveAnalysis } from "../store/save.js";
import type { ClusterGold, GoldArticle } from "./cluster-gold.js";
import { scoreCoref, type CorefScore } from "./coref.js";

/** Analyse and store the gold's articles; returns the stored id of each gold article key. */
export async function storeGoldArticles(db: Kysely<Database>, analyzer: Analyzer, gold: ClusterGold): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const a of gold.articles) {
    const article = await readGoldArticle(a);
    const saved = await saveAnalysis(db, analyzer.analyze(article), analyzer.coding);
    ids.set(a.key, saved.articleId);
  }
  return ids;
}

async function readGoldArticle(a: GoldArticle) {
  for await (const item of readSources([a.file], {})) {
    if (!item.ok) throw new UserError(`${a.file}: ${item.error.message}`);
    if (a.id === undefined || item.article.id === a.id) return item.article;
  }
  throw new UserError(`${a.file}: no record with id "${a.id}" (gold article "${a.key}")`);
}

export interface ClusterEval extends CorefScore {
  /** The same scores with one item per mention (the rows one trigger gives for several actors counted once). */
  by_mention: CorefScore;
  gold_clusters: number;
  gold_mentions: number;
  /** Gold mentions no extracted event belongs to (the extractor's miss, not the linker's). */
  missed_mentions: { cluster: string; article: string; quote: string }[];
  /** Extracted events of the gold articles that belong to no gold mention (not scored). */
  unscored_events: number;
  /** Predicted clusters that mix gold clusters, and gold clusters split over several predicted ones. */
  wrong_links: { cluster: number; gold: string[] }[];
  split: { gold: string; clusters: number[] }[];
}

/** Score the linked store against the gold; `ids` maps gold article keys to stored ids. */
export async function scoreClusters(db: Kysely<Database>, gold: ClusterGold, ids: Map<string, string>): Promise<ClusterEval> {
  const texts = new Map<string, string>();
  for (const [key, id] of ids) {
    const row = await db.selectFrom("articles").select("text").where("id", "=", id).executeTakeFirstOrThrow();
    texts.set(key, row.text);
  }
  // every mention's span: the first occurrence of its quote
  const spans: { cluster: string; article: string; quote: string; start: number; end: number; found: boolean }[] = [];
  for (const c of gold.clusters) {
    for (const m of c.mentions) {
      const start = texts.get(m.article)!.indexOf(m.quote);
      if (start < 0) throw new UserError(`gold cluster "${c.id}": the quote «${m.quote}» is not in article "${m.article}"`);
      spans.push({ cluster: c.id, article: m.article, quote: m.quote, start, end: start + m.quote.length, found: false });
    }
  }
  const goldOf = new Map<number, string>(), predictedOf = new Map<number, number>();
  const goldOfMention = new Map<string, string>(), predictedOfMention = new Map<string, number>();
  let unscored = 0;
  for (const [key, id] of ids) {
    const events = await db.selectFrom("events as e").leftJoin("cluster_links as l", "l.event_id", "e.id")
      .select(["e.id", "e.trigger_start", "e.trigger_end", "l.cluster_id"]).where("e.article_id", "=", id).orderBy("e.id").execute();
    for (const e of events) {
      const holding = spans.filter((s) => s.article === key && s.start <= e.trigger_start && e.trigger_end <= s.end)
        .sort((x, y) => (x.end - x.start) - (y.end - y.start));
      if (!holding.length) {
        unscored++;
        continue;
      }
      holding[0].found = true;
      goldOf.set(e.id, holding[0].cluster);
      // an unlinked event (--no-link) is a cluster of its own
      predictedOf.set(e.id, e.cluster_id ?? -e.id);
      const mention = `${id}@${e.trigger_start}`;
      if (!goldOfMention.has(mention)) {
        goldOfMention.set(mention, holding[0].cluster);
        predictedOfMention.set(mention, e.cluster_id ?? -e.id);
      }
    }
  }
  const byPredicted = new Map<number, Set<string>>(), byGold = new Map<string, Set<number>>();
  for (const [e, g] of goldOf) {
    const p = predictedOf.get(e)!;
    byPredicted.set(p, (byPredicted.get(p) ?? new Set()).add(g));
    byGold.set(g, (byGold.get(g) ?? new Set()).add(p));
  }
  return {
    ...scoreCoref(goldOf, predictedOf),
    by_mention: scoreCoref(goldOfMention, predictedOfMention),
    gold_clusters: gold.clusters.length,
    gold_mentions: spans.length,
    missed_mentions: spans.filter((s) => !s.found).map(({ cluster, article, quote }) => ({ cluster, article, quote })),
    unscored_events: unscored,
    wrong_links: [...byPredicted].filter(([, g]) => g.size > 1).map(([cluster, g]) => ({ cluster, gold: [...g].sort() })),
    split: [...byGold].filter(([, p]) => p.size > 1).map(([g, p]) => ({ gold: g, clusters: [...p].sort((a, b) => a - b) })),
  };
}
