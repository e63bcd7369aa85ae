// The store's queries compiled for PostgreSQL (no server needed: Kysely's dummy driver runs them
// empty and the log shows the SQL). Guards the promise that a PostgreSQL backend can share them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { DummyDriver, Kysely, type CompiledQuery, type DatabaseConnection, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from "kysely";
import type { Database } from "../src/store/schema.js";
import { saveAnalysis } from "../src/store/save.js";
import { findArticle, listArticles, listEvents, tableCounts } from "../src/store/queries.js";
import { finishRun } from "../src/store/runs.js";
import { fakeAnalyzer } from "./helpers/fake-analyzer.js";
import { makeArticle, SAMPLE_TEXTS } from "./helpers/articles.js";

/** Kysely's dummy driver, except that an insert returning ids returns one (the save checks it inserted). */
class ReturningDriver extends DummyDriver {
  override async acquireConnection(): Promise<DatabaseConnection> {
    return {
      executeQuery: async <R>(q: CompiledQuery) => ({ rows: (/^insert .* returning "id"$/.test(q.sql) ? [{ id: "a1" }] : []) as R[] }),
      streamQuery: async function* () {},
    };
  }
}

const SQLITE_ONLY = /\b(ifnull|glob|strftime|julianday|json_\w+|group_concat|instr|printf|pragma|autoincrement|insert or|replace into)\b|\?/i;

test("every store query compiles to PostgreSQL without SQLite-only SQL", async () => {
  const sql: string[] = [];
  const db = new Kysely<Database>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new ReturningDriver(),
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
    log: (e) => { if (e.level === "query") sql.push(e.query.sql); },
  });
  const article = makeArticle(SAMPLE_TEXTS[0], { url: "https://example.org/a" });
  await saveAnalysis(db, fakeAnalyzer().analyze(article));
  await listArticles(db, { limit: 5 });
  await listEvents(db, { actor: "ISR", code: "19", plover: "ASSAULT", since: "2024-01-01", until: "2024-12-31", article: "x", place: "Doha", limit: 3 });
  await assert.rejects(findArticle(db, "ab"), /no article/);
  await tableCounts(db);
  await finishRun(db, 1, { new: 0, unchanged: 0, failed: 0, sentences: 0, events: 0 }, []);
  assert.ok(sql.length > 15, `${sql.length} statements`);
  for (const s of sql) assert.doesNotMatch(s, SQLITE_ONLY, s);
  assert.ok(sql.some((s) => /insert into "events" .* values \(\$1/.test(s)));
  assert.ok(sql.some((s) => /on conflict \("code"\) do nothing/.test(s)));
  assert.ok(sql.some((s) => /lower\("e"\."source_text"\) like \$\d+ escape '\\'/.test(s)));
  await db.destroy();
});
