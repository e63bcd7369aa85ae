// Per-run dictionaries: `parley ingest --actors F` extends the built-in actors for that run only.
import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../src/cli/main.js";
import { openStore } from "../src/store/open.js";
import { listEvents } from "../src/store/queries.js";
import { tempDir } from "./helpers/tmp.js";

const text = "Xavier Quimby accused Israel of lying about the talks.\n";

async function sourceCodes(dbPath: string): Promise<(string | null | undefined)[]> {
  const store = await openStore(dbPath);
  try {
    return (await listEvents(store.db)).map((e) => e.source?.code);
  } finally {
    await store.close();
  }
}

test("ingest --actors adds an analyst's dictionary for one run", async () => {
  const dir = tempDir();
  const article = join(dir, "a.txt");
  writeFileSync(article, text);
  const dict = join(dir, "mine.txt");
  writeFileSync(dict, "[people]\nXavier Quimby | FRAGOV fm\n");

  const plain = join(dir, "plain.db");
  assert.equal(await main(["node", "parley", "ingest", article, "--db", plain, "--quiet", "--date", "2024-05-08"]), 0);
  assert.ok(!(await sourceCodes(plain)).includes("FRAGOV"), "without the dictionary the name is unknown");

  const withDict = join(dir, "dict.db");
  assert.equal(await main(["node", "parley", "ingest", article, "--db", withDict, "--quiet", "--date", "2024-05-08", "--actors", dict]), 0);
  assert.ok((await sourceCodes(withDict)).includes("FRAGOV"), "with --actors the person is coded");
});

test("ingest --replace-actors without --actors is a one-line user error", async () => {
  const dir = tempDir();
  const errors: string[] = [];
  const orig = console.error;
  console.error = (m: string) => { errors.push(String(m)); };
  try {
    const rc = await main(["node", "parley", "ingest", join(dir, "x.txt"), "--db", join(dir, "x.db"), "--replace-actors"]);
    assert.equal(rc, 2);
  } finally {
    console.error = orig;
  }
  assert.match(errors.join("\n"), /--replace-actors: give the dictionaries/);
});
