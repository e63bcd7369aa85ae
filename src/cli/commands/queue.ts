// `parley queue status`: how many articles wait, run, are done or failed, and why the failed ones failed.
import type { Command } from "commander";
import { withExamples } from "../help.js";
import { addQueueOption, queueAddressOf } from "../queue-options.js";
import { oneLine } from "../../util/terminal.js";

export function register(program: Command): void {
  const group = program.command("queue").description("the job queue that `parley enqueue` fills and `parley worker` empties");
  const status = group.command("status").description("waiting / active / delayed (to retry) / done / failed counts, and the failed articles with their reason")
    .option("--json", "the counts and failures as JSON");
  addQueueOption(status).action(async (flags: { queue?: string; json?: boolean }) => {
    const { openQueue, queueStatus } = await import("../../scale/queue.js");
    const queue = openQueue(queueAddressOf(flags));
    try {
      const s = await queueStatus(queue);
      if (flags.json) return void console.log(JSON.stringify(s));
      console.log(`waiting ${s.waiting}, active ${s.active}, delayed ${s.delayed}, done ${s.done}, failed ${s.failed}`);
      for (const f of s.failures) console.log(`failed after ${f.attempts} tries: ${oneLine(f.source)}: ${oneLine(f.reason)}`);
    } finally {
      await queue.close();
    }
  });
  withExamples(group, [["parley queue status", "counts on the local queue"]]);
  withExamples(status, [
    ["parley queue status --queue redis://10.0.0.5:6379", "counts on a shared queue"],
    ["parley queue status --json", "for a script or a dashboard"],
  ]);
}
