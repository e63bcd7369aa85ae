// Figures in the store: the migration that gives them their record (old rows carried over), a full
// record written and read back, re-ingest leaving them as they are, and the exports with their evidence.
import { test, test as nodeTest } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, Migrator, SqliteDialect } from "kysely";
import { Ajv } from "ajv";
import { migrationProvider } from "../src/store/migrations/index.js";
import { openStore } from "../src/store/open.js";
import { saveAnalysis } from "../src/store/save.js";
import { listFigures } from "../src/store/figures-read.js";
import { tableCounts } from "../src/store/queries.js";
import { renderFiguresCsv, renderFiguresJsonl, renderFiguresTable, FIGURE_CSV_HEADER } from "../src/export/figures.js";
import { packageRoot } from "../src/paths.js";
import type { Figure } from "../src/text/annotations.js";
import { fakeAnalyzer } from "./helpers/fake-analyzer.js";
import { makeArticle } from "./helpers/articles.js";
import { parseCsv, tmpDbPath } from "./helpers/store.js";
import { storeBackends } from "./helpers/pg.js";

const TEXT = "Doha: Israel attacked Hamas and 12 killed in the strike. Residents counted 3 killed later.";

/** A figure with every field filled, as the extractor would give it. */
function fullFigure(text: string): Figure {
  const start = text.indexOf("12");
  const claimant = text.indexOf("Residents");
  return {
    sentence: 0, kind: "killed", value: { min: 12, best: 12, max: null }, qualifier: "at least", valueRule: "digits",
    trigger: { text: "killed", start: start + 3, end: start + 9 },
    subjects: { text: "people", start, end: start + 2, code: "PSECVL", country: "PSE", sectors: ["CVL"], org: null },
    perpetrator: { text: "Israel", start: 0, end: 4, code: "ISR", country: "ISR", sectors: [], org: null },
    place: { text: "Doha", name: "Doha", country: "QAT", lat: 25.28, lon: 51.53, origin: "dateline" },
    period: { type: "cumulative", text: "since October 7", start: "2023-10-07", end: "2024-02-08", resolution: "clause" },
    asOf: "2024-02-08", claimant: { text: "Residents", start: claimant, end: claimant + 9 }, outlet: "Test Wire",
    verification: "unverified", addition: { text: "more feared", start: 1, end: 5 }, event: 0,
    evidence: { start: 6, end: 56 }, rules: ["figures.range"], start, end: start + 2, text: "12", tokenStart: 4, tokenEnd: 5,
  };
}

test("the figures migration carries rows of the first schema over to the figure record", async () => {
  const path = tmpDbPath();
  const sqlite = new SQLite(path);
  const db = new Kysely<any>({ dialect: new SqliteDialect({ database: sqlite }) });
  const migrator = new Migrator({ db, provider: migrationProvider });
  const before = await migrator.migrateTo("2026-12-01-001-event-rules");
  assert.equal(before.error, undefined);
  await db.insertInto("articles").values({
    id: "a1", hash: "h1", text: TEXT, source: "t", ref_date: "2024-02-08", date_origin: "option", body_start: 0, meta: "{}", version: 1, ingested_at: "x",
  }).execute();
  await db.insertInto("sentences").values({ article_id: "a1", idx: 0, char_start: 6, char_end: 56, token_start: 0, token_end: 11 }).execute();
  await db.insertInto("figures").values({
    article_id: "a1", idx: 0, sentence: 0, kind: "killed", value: 12, qualifier: "at least", reported_by: "Residents", unverified: 1,
    char_start: 32, char_end: 34, text: "12",
  }).execute();
  await db.destroy();
  const store = await openStore(path);
  try {
    const [f] = await listFigures(store.db);
    assert.deepEqual([f.kind, f.value.min, f.value.best, f.value.max, f.qualifier], ["killed", 12, 12, null, "at least"]);
    assert.deepEqual([f.claimant?.text, f.verification, f.asOf, f.evidence.start, f.evidence.end], ["Residents", "unverified", "2024-02-08", 6, 56]);
    assert.equal(f.sentenceText, TEXT.slice(6, 56));
  } finally {
    await store.close();
  }
});

for (const b of await storeBackends("figures")) {
  const test = (name: string, fn: () => Promise<void>) => nodeTest(`${b.name}: ${name}`, { skip: b.skip }, fn);

  test("a full figure record is written and read back; re-ingesting the article leaves the figures as they are", async () => {
    const store = await openStore(await b.fresh());
    try {
      const article = makeArticle(TEXT, { date: "2024-02-08", publisher: "Test Wire" });
      const analysed = fakeAnalyzer().analyze(article);
      const want = fullFigure(article.text);
      analysed.figures = [want];
      await saveAnalysis(store.db, analysed);
      const [got] = await listFigures(store.db);
      const { id, articleId, idx, eventId, sentenceText, article: a, ...record } = got;
      assert.deepEqual(record, want);
      assert.equal(eventId, (await store.db.selectFrom("events").select("id").where("idx", "=", 0).executeTakeFirstOrThrow()).id);
      assert.equal(sentenceText, article.text.slice(6, 56));
      assert.deepEqual([typeof id, articleId, idx, a.date], ["number", article.id, 0, "2024-02-08"]);

      const again = await saveAnalysis(store.db, fakeAnalyzer().analyze(article));
      assert.equal(again.status, "unchanged");
      assert.equal((await tableCounts(store.db)).figures, 1);
    } finally {
      await store.close();
    }
  });

  test("figure exports carry the events' evidence fields; JSON records follow docs/schema/figure.json", async () => {
    const store = await openStore(await b.fresh());
    try {
      const article = makeArticle(TEXT, { date: "2024-02-08", url: "https://example.org/a" });
      const analysed = fakeAnalyzer().analyze(article);
      analysed.figures.push({ ...fullFigure(article.text), event: null, subjects: null, claimant: null, place: null, addition: null });
      await saveAnalysis(store.db, analysed);
      const figures = await listFigures(store.db);
      assert.ok(figures.length >= 2);
      const schema = JSON.parse(readFileSync(join(packageRoot, "docs", "schema", "figure.json"), "utf8"));
      const validate = new Ajv({ strict: false, allowUnionTypes: true }).compile(schema);
      for (const line of renderFiguresJsonl(figures).trim().split("\n")) {
        const rec = JSON.parse(line) as { evidence: { start: number; end: number; text: string } };
        const valid = validate(JSON.parse(line));
        assert.ok(valid, JSON.stringify(validate.errors));
        assert.deepEqual(Object.keys(rec.evidence), ["article", "start", "end", "sentence", "text"]);
        assert.equal(rec.evidence.text, article.text.slice(rec.evidence.start, rec.evidence.end));
      }
      const rows = parseCsv(renderFiguresCsv(figures));
      assert.deepEqual(rows[0], FIGURE_CSV_HEADER);
      for (const col of ["evidence_start", "evidence_end", "evidence_text", "url", "claimant", "verification", "as_of"]) assert.ok(rows[0].includes(col), col);
      const at = (r: string[], c: string) => r[rows[0].indexOf(c)];
      assert.equal(at(rows[1], "evidence_text"), article.text.slice(Number(at(rows[1], "evidence_start")), Number(at(rows[1], "evidence_end"))));
      assert.match(renderFiguresTable(figures), /\(\d+ figures\)\n$/);
    } finally {
      await store.close();
    }
  });
}
