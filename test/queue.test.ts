// The job queue on the local Redis (127.0.0.1:6379, or PARLEY_TEST_REDIS) into the local PostgreSQL:
// articles enqueued twice are one job each, two `parley worker` processes (one stopped by SIGTERM midway)
// store every article exactly once, an article whose analysis fails is in the failed list with its reason.
// Skips, saying so, when no Redis or no PostgreSQL server answers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { runCli, startCli } from "./helpers/cli.js";
import { pgTestDatabase, PG_SKIP } from "./helpers/pg.js";
import { tempDir } from "./helpers/tmp.js";
import { openStore } from "../src/store/open.js";
import { openQueue, parseQueueUrl } from "../src/scale/queue.js";
import { listRuns } from "../src/store/runs.js";

const REDIS = process.env.PARLEY_TEST_REDIS ?? "redis://127.0.0.1:6379/0";

async function redisAnswers(): Promise<boolean> {
  const r = new Redis(REDIS, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 5000 });
  r.on("error", () => {});
  try {
    await r.connect();
    return (await r.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    r.disconnect();
  }
}

const redisUp = await redisAnswers();
const pgUrl = redisUp ? await pgTestDatabase("queue") : null;
const skip = !redisUp ? `no Redis server answers at ${new URL(REDIS).host} (start it, or set PARLEY_TEST_REDIS)` : !pgUrl ? PG_SKIP : undefined;

test("two workers on one queue store every article exactly once; a failing one is a dead letter with its reason", { skip, timeout: 180_000 }, async () => {
  const queueUrl = `${REDIS}?name=parley-test-${process.pid}-${randomBytes(3).toString("hex")}`;
  const dir = join(tempDir("parley-queue-"), "in");
  mkdirSync(dir);
  const N = 30;
  for (let i = 0; i < N; i++) writeFileSync(join(dir, `a${String(i).padStart(2, "0")}.txt`), `Israel met Qatar in round ${i} of the talks.\n`);
  writeFileSync(join(dir, "bad.txt"), "BOOM: Hamas rejected the plan.\n");
  const queue = openQueue(parseQueueUrl(queueUrl));
  try {
    const first = await runCli(["enqueue", dir, "--queue", queueUrl]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, new RegExp(`queued ${N + 1} articles`));
    const again = await runCli(["enqueue", dir, "--queue", queueUrl]);
    assert.match(again.stdout, new RegExp(`queued 0 articles \\(${N + 1} already queued`));

    const env = { PARLEY_FAKE_DELAY_MS: "60", PARLEY_FAKE_THROW_ON: "BOOM" };
    const args = ["worker", "--until-empty", "--queue", queueUrl, "--db", pgUrl!];
    const a = startCli(args, env);
    const b = startCli(args, env);
    // One worker is stopped midway: it finishes its article and leaves the rest to the other.
    for (let t = 0; (await queue.getJobCounts("completed")).completed < 5 && t < 600; t++) await new Promise((r) => setTimeout(r, 100));
    a.child.kill("SIGTERM");
    const [ra, rb] = await Promise.all([a.done, b.done]);
    assert.equal(ra.code, 0, ra.stderr);
    assert.equal(rb.code, 0, rb.stderr);
    const stored = (s: string) => Number(/worker: (\d+) new/.exec(s)?.[1] ?? NaN);
    assert.equal(stored(ra.stdout) + stored(rb.stdout), N, ra.stdout + rb.stdout);

    const status = await runCli(["queue", "status", "--queue", queueUrl, "--json"]);
    const s = JSON.parse(status.stdout);
    assert.deepEqual([s.waiting, s.active, s.delayed, s.done, s.failed], [0, 0, 0, N, 1]);
    assert.match(s.failures[0].source, /bad\.txt$/);
    assert.match(s.failures[0].reason, /analysis failed: .*BOOM/);

    const store = await openStore(pgUrl!);
    try {
      const rows = await store.db.selectFrom("articles").select("hash").execute();
      assert.equal(rows.length, N);
      assert.equal(new Set(rows.map((r) => r.hash)).size, N, "no text stored twice");
      // each worker's run is a row of the run log, closed with its counts, as an ingest's is
      const runs = await listRuns(store.db);
      assert.equal(runs.length, 2);
      assert.ok(runs.every((r) => r.finished_at !== null && r.command.startsWith("worker --queue redis://")), JSON.stringify(runs));
      assert.equal(runs.reduce((n, r) => n + (r.new_count ?? 0), 0), N);
      assert.equal(runs.reduce((n, r) => n + (r.failed_count ?? 0), 0), 1);
      assert.match(runs.map((r) => r.errors ?? "").join(" "), /bad\.txt: analysis failed/);
      // and the stored events are linked into clusters: the 30 "Israel met Qatar" are one event
      const events = await store.db.selectFrom("events").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
      const links = await store.db.selectFrom("cluster_links").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
      assert.ok(Number(events.n) >= N);
      assert.equal(Number(links.n), Number(events.n), "every event is in a cluster");
    } finally {
      await store.close();
    }
  } finally {
    await queue.obliterate({ force: true });
    await queue.close();
  }
});

test("parley worker honours --max-tokens-per-article: a longer article is a dead letter with the budget line, the batch goes on", { skip: redisUp ? undefined : `no Redis server answers at ${new URL(REDIS).host}`, timeout: 60_000 }, async () => {
  const queueUrl = `${REDIS}?name=parley-test-${process.pid}-${randomBytes(3).toString("hex")}`;
  const tmp = tempDir("parley-queue-budget-");
  const dir = join(tmp, "in");
  mkdirSync(dir);
  writeFileSync(join(dir, "short.txt"), "Israel met Qatar.\n");
  writeFileSync(join(dir, "long.txt"), "Israel met Qatar in Doha again and again for many hours of talks on the plan.\n");
  const queue = openQueue(parseQueueUrl(queueUrl));
  try {
    assert.equal((await runCli(["enqueue", dir, "--queue", queueUrl])).code, 0);
    const w = await startCli(["worker", "--until-empty", "--queue", queueUrl, "--db", join(tmp, "w.db"), "--max-tokens-per-article", "10"], { PARLEY_FAKE_BUDGET: "1" }).done;
    assert.equal(w.code, 0, w.stderr);
    assert.match(w.stdout, /worker: 1 new, 0 unchanged, 1 failed/);
    const s = JSON.parse((await runCli(["queue", "status", "--queue", queueUrl, "--json"])).stdout);
    assert.deepEqual([s.done, s.failed], [1, 1]);
    assert.match(s.failures[0].source, /long\.txt$/);
    assert.match(s.failures[0].reason, /has 17 tokens, over the budget of 10 \(--max-tokens-per-article\)/);
  } finally {
    await queue.obliterate({ force: true });
    await queue.close();
  }
});

test("--queue takes redis:// only, with one clear line", async () => {
  const r = await runCli(["queue", "status", "--queue", "amqp://127.0.0.1"]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^parley: --queue: only redis:\/\/ queues are supported/m);
});
