// `parley worker`: take articles from the job queue, analyse and store them (one transaction each) until
// SIGTERM or Ctrl-C, which finish the current article first; --until-empty stops when nothing is left.
import type { Command } from "commander";
import { defaultDeps, type CliDeps } from "../deps.js";
import { addBudgetOptions, addDictionaryOptions, loadCodingAnalyzer, type DictionaryFlags } from "../coding-options.js";
import { withExamples } from "../help.js";
import { addQueueOption, queueAddressOf } from "../queue-options.js";
import { dbPathOf, withStore } from "../store-access.js";
import { oneLine } from "../../util/terminal.js";
import { addLinkOptions, linkOptionsOf, type LinkFlags } from "../link-options.js";

interface WorkerFlags extends DictionaryFlags, LinkFlags { queue?: string; untilEmpty?: boolean; quiet?: boolean }

export function register(program: Command, deps: CliDeps = defaultDeps): void {
  const cmd = program.command("worker")
    .description("analyse and store articles from the job queue (run one per core, on as many machines as you like)")
    .option("--until-empty", "stop once the queue has nothing waiting or running (default: wait for more)")
    .option("--quiet", "no summary line");
  addLinkOptions(addDictionaryOptions(addBudgetOptions(addQueueOption(cmd)))).action(async (flags: WorkerFlags, command: Command) => {
    const address = queueAddressOf(flags);
    // Listening from the start: a SIGTERM while the models load stops the worker before its first job.
    const stop = new Promise<void>((resolve) => {
      process.once("SIGTERM", () => resolve());
      process.once("SIGINT", () => resolve());
    });
    const analyzer = await loadCodingAnalyzer(deps, flags);
    await withStore(dbPathOf(command), async ({ db }) => {
      const { startWorker } = await import("../../scale/queue.js");
      const w = await startWorker(address, db, analyzer, (line) => console.error(`parley: ${oneLine(line)}`), {
        link: flags.link === false ? false : linkOptionsOf(flags),
        command: `worker --queue redis://${address.host}:${address.port}/${address.db} (queue ${address.name})`,
      });
      await (flags.untilEmpty ? Promise.race([stop, w.drained()]) : stop);
      await w.close();
      const c = w.counts;
      if (!flags.quiet) console.log(`worker: ${c.new} new, ${c.unchanged} unchanged, ${c.failed} failed; events: ${c.events}${c.clusters ? `; new event clusters: ${c.clusters}` : ""}`);
    });
  });
  withExamples(cmd, [
    ["parley worker --db postgres://parley@db/news --queue redis://10.0.0.5:6379", "one worker of a team, into the shared PostgreSQL"],
    ["parley worker --until-empty --db news.db", "work the local queue off, then stop"],
  ]);
}
