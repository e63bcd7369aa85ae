// `parley rm ARTICLE…`: remove articles and everything coded from them, in one transaction.
import type { Command } from "commander";
import { withExamples } from "../help.js";
import { dbPathOf, withStore } from "../store-access.js";

export function register(program: Command): void {
  const cmd = program.command("rm")
    .argument("<articles...>", "article ids or unique prefixes (as `parley articles` lists them)")
    .description("remove articles with their sentences, mentions, events and figures (all or nothing)")
    .option("--all-versions", "also remove the other versions of each article's URL")
    .action(async (refs: string[], opts: { allVersions?: boolean }, cmd: Command) => {
      const [{ idsToRemove }, { removeArticlesAndRecount }] = await Promise.all([import("../../store/remove.js"), import("../../stories/cluster-counts.js")]);
      await withStore(dbPathOf(cmd), async ({ db }) => {
        // Resolve every reference first: one unknown id removes nothing.
        const r = await removeArticlesAndRecount(db, await idsToRemove(db, refs, opts.allVersions));
        console.log(`removed ${r.articles} article${r.articles === 1 ? "" : "s"} (${r.events} events, ${r.figures} figures)`);
      }, { mustExist: true, write: true });
    });
  withExamples(cmd, [
    ["parley rm 3f2a", "the article whose id starts with 3f2a"],
    ["parley rm 3f2a 9c01 --db gaza.db", "two articles of gaza.db"],
    ["parley rm 3f2a --all-versions", "every stored version of its URL"],
  ]);
}
