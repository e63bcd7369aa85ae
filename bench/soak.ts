// Queue soak (issue #15): N small articles with unique texts go through the job queue into a fresh
// PostgreSQL database with W `parley worker` processes; one worker is killed with SIGKILL midway (no
// chance to finish its article) and started again. At the end every article must be stored exactly once:
// the stored hashes are compared with the hashes of what was enqueued (none lost, none twice), and the
// failed list must be empty. Prints the figures; exits 1 when the check fails.
// Run: npm run build && node dist/bench/soak.js [articles=100000] [workers=2] [kill-after-seconds=60; 0: none]
// ($PARLEY_BENCH_PG: an admin URL, default postgres://postgres@127.0.0.1:5432/postgres; $PARLEY_QUEUE:
// default redis://127.0.0.1:6379; the database and the queue are made for the run and removed after it)
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { textHash } from "../src/ingest/hash.js";
import { openQueue, parseQueueUrl } from "../src/scale/queue.js";
import { adminClient, BENCH_PG_ADMIN, dropDatabase, scratchDatabase } from "./pg-scratch.js";

const [n = 100_000, workers = 2, killAfter = 60] = process.argv.slice(2).map(Number);
const redis = process.env.PARLEY_QUEUE ?? "redis://127.0.0.1:6379";
const cli = fileURLToPath(new URL("../../bin/parley.js", import.meta.url));
const tag = `soak_${process.pid}_${Date.now().toString(36)}`;
const queueUrl = `${redis}${redis.includes("?") ? "&" : "?"}name=parley-${tag}`;

const client = await adminClient();
if (typeof client === "string") {
  console.log(`skipped: no PostgreSQL at ${BENCH_PG_ADMIN} (${client})`);
  process.exit(0);
}
const dbUrl = await scratchDatabase(client, tag);

// Small articles, each text different: a number, a place, its army and a day vary, and the articles' dates
// spread over two years, as a wire's would (all on one day, every article's events would be linking
// candidates of every other's).
const places = ["Gaza", "Kharkiv", "Mogadishu", "Khartoum", "Goma", "Sanaa", "Idlib", "Bamako", "Rakhine", "Tigray"];
const armies = ["Israeli", "Ukrainian", "Somali", "Sudanese", "Congolese", "Yemeni", "Syrian", "Malian", "Myanmar", "Ethiopian"];
const days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const text = (i: number) => `Officials said ${i % 97 + 2} people were killed in clashes near ${places[i % places.length]} on ${days[i % 7]} (report ${i}).\n` +
  `The ${armies[i % armies.length]} army said it had arrested ${i % 13 + 1} suspects.\n`;
const dateOf = (i: number) => new Date(Date.UTC(2023, 0, 1 + (i % 730))).toISOString().slice(0, 10);
const tmp = mkdtempSync(join(tmpdir(), "parley-soak-"));
const input = join(tmp, "soak.jsonl");
const lines: string[] = [];
const expected = new Set<string>();
for (let i = 0; i < n; i++) {
  const t = text(i);
  lines.push(JSON.stringify({ id: `soak-${i}`, date: dateOf(i), text: t }));
  expected.add(textHash(t));
}
writeFileSync(input, lines.join("\n") + "\n");

function run(args: string[]): ChildProcess & { done: Promise<number | null> } {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let err = "";
  child.stderr!.on("data", (d) => { err += d; });
  const done = new Promise<number | null>((resolve) => child.on("exit", (code) => {
    if (code) process.stderr.write(`parley ${args[0]} exited ${code}: ${err.split("\n").slice(-3).join(" | ")}\n`);
    resolve(code);
  }));
  return Object.assign(child, { done });
}

const queue = openQueue(parseQueueUrl(queueUrl));
let failedCheck = true;
try {
  const t0 = performance.now();
  if (await run(["enqueue", input, "--queue", queueUrl]).done !== 0) throw new Error("enqueue failed");
  const tEnqueue = (performance.now() - t0) / 1000;
  console.log(`enqueued ${n} articles in ${tEnqueue.toFixed(1)} s (${(n / tEnqueue).toFixed(0)}/s)`);

  const args = ["worker", "--until-empty", "--quiet", "--queue", queueUrl, "--db", dbUrl];
  const t1 = performance.now();
  const procs = Array.from({ length: workers }, () => run(args));
  // kill-after 0: no worker is killed (the throughput run of bench/queue.ts)
  if (killAfter > 0) {
    await new Promise((r) => setTimeout(r, killAfter * 1000));
    const before = (await queue.getJobCounts("completed")).completed;
    procs[0].kill("SIGKILL");
    await procs[0].done;
    console.log(`killed one worker (SIGKILL) after ${killAfter} s with ${before} articles done; started it again`);
    procs[0] = run(args);
  }
  const codes = await Promise.all(procs.map((p) => p.done));
  // A worker that saw the queue empty while the killed worker's job was still locked may stop early:
  // the job comes back when its lock runs out, so drain what is left with one more worker.
  let counts = await queue.getJobCounts("waiting", "active", "delayed", "completed", "failed");
  while (counts.waiting + counts.active + counts.delayed > 0) {
    await run(args).done;
    counts = await queue.getJobCounts("waiting", "active", "delayed", "completed", "failed");
  }
  const tWork = (performance.now() - t1) / 1000;

  const store = new pg.Client({ connectionString: dbUrl });
  await store.connect();
  const rows = (await store.query<{ hash: string }>("SELECT hash FROM articles")).rows;
  const events = Number((await store.query<{ n: string }>("SELECT count(*) AS n FROM events")).rows[0].n);
  await store.end();
  const stored = new Set(rows.map((r) => r.hash));
  const missing = [...expected].filter((h) => !stored.has(h)).length;
  const extra = [...stored].filter((h) => !expected.has(h)).length;
  const twice = rows.length - stored.size;
  console.log(`${workers} workers: ${n} articles in ${tWork.toFixed(1)} s, ${(n / tWork).toFixed(1)} articles/s (worker exit codes ${codes.join(", ")})`);
  console.log(`stored ${rows.length} articles (${stored.size} distinct texts), ${events} events; missing ${missing}, stored twice ${twice}, unexpected ${extra}`);
  console.log(`queue: ${counts.completed} done, ${counts.failed} failed`);
  failedCheck = missing > 0 || twice > 0 || extra > 0 || counts.failed > 0;
  console.log(failedCheck ? "CHECK FAILED" : "check passed: every article stored exactly once, none failed");
} finally {
  await queue.obliterate({ force: true });
  await queue.close();
  await dropDatabase(client, tag);
  await client.end();
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(failedCheck ? 1 : 0);
