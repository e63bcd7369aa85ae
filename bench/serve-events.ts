// How fast GET /api/events answers one page from a store of 10,000 events: the app in-process
// (app.request, no socket) and over a loopback socket, for the first page, a deep page and an actor filter.
// Run: npm run build && node dist/bench/serve-events.js [events]
import { join } from "node:path";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { openStore } from "../src/store/open.js";
import { saveAnalysis } from "../src/store/save.js";
import { countEvents } from "../src/store/queries.js";
import { createApp } from "../src/server/app.js";
import { listen } from "../src/server/listen.js";
import { fakeAnalyzer } from "../test/helpers/fake-analyzer.js";
import { makeArticle } from "../test/helpers/articles.js";
import { median } from "./median.js";

const want = Number(process.argv[2] ?? 10_000);
const dir = mkdtempSync(join(tmpdir(), "parley-bench-serve-"));
const dbPath = join(dir, "bench.db");
const store = await openStore(dbPath);
const analyzer = fakeAnalyzer();
const sentences = ["Israel attacked Hamas in Rafah.", "Qatar met Egypt in Cairo.", "Hamas rejected Israel's proposal.", "Blinken urged Netanyahu to agree.", "Egypt urged Hamas to accept."];
const t0 = performance.now();
for (let k = 0; (await countEvents(store.db)) < want; k++) {
  const day = String(1 + (k % 28)).padStart(2, "0");
  const text = Array.from({ length: 10 }, (_, j) => sentences[(k + j) % sentences.length].replace(".", ` (report ${k}-${j}).`)).join(" ");
  await saveAnalysis(store.db, analyzer.analyze(makeArticle(text, { date: `2024-0${1 + (k % 9)}-${day}`, url: `https://example.org/${k}` })));
}
const total = await countEvents(store.db);
console.log(`store: ${total} events, filled in ${((performance.now() - t0) / 1000).toFixed(1)} s`);


async function time(label: string, get: () => Promise<Response>, rounds = 30) {
  await (await get()).text(); // warm-up
  const ms: number[] = [];
  for (let k = 0; k < rounds; k++) {
    const s = performance.now();
    const r = await get();
    await r.text();
    if (r.status !== 200) throw new Error(`${label}: ${r.status}`);
    ms.push(performance.now() - s);
  }
  console.log(`${label}: median ${median(ms).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms (${rounds} requests)`);
}

// Measure on a store opened afresh, as `parley serve` opens one (the fill's write-ahead log checkpointed on close).
await store.close();
const served = await openStore(dbPath);
const app = createApp(served.db, { token: "t", loadAnalyzer: async () => analyzer, webRoot: dir, readLimit: { max: 1e9, windowMs: 1000 } });
await time("in-process  /api/events?limit=100", () => Promise.resolve(app.request("/api/events?limit=100")));
await time("in-process  /api/events?limit=100&offset=9900", () => Promise.resolve(app.request(`/api/events?limit=100&offset=${total - 100}`)));
await time("in-process  /api/events?actor=Hamas&limit=100", () => Promise.resolve(app.request("/api/events?actor=Hamas&limit=100")));
await time("in-process  /api/events?format=csv&limit=100", () => Promise.resolve(app.request("/api/events?format=csv&limit=100")));
await time("in-process  /api/timeline", () => Promise.resolve(app.request("/api/timeline")), 10);
await served.close();
const server = await listen({ dbPath, host: "127.0.0.1", port: 0, token: "t", loadAnalyzer: async () => analyzer, print: () => {} });
await time("socket      /api/events?limit=100", () => fetch(`${server.url}api/events?limit=100`));
await server.close();
rmSync(dir, { recursive: true, force: true });
