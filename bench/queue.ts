// Queue throughput (issue #15): one `parley worker` process vs two on the same queue, in alternating runs of
// bench/soak.ts with no worker killed (each run: N small unique articles enqueued, drained into a fresh
// PostgreSQL database, every article checked stored exactly once). Prints each run, the medians and the ratio.
// Run: npm run build && node dist/bench/queue.js [articles=2000] [pairs=2]
import { execFileSync } from "node:child_process";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { median } from "./median.js";

const [n = 2000, pairs = 2] = process.argv.slice(2).map(Number);
const soak = fileURLToPath(new URL("./soak.js", import.meta.url));
const rates: Record<number, number[]> = { 1: [], 2: [] };
const load = () => loadavg().map((x) => x.toFixed(1)).join(" ");
console.log(`load average at start: ${load()}`);
for (let p = 0; p < pairs; p++) {
  for (const w of [1, 2]) {
    const out = execFileSync(process.execPath, [soak, String(n), String(w), "0"], { encoding: "utf8" });
    if (out.startsWith("skipped")) { console.log(out.trim()); process.exit(0); }
    if (!out.includes("check passed")) { console.log(out); process.exit(1); }
    rates[w].push(Number(/articles in [\d.]+ s, ([\d.]+) articles\/s/.exec(out)?.[1] ?? NaN));
    console.log(`pair ${p + 1}, ${w} worker${w > 1 ? "s" : ""}: ${rates[w].at(-1)} articles/s (check passed)`);
  }
}
for (const w of [1, 2]) console.log(`${w} worker${w > 1 ? "s" : ""}: median ${median(rates[w])} articles/s`);
console.log(`ratio 2 vs 1 workers: ${(median(rates[2]) / median(rates[1])).toFixed(2)}x; load average at end: ${load()}`);
