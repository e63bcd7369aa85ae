// `parley enqueue SOURCE…`: read articles (files, folders, URLs, feeds, JSON Lines) and put each on the job
// queue once, for `parley worker` processes on any machine to analyse and store.
import type { Command } from "commander";
import { withExamples } from "../help.js";
import { addQueueOption, queueAddressOf } from "../queue-options.js";
import { collect, isoDate } from "../store-access.js";
import { oneLine } from "../../util/terminal.js";

interface EnqueueFlags { queue?: string; date?: string; include: string[]; exclude: string[]; allowPrivate?: boolean }

export function register(program: Command): void {
  const cmd = program.command("enqueue")
    .argument("<sources...>", "files, folders, URLs, RSS/Atom feeds, .jsonl files, or - for stdin")
    .description("put articles on the job queue for `parley worker` processes (each text once)")
    .option("--date <date>", "reference date YYYY-MM-DD for all articles", isoDate("--date"))
    .option("--include <glob>", "only files matching this glob in folders (repeatable)", collect, [])
    .option("--exclude <glob>", "skip files matching this glob in folders (repeatable)", collect, [])
    .option("--allow-private", "also fetch URLs on loopback and private addresses");
  addQueueOption(cmd).action(async (sources: string[], flags: EnqueueFlags) => {
    // the readers and BullMQ load when the command runs, not for its help
    const [{ readSources }, { enqueueArticles, openQueue }] = await Promise.all([import("../../ingest/index.js"), import("../../scale/queue.js")]);
    const queue = openQueue(queueAddressOf(flags));
    try {
      const items = readSources(sources, { date: flags.date, include: flags.include, exclude: flags.exclude, allowPrivate: flags.allowPrivate });
      const s = await enqueueArticles(queue, items, (line) => console.error(`parley: ${oneLine(line)}`));
      console.log(`queued ${s.added} articles (${s.known} already queued or done, ${s.failed} unreadable)`);
      if (s.failed) process.exitCode = 1;
    } finally {
      await queue.close();
    }
  });
  withExamples(cmd, [
    ["parley enqueue wire/ --queue redis://10.0.0.5:6379", "a folder's articles onto a shared queue"],
    ["parley enqueue https://example.org/feed.xml", "every item of a feed onto the local queue"],
  ]);
}
