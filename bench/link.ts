// Linking work for one new article as the store grows: stores of 1,000 and 10,000 synthetic articles
// (8 events each, 30 countries, 10 CAMEO roots) with dates over two years, and 10,000 over twenty years
// (the density of the first), then one more article of 8 events linked with linkEvents. The work follows
// the events near the new article's dates (found by index), not the size of the store. The stores' own events are put into singleton clusters by SQL first (linking
// 80,000 events one by one would only slow the set-up); the timed part is the incremental pass itself.
// Run: npm run build && node dist/bench/link.js [rounds]
import { sql, type Kysely } from "kysely";
import { openStore } from "../src/store/open.js";
import type { Database } from "../src/store/schema.js";
import { linkEvents } from "../src/stories/link-store.js";

const rounds = Number(process.argv[2] ?? 5);
const COUNTRIES = Array.from({ length: 30 }, (_, k) => String.fromCharCode(65 + (k % 26), 65 + ((k * 7) % 26), 65 + ((k * 3) % 26)));
const CODES = ["010", "036", "040", "046", "057", "111", "120", "138", "173", "190"];
const START = Date.parse("2023-01-01T00:00:00Z");

/** A small deterministic generator, so every run builds the same store. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

async function fill(db: Kysely<Database>, articles: number, days: number, rnd: () => number) {
  for (let a = 0; a < articles; a += 200) {
    await db.transaction().execute(async (trx) => {
      for (let k = a; k < Math.min(a + 200, articles); k++) await addArticle(trx, k, days, rnd);
    });
  }
}

async function addArticle(db: Kysely<Database>, k: number, days: number, rnd: () => number) {
  const id = `a${k}`;
  const date = new Date(START + Math.floor(rnd() * days) * 86_400_000).toISOString().slice(0, 10);
  await db.insertInto("articles").values({
    id, hash: id, text: "x".repeat(2000), title: id, byline: null, url: null, source: id, publisher: `wire${k % 40}`, ref_date: date,
    date_origin: "metadata", dateline: null, body_start: 0, meta: "{}", version: 1, previous_version_id: null, superseded_by: null,
    ingested_at: `${date}T00:00:00.000Z`, coding_id: null,
  }).execute();
  for (let e = 0; e < 8; e++) {
    const s = COUNTRIES[Math.floor(rnd() * 30)], t = COUNTRIES[Math.floor(rnd() * 30)], code = CODES[Math.floor(rnd() * 10)];
    await db.insertInto("events").values({
      article_id: id, idx: e, sentence: e, source_text: s, source_code: `${s}GOV`, source_country: s, source_sectors: null, source_org: null, source_person: null,
      source_start: 0, source_end: 1, target_text: t, target_code: `${t}MIL`, target_country: t, target_sectors: null, target_org: null, target_person: null,
      target_start: 0, target_end: 1, cameo: code, root: code.slice(0, 2), quad_class: 1, goldstein: 0, plover_type: "CONSULT", plover_mode: null,
      trigger_text: "t", trigger_start: e * 100, trigger_end: e * 100 + 1, evidence_start: e * 100, evidence_end: e * 100 + 50, event_date: date, date_end: null,
      date_resolution: rnd() < 0.5 ? "reference" : "clause", date_text: null, attribution_text: null, attribution_code: null, attribution_start: null,
      attribution_end: null, modality: "asserted", confidence: 0.8, place_text: null, place_name: null, place_country: null, place_lat: null,
      place_lon: null, place_origin: null, explain: null,
    }).execute();
  }
}

async function singletonClusters(db: Kysely<Database>) {
  await sql`insert into event_clusters (id, representative, cameo, root, source_code, target_code, event_date, factual, num_mentions, num_sources, num_articles, first_seen, last_seen)
    select e.id, e.id, e.cameo, e.root, e.source_code, e.target_code, e.event_date, 1, 1, 1, 1, a.ref_date, a.ref_date
    from events e join articles a on a.id = e.article_id where e.id not in (select event_id from cluster_links)`.execute(db);
  await sql`insert into cluster_links (event_id, cluster_id, score, reasons, background)
    select e.id, e.id, 1, '[]', 0 from events e where e.id not in (select event_id from cluster_links)`.execute(db);
}

for (const [size, days] of [[1_000, 730], [10_000, 730], [10_000, 7300]]) {
  const store = await openStore(":memory:");
  const rnd = random(7);
  await fill(store.db, size, days, rnd);
  await singletonClusters(store.db);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const id = 1_000_000 + r;
    // the new article falls within the first two years, where every store has events
    await addArticle(store.db, id, 730, rnd);
    const s = await linkEvents(store.db, { articleIds: [`a${id}`] });
    times.push(s.seconds * 1000);
  }
  times.sort((a, b) => a - b);
  console.log(`${size} articles over ${days / 365} years (${size * 8} events, ${Math.round((size * 8) / days)} a day): linking one new article of 8 events ` +
    `takes ${times[Math.floor(times.length / 2)].toFixed(1)} ms (median of ${rounds}; max ${times[times.length - 1].toFixed(1)} ms)`);
  await store.close();
}
