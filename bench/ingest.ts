// End-to-end ingest throughput: read ../shared/news/wikinews, analyse every article (tokenize, tag,
// parse, NER, actors, events, figures) and write it to a fresh SQLite store, `rounds` times.
// With --workers N the articles are analysed on N worker threads (src/scale/pool.ts), as `ingest --workers N`.
// Peak RSS is the process's maximum resident set (process.resourceUsage().maxRSS: threads included).
// Run: npm run build && node dist/bench/ingest.js [rounds] [--workers N]
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { sharedDir } from "../src/paths.js";
import { loadAnalyzer } from "../src/pipeline/analyze.js";
import { openStore } from "../src/store/open.js";
import { runIngest, type ParallelAnalyzer } from "../src/ingest-run.js";
import { AnalysisPool } from "../src/scale/pool.js";
import type { Analyzer } from "../src/pipeline/analyze.js";

const dir = join(sharedDir, "news", "wikinews");
if (!existsSync(dir)) {
  console.log(`skipped: ${dir} is absent`);
  process.exit(0);
}
const args = process.argv.slice(2);
const wi = args.indexOf("--workers");
const workers = wi >= 0 ? Number(args.splice(wi, 2)[1]) : 1;
const rounds = Number(args[0] ?? 3);
const mb = (n: number) => (n / 2 ** 20).toFixed(0);

const cpu0 = process.cpuUsage();
const l0 = performance.now();
let pool: AnalysisPool | undefined;
const analyzer: Analyzer | ParallelAnalyzer = workers > 1 ? await (pool = new AnalysisPool({ size: workers })).start() : await loadAnalyzer();
const loadMs = performance.now() - l0;
console.log(`pipeline load: ${(loadMs / 1000).toFixed(2)} s wall, RSS ${mb(process.memoryUsage().rss)} MiB`);

const tmp = mkdtempSync(join(tmpdir(), "parley-bench-"));
let articles = 0, sentences = 0, events = 0, peak = 0, wall = 0;
const cpuStart = process.cpuUsage(cpu0);
try {
  for (let r = 0; r < rounds; r++) {
    // A fresh store each round: every article is new, so each round does the full work.
    const store = await openStore(join(tmp, `r${r}.db`));
    const t0 = performance.now();
    const s = await runIngest({ sources: [dir], opts: {}, db: store.db, analyzer });
    wall += performance.now() - t0;
    await store.close();
    articles += s.new;
    sentences += s.sentences;
    events += s.events;
    peak = Math.max(peak, process.memoryUsage().rss);
  }
} finally {
  await pool?.close();
  rmSync(tmp, { recursive: true, force: true });
}
const cpu = process.cpuUsage(cpu0);
const cpuSec = (cpu.user + cpu.system - cpuStart.user - cpuStart.system) / 1e6;
const sec = wall / 1000;
console.log(`workers: ${workers}; load average ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
console.log(`${rounds} rounds: ${articles} articles, ${sentences} sentences, ${events} events in ${sec.toFixed(2)} s wall (${cpuSec.toFixed(2)} s CPU)`);
console.log(`articles/s: ${(articles / sec).toFixed(1)} wall, ${(articles / cpuSec).toFixed(1)} per CPU-second`);
console.log(`sentences/s: ${(sentences / sec).toFixed(0)} wall, ${(sentences / cpuSec).toFixed(0)} per CPU-second`);
console.log(`peak RSS: ${mb(Math.max(peak, process.memoryUsage().rss))} MiB sampled after each round; maxRSS ${mb(process.resourceUsage().maxRSS * 1024)} MiB`);
