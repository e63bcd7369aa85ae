// `parley recode` with the real pipeline on the first seed article: it reuses the stored parse when the
// models are unchanged, applies a rule switched off, comes back to the same events when coded as before,
// records which coding produced the article, and refuses unknown articles before doing anything.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { join } from "node:path";
import { examplesDir, packageRoot } from "../src/paths.js";
import { openStore } from "../src/store/open.js";
import { tempDir } from "./helpers/tmp.js";

function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [join(packageRoot, "bin", "parley.js"), ...args], { env: { ...process.env, NO_COLOR: "1" }, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, out: stdout, err: stderr }));
  });
}

const seed = join(examplesDir, "2024-02-08-gaza-ceasefire-talks.txt");
const events = async (db: string) => (await run(["events", "--db", db, "--format", "jsonl"])).out.split("\n").filter(Boolean)
  .map((l) => JSON.parse(l)).map((e) => `${e.source?.code}>${e.target?.code}:${e.cameo}@${e.trigger.text}:${e.rules.join("+")}`);

test("recode reuses the stored parse, applies the rules given now, and is undone by recoding as before", async () => {
  const db = join(tempDir("parley-recode-"), "r.db");
  assert.equal((await run(["ingest", "--quiet", "--db", db, seed])).code, 0);
  const original = await events(db);

  const off = await run(["recode", "--all", "--db", db, "--without-rule", "repair.clause-read-as-preposition"]);
  assert.equal(off.code, 0, off.err);
  assert.match(off.out, /articles: 1 recoded \(1 from the stored parse\), 0 failed/);
  const changed = await events(db);
  assert.notDeepEqual(changed, original);
  assert.ok(!changed.some((e) => e.includes("repair.clause-read-as-preposition")));

  const back = await run(["recode", "--all", "--db", db, "--reparse"]);
  assert.match(back.out, /1 recoded \(0 from the stored parse\)/);
  assert.deepEqual(await events(db), original, "coded as at ingest, the events are the same");
  const reused = await run(["recode", "--all", "--db", db]);
  assert.match(reused.out, /1 recoded \(1 from the stored parse\)/);
  assert.deepEqual(await events(db), original, "the stored parse read back codes exactly what the fresh parse did");

  const store = await openStore(db);
  const codings = await store.db.selectFrom("codings").selectAll().orderBy("id").execute();
  const article = await store.db.selectFrom("articles").select("coding_id").executeTakeFirstOrThrow();
  await store.close();
  assert.equal(codings.length, 2, "ingest's coding and the one without the rule");
  assert.deepEqual(JSON.parse(codings[1].without_rules), ["repair.clause-read-as-preposition"]);
  assert.equal(article.coding_id, codings[0].id, "recoded as at ingest: the first coding again");
  assert.equal(JSON.parse(codings[0].verbs)[0].name, "built-in");
});

test("recode refuses an unknown article, and needs articles or --all", async () => {
  const db = join(tempDir("parley-recode-"), "r.db");
  assert.equal((await run(["ingest", "--quiet", "--db", db, seed])).code, 0);
  const bad = await run(["recode", "nosuchid", "--db", db]);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /nosuchid/);
  assert.equal((await run(["recode", "--db", db])).code, 2);
});
