// `parley ingest --workers 2` stores what `--workers 1` stores: the real pipeline on the bundled examples
// (plus a repeated text and a missing file), events exported as JSON Lines compared byte for byte with
// only the ingest timestamps blanked. Also: the pool keeps article order and reports analysis failures.
import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { tempDir } from "./helpers/tmp.js";
import { AnalysisPool } from "../src/scale/pool.js";
import { packageRoot } from "../src/paths.js";

const BIN = join(packageRoot, "bin", "parley.js");
const parley = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });

test("ingest --workers 2 exports the same events as --workers 1 (real pipeline)", { timeout: 300_000 }, () => {
  const dir = tempDir("parley-workers-");
  const src = join(dir, "in");
  const examples = join(packageRoot, "examples");
  spawnSync("mkdir", ["-p", src]);
  for (const f of readdirSync(examples)) copyFileSync(join(examples, f), join(src, f));
  // A repeat of one text (stored once) and more articles than threads, so order matters.
  copyFileSync(join(examples, "2024-05-08-rafah-crossing.txt"), join(src, "zz-repeat.txt"));
  writeFileSync(join(src, "b-short.txt"), "Egypt urged Israel to reopen the Rafah crossing on Tuesday.\n");
  writeFileSync(join(src, "c-short.txt"), "Hamas rejected the proposal that Qatar delivered, officials said.\n");
  const exports = [1, 2].map((n) => {
    const db = join(dir, `w${n}.db`);
    const r = parley(["ingest", src, "--workers", String(n), "--date", "2024-05-08", "--db", db]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /articles: 4 new, 1 unchanged, 0 failed/);
    const out = parley(["events", "--db", db, "--format", "jsonl"]);
    assert.equal(out.status, 0, out.stderr);
    return out.stdout.replace(/"ingestedAt":"[^"]*"/g, '"ingestedAt":""');
  });
  assert.ok(exports[0].split("\n").length > 5, "the examples give events");
  assert.equal(exports[1], exports[0]);
});

test("the pool answers each article with its own document and turns a thread's error into a rejection", { timeout: 60_000 }, async () => {
  const loaderUrl = new URL("./helpers/fake-analyzer-module.js", import.meta.url).href;
  process.env.PARLEY_FAKE_THROW_ON = "BOOM";
  const pool = await new AnalysisPool({ size: 2, loaderUrl }).start();
  try {
    const article = (i: number, text: string) => ({
      id: `a${i}`, hash: `h${i}`, text, title: null, byline: null, url: null, source: `s${i}`, publisher: null,
      date: "2024-05-08", dateOrigin: "option" as const, dateline: null, bodyStart: 0, meta: {},
    });
    const texts = Array.from({ length: 9 }, (_, i) => (i === 4 ? "BOOM went the test." : `Israel met Qatar ${i} times.`));
    const results = await Promise.allSettled(texts.map((t, i) => pool.analyze(article(i, t))));
    results.forEach((r, i) => {
      if (i === 4) assert.equal(r.status, "rejected");
      else {
        assert.equal(r.status, "fulfilled");
        const doc = (r as PromiseFulfilledResult<Awaited<ReturnType<AnalysisPool["analyze"]>>>).value;
        assert.equal(doc.article.id, `a${i}`);
        assert.equal(doc.spanText(0, 1), "Israel", "the document has its methods back");
      }
    });
  } finally {
    delete process.env.PARLEY_FAKE_THROW_ON;
    await pool.close();
  }
});
