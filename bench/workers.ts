// `ingest --workers 1` vs `--workers 2` on the same corpus (the wikinews folder, `rounds` times into fresh
// stores), in alternating child processes so both see the same machine load: throughput and peak RSS of each
// run (bench/ingest.ts prints them), then the medians and the ratio.
// Run: npm run build && node dist/bench/workers.js [pairs] [rounds]
import { execFileSync } from "node:child_process";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";

const pairs = Number(process.argv[2] ?? 2);
const rounds = Number(process.argv[3] ?? 2);
const ingest = fileURLToPath(new URL("./ingest.js", import.meta.url));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const res: Record<number, { perSec: number[]; sentPerSec: number[]; rss: number[] }> = { 1: { perSec: [], sentPerSec: [], rss: [] }, 2: { perSec: [], sentPerSec: [], rss: [] } };
console.log(`load average at start: ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
for (let p = 0; p < pairs; p++) {
  for (const w of [1, 2]) {
    const out = execFileSync(process.execPath, [ingest, String(rounds), "--workers", String(w)], { encoding: "utf8" });
    if (out.startsWith("skipped")) { console.log(out.trim()); process.exit(0); }
    const num = (re: RegExp) => Number(re.exec(out)?.[1] ?? NaN);
    res[w].perSec.push(num(/articles\/s: ([\d.]+) wall/));
    res[w].sentPerSec.push(num(/sentences\/s: ([\d.]+) wall/));
    res[w].rss.push(num(/maxRSS (\d+) MiB/));
    console.log(`pair ${p + 1}, --workers ${w}: ${res[w].perSec.at(-1)} articles/s, ${res[w].sentPerSec.at(-1)} sentences/s, peak RSS ${res[w].rss.at(-1)} MiB`);
  }
}
for (const w of [1, 2]) console.log(`--workers ${w}: median ${median(res[w].perSec)} articles/s, ${median(res[w].sentPerSec)} sentences/s, peak RSS ${median(res[w].rss)} MiB`);
console.log(`ratio 2 vs 1 workers: ${(median(res[2].perSec) / median(res[1].perSec)).toFixed(2)}x (target 1.8x on 2 idle cores); load average at end: ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
