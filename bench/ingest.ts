// End-to-end ingest throughput: read ../shared/news/wikinews, analyse every article (tokenize, tag,
// parse, NER, actors, clauses, events, figures, links, negotiations), write it to a fresh SQLite store
// and link its events into clusters, `rounds` times (as `parley ingest` does).
// With --workers N the articles are analysed on N worker threads (src/scale/pool.ts), as `ingest --workers N`.
// Peak RSS is the process's maximum resident set (process.resourceUsage().maxRSS: threads included).
// Articles that fail (reading, analysis, storing) are counted and their lines printed, not swallowed.
// CPU time per stage (one worker only) is printed for the rounds after the first, whose JIT warm-up
// is excluded there; see bench/README.md.
// With --pg each round goes into a fresh PostgreSQL database ($PARLEY_BENCH_PG, an admin URL, default
// postgres://postgres@127.0.0.1:5432/postgres; created and dropped by the bench) instead of a SQLite file.
// Run: npm run build && node dist/bench/ingest.js [rounds] [--workers N] [--pg]
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import type pg from "pg";
import { adminClient, BENCH_PG_ADMIN, dropDatabase, scratchDatabase } from "./pg-scratch.js";
import { sharedDir } from "../src/paths.js";
import { loadAnalyzer } from "../src/pipeline/analyze.js";
import { openStore } from "../src/store/open.js";
import { runIngest, type ParallelAnalyzer } from "../src/ingest-run.js";
import { AnalysisPool } from "../src/scale/pool.js";
import { recordStageTimes, stageTimes } from "../src/util/stage-times.js";
import type { Analyzer } from "../src/pipeline/analyze.js";

const dir = join(sharedDir, "news", "wikinews");
if (!existsSync(dir)) {
  console.log(`skipped: ${dir} is absent`);
  process.exit(0);
}
const args = process.argv.slice(2);
const wi = args.indexOf("--workers");
const workers = wi >= 0 ? Number(args.splice(wi, 2)[1]) : 1;
const pi = args.indexOf("--pg");
const usePg = pi >= 0 && args.splice(pi, 1).length > 0;
const rounds = Number(args[0] ?? 3);
const mb = (n: number) => (n / 2 ** 20).toFixed(0);
const cpuOf = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1e6;

const cpu0 = process.cpuUsage();
const l0 = performance.now();
let pool: AnalysisPool | undefined;
const analyzer: Analyzer | ParallelAnalyzer = workers > 1 ? await (pool = new AnalysisPool({ size: workers })).start() : await loadAnalyzer();
const loadMs = performance.now() - l0;
console.log(`pipeline load: ${(loadMs / 1000).toFixed(2)} s wall, ${cpuOf(process.cpuUsage(cpu0)).toFixed(2)} s CPU, RSS ${mb(process.memoryUsage().rss)} MiB`);

const tmp = mkdtempSync(join(tmpdir(), "parley-bench-"));
// PostgreSQL: one database per round, made here and dropped at the end.
let admin: pg.Client | undefined;
if (usePg) {
  const c = await adminClient();
  if (typeof c === "string") {
    console.log(`skipped: no PostgreSQL at ${BENCH_PG_ADMIN} (${c})`);
    process.exit(0);
  }
  admin = c;
}
const pgDbs: string[] = [];
async function storeFor(r: number): Promise<string> {
  if (!admin) return join(tmp, `r${r}.db`);
  const name = `parley_ingest_bench_${process.pid}_${r}`;
  pgDbs.push(name);
  return scratchDatabase(admin, name);
}
let articles = 0, sentences = 0, events = 0, failed = 0, peak = 0, wall = 0;
// the V8 heap (reserved, used) and array buffers (the models' weights) when RSS was highest
let peakParts = "";
const failures: string[] = [];
const perRound: { wall: number; cpu: number; sentences: number }[] = [];
const cpuStart = process.cpuUsage(cpu0);
try {
  for (let r = 0; r < rounds; r++) {
    // A fresh store each round: every article is new, so each round does the full work.
    const store = await openStore(await storeFor(r));
    if (r === 1) recordStageTimes(true); // stages of the warm rounds only
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const s = await runIngest({ sources: [dir], opts: {}, db: store.db, analyzer, report: (line) => void failures.push(line) });
    const w = performance.now() - t0;
    perRound.push({ wall: w / 1000, cpu: cpuOf(process.cpuUsage(c0)), sentences: s.sentences });
    wall += w;
    await store.close();
    articles += s.new;
    sentences += s.sentences;
    events += s.events;
    failed += s.failed;
    const m = process.memoryUsage();
    if (m.rss > peak) peakParts = `heap ${mb(m.heapTotal)} MiB (${mb(m.heapUsed)} used), array buffers ${mb(m.arrayBuffers)} MiB`;
    peak = Math.max(peak, m.rss);
  }
} finally {
  await pool?.close();
  rmSync(tmp, { recursive: true, force: true });
  for (const name of pgDbs) await dropDatabase(admin!, name);
  await admin?.end();
}
const cpu = process.cpuUsage(cpu0);
const cpuSec = (cpu.user + cpu.system - cpuStart.user - cpuStart.system) / 1e6;
const sec = wall / 1000;
console.log(`store: ${admin ? "PostgreSQL" : "SQLite"}; workers: ${workers}; load average ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
console.log(`${rounds} rounds: ${articles} articles, ${sentences} sentences, ${events} events, ${failed} failed in ${sec.toFixed(2)} s wall (${cpuSec.toFixed(2)} s CPU)`);
console.log(`articles/s: ${(articles / sec).toFixed(1)} wall, ${(articles / cpuSec).toFixed(1)} per CPU-second`);
console.log(`sentences/s: ${(sentences / sec).toFixed(0)} wall, ${(sentences / cpuSec).toFixed(0)} per CPU-second`);
console.log(`per round: ${perRound.map((p) => `${p.wall.toFixed(2)} s wall / ${p.cpu.toFixed(2)} s CPU`).join("; ")}`);
const warm = perRound.slice(1);
if (warm.length) {
  const ws = warm.reduce((a, p) => a + p.sentences, 0), ww = warm.reduce((a, p) => a + p.wall, 0), wc = warm.reduce((a, p) => a + p.cpu, 0);
  console.log(`rounds after the first: sentences/s ${(ws / ww).toFixed(0)} wall, ${(ws / wc).toFixed(0)} per CPU-second`);
  if (workers === 1) {
    const st = [...stageTimes()];
    const staged = st.reduce((a, [, t]) => a + t.ms, 0);
    const per = (ms: number) => `${(ms / warm.length).toFixed(0)} ms (${((100 * ms) / (wc * 1000)).toFixed(1)} %)`;
    console.log(`CPU per round by stage (rounds after the first): ${st.map(([k, t]) => `${k} ${per(t.ms)}`).join(", ")}, other (reading, hash checks, run log) ${per(wc * 1000 - staged)}`);
  }
}
if (failed) {
  console.log(`failures (${failed}; first round's lines):`);
  for (const line of failures.slice(0, failed / rounds || failures.length)) console.log(`  ${line}`);
}
console.log(`peak RSS: ${mb(Math.max(peak, process.memoryUsage().rss))} MiB sampled after each round (${peakParts}); maxRSS ${mb(process.resourceUsage().maxRSS * 1024)} MiB`);
if (failed) process.exitCode = 1;
