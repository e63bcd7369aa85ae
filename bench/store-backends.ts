// Store write throughput, SQLite vs PostgreSQL: the wikinews folder is analysed once (real pipeline), then
// its analyses are written `copies` times over (each copy with its own text hash, so every write is new)
// into a fresh SQLite file, a fresh PostgreSQL database with one writer, and one with two writers at once.
// Analysis is left out, so the figures are the store's alone.
// Run: npm run build && node dist/bench/store-backends.js [copies]   (PostgreSQL: $PARLEY_BENCH_PG, default
// postgres://postgres@127.0.0.1:5432/postgres, an admin URL; the bench database is created and dropped)
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { adminClient, BENCH_PG_ADMIN, dropDatabase, scratchDatabase } from "./pg-scratch.js";
import { sharedDir } from "../src/paths.js";
import { loadAnalyzer } from "../src/pipeline/analyze.js";
import { openStore } from "../src/store/open.js";
import { saveAnalysis } from "../src/store/save.js";
import { runIngest } from "../src/ingest-run.js";
import type { AnalysedDoc } from "../src/text/analysed.js";

const dir = join(sharedDir, "news", "wikinews");
if (!existsSync(dir)) {
  console.log(`skipped: ${dir} is absent`);
  process.exit(0);
}
const copies = Number(process.argv[2] ?? 10);

const analyzer = await loadAnalyzer();
const docs: AnalysedDoc[] = [];
const capture = { ...analyzer, analyze: (a: Parameters<typeof analyzer.analyze>[0]) => { const d = analyzer.analyze(a); docs.push(d); return d; } };
const scratch = await openStore(":memory:");
await runIngest({ sources: [dir], opts: {}, db: scratch.db, analyzer: capture, report: () => {} });
await scratch.close();
// A copy keeps the document's class (its methods) and takes an article of its own.
const work: AnalysedDoc[] = Array.from({ length: copies }, (_, c) => docs.map((d) => Object.assign(Object.create(Object.getPrototypeOf(d)), d, {
  article: { ...d.article, id: `${d.article.id}-c${c}`, hash: `${d.article.hash}-c${c}`, url: d.article.url && `${d.article.url}#c${c}` },
}))).flat();
const sentences = work.reduce((n, d) => n + d.sentences.length, 0);
console.log(`${work.length} articles (${docs.length} analysed × ${copies}), ${sentences} sentences`);

async function timeWrites(where: string, writers: number): Promise<number> {
  const stores = await Promise.all(Array.from({ length: writers }, () => openStore(where)));
  const t0 = performance.now();
  await Promise.all(stores.map(async (s, w) => {
    for (let k = w; k < work.length; k += writers) await saveAnalysis(s.db, work[k], analyzer.coding);
  }));
  const sec = (performance.now() - t0) / 1000;
  await Promise.all(stores.map((s) => s.close()));
  return sec;
}

const report = (label: string, sec: number) =>
  console.log(`${label}: ${(work.length / sec).toFixed(1)} articles/s, ${(sentences / sec).toFixed(0)} sentences/s (${sec.toFixed(2)} s)`);

const tmp = mkdtempSync(join(tmpdir(), "parley-bench-"));
try {
  report("sqlite, 1 writer", await timeWrites(join(tmp, "b.db"), 1));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const client = await adminClient();
if (typeof client === "string") {
  console.log(`postgres skipped: no server answers at ${BENCH_PG_ADMIN} (${client})`);
  process.exit(0);
}
for (const writers of [1, 2]) {
  const name = `parley_bench_${process.pid}_${writers}`;
  const url = await scratchDatabase(client, name);
  try {
    report(`postgres, ${writers} writer${writers > 1 ? "s" : ""}`, await timeWrites(url, writers));
  } finally {
    await dropDatabase(client, name);
  }
}
await client.end();
