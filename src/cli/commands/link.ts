// `parley link`: the store-level linking step on its own — link events not yet in a cluster, or link the
// whole store again with other thresholds (--rebuild), or drop every cluster (--clear, the raw view).
import type { Command } from "commander";
import { UserError } from "../../errors.js";
import { withExamples } from "../help.js";
import { addLinkOptions, linkOptionsOf, type LinkFlags } from "../link-options.js";
import { dbPathOf, withStore } from "../store-access.js";

export function register(program: Command): void {
  const cmd = program.command("link")
    .description("link mentions of the same real-world event into event clusters (ingest and recode do this for new events)")
    .option("--rebuild", "forget every cluster and link the whole store again (deterministic: articles by date, then id)")
    .option("--clear", "forget every cluster: every event stands alone again");
  addLinkOptions(cmd, { noLink: false }).action(async (flags: LinkFlags & { rebuild?: boolean; clear?: boolean }, command: Command) => {
    if (flags.rebuild && flags.clear) throw new UserError("link: give --rebuild or --clear, not both");
    const { clearClusters, linkEvents, relinkAll } = await import("../../stories/link-store.js");
    await withStore(dbPathOf(command), async ({ db }) => {
      if (flags.clear) {
        await clearClusters(db);
        console.log("event clusters cleared");
        return;
      }
      const s = flags.rebuild ? await relinkAll(db, linkOptionsOf(flags)) : await linkEvents(db, linkOptionsOf(flags));
      const clusters = await db.selectFrom("event_clusters").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirst();
      console.log(`linked ${s.linked} events (${s.joined} into an existing cluster, ${s.clusters} new clusters); ` +
        `${Number(clusters?.n ?? 0)} clusters in the store; ${s.seconds.toFixed(2)} s`);
    }, { mustExist: true, write: true });
  });
  withExamples(cmd, [
    ["parley link", "link events not yet in a cluster (after ingest --no-link)"],
    ["parley link --rebuild --link-threshold 0.8", "stricter linking over the whole store"],
    ["parley link --clear", "the raw view: one cluster per event no more"],
  ]);
}
