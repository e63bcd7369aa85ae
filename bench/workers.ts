// `ingest --workers 1` vs `--workers 2` on the same corpus (the wikinews folder, `rounds` times into fresh
// stores), in alternating child processes so both see the same machine load: throughput and peak RSS of each
// run (bench/ingest.ts prints them), then the medians and the ratio.
// With --pg the same runs go into PostgreSQL (bench/ingest.ts --pg); with --both SQLite and PostgreSQL
// alternate too (four runs per pair), for the "SQLite vs PostgreSQL, one worker and two".
// Run: npm run build && node dist/bench/workers.js [pairs] [rounds] [--pg | --both]
import { execFileSync } from "node:child_process";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { median } from "./median.js";

const flags = process.argv.slice(2).filter((a) => a.startsWith("--"));
const [pairs = 2, rounds = 2] = process.argv.slice(2).filter((a) => !a.startsWith("--")).map(Number);
const backends = flags.includes("--both") ? ["sqlite", "pg"] : flags.includes("--pg") ? ["pg"] : ["sqlite"];
const ingest = fileURLToPath(new URL("./ingest.js", import.meta.url));
type Runs = { perSec: number[]; sentPerSec: number[]; rss: number[] };
const res = new Map<string, Runs>();
const key = (b: string, w: number) => `${b === "pg" ? "PostgreSQL" : "SQLite"}, --workers ${w}`;
console.log(`load average at start: ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
for (let p = 0; p < pairs; p++) {
  for (const b of backends) {
    for (const w of [1, 2]) {
      const out = execFileSync(process.execPath, [ingest, String(rounds), "--workers", String(w), ...(b === "pg" ? ["--pg"] : [])], { encoding: "utf8" });
      if (out.startsWith("skipped")) { console.log(out.trim()); process.exit(0); }
      const num = (re: RegExp) => Number(re.exec(out)?.[1] ?? NaN);
      const r = res.get(key(b, w)) ?? { perSec: [], sentPerSec: [], rss: [] };
      res.set(key(b, w), r);
      r.perSec.push(num(/articles\/s: ([\d.]+) wall/));
      r.sentPerSec.push(num(/sentences\/s: ([\d.]+) wall/));
      r.rss.push(num(/maxRSS (\d+) MiB/));
      console.log(`pair ${p + 1}, ${key(b, w)}: ${r.perSec.at(-1)} articles/s, ${r.sentPerSec.at(-1)} sentences/s, peak RSS ${r.rss.at(-1)} MiB`);
    }
  }
}
for (const [k, r] of res) console.log(`${k}: median ${median(r.perSec)} articles/s, ${median(r.sentPerSec)} sentences/s, peak RSS ${median(r.rss)} MiB`);
for (const b of backends) {
  const one = res.get(key(b, 1))!, two = res.get(key(b, 2))!;
  console.log(`${b === "pg" ? "PostgreSQL" : "SQLite"}: ratio 2 vs 1 workers ${(median(two.perSec) / median(one.perSec)).toFixed(2)}x (target 1.8x on 2 idle cores)`);
}
console.log(`load average at end: ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
