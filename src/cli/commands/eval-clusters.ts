// `parley eval clusters GOLD`: the gold's articles analysed into a throwaway store, linked, and scored (B³, pairwise).
import type { Command } from "commander";
import { UserError } from "../../errors.js";
import { sharedDir } from "../../paths.js";
import { withExamples } from "../help.js";
import { addLinkOptions, linkOptionsOf, type LinkFlags } from "../link-options.js";

export function register(ev: Command): void {
  const cmd = ev.command("clusters")
    .description("score event linking on a cluster gold set (B³ and pairwise precision/recall over the extracted events)")
    .argument("<gold>", "cluster gold JSON (test/fixtures/clusters/gold.json)")
    .option("--json", "print one JSON object with the scores")
    .option("--misses", "list wrong links, split clusters and mentions the extractor missed (stderr)");
  addLinkOptions(cmd).action(async (path: string, opts: LinkFlags & { json?: boolean; misses?: boolean }) => {
    const [{ readClusterGold }, { scoreClusters, storeGoldArticles }, { loadEvalAnalyzer }, { openStore }, { linkEvents }] = await Promise.all([
      import("../../eval/cluster-gold.js"), import("../../eval/clusters.js"), import("../../eval/pipeline-predictors.js"), import("../../store/open.js"), import("../../stories/link-store.js"),
    ]);
    const gold = readClusterGold(path);
    if (gold.missing.length) {
      throw new UserError(`${path}: ${gold.missing.length} gold article file${gold.missing.length === 1 ? " is" : "s are"} not here (${gold.missing[0].file}); ` +
        `the shared data folder ${sharedDir} is absent: set PARLEY_SHARED`);
    }
    const store = await openStore(":memory:");
    try {
      const ids = await storeGoldArticles(store.db, await loadEvalAnalyzer({}), gold);
      if (opts.link !== false) await linkEvents(store.db, linkOptionsOf(opts));
      const s = await scoreClusters(store.db, gold, ids);
      if (opts.misses) {
        for (const w of s.wrong_links) console.error(`wrong link: cluster ${w.cluster} joins ${w.gold.join(" + ")}`);
        for (const p of s.split) console.error(`split: ${p.gold} over clusters ${p.clusters.join(", ")}`);
        for (const m of s.missed_mentions) console.error(`missed by the extractor: ${m.cluster} (${m.article}) «${m.quote}»`);
      }
      if (opts.json) {
        console.log(JSON.stringify(s));
        return;
      }
      console.log(`${path}: ${s.gold_clusters} gold clusters, ${s.gold_mentions} mentions (${s.missed_mentions.length} with no extracted event); ` +
        `${s.items} events scored, ${s.unscored_events} outside the gold mentions`);
      console.log(`B3        P ${s.b3.precision.toFixed(2)}%  R ${s.b3.recall.toFixed(2)}%  F1 ${s.b3.f1.toFixed(2)}%`);
      console.log(`pairwise  P ${s.pairwise.precision.toFixed(2)}%  R ${s.pairwise.recall.toFixed(2)}%  F1 ${s.pairwise.f1.toFixed(2)}%  ` +
        `(${s.pairwise.true_links} of ${s.pairwise.predicted_links} links right, ${s.pairwise.gold_links} gold links)`);
      const m = s.by_mention;
      console.log(`by mention (${m.items}, one per trigger): B3 F1 ${m.b3.f1.toFixed(2)}%; pairwise P ${m.pairwise.precision.toFixed(2)}%  R ${m.pairwise.recall.toFixed(2)}%  ` +
        `(${m.pairwise.true_links} of ${m.pairwise.predicted_links} links right, ${m.pairwise.gold_links} gold links)`);
    } finally {
      await store.close();
    }
  });
  withExamples(cmd, [
    ["parley eval clusters test/fixtures/clusters/gold.json", "B³ and pairwise precision/recall of event linking"],
  ]);
}
