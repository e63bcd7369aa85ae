import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../src/paths.js";
import { main } from "../src/cli/main.js";
import { loadLexicon } from "../src/events/lexicon.js";
import { tempDir } from "./helpers/tmp.js";

/** Runs the CLI with console.error captured. */
async function run(args: string[]): Promise<{ code: number; errors: string[] }> {
  const errors: string[] = [];
  const orig = console.error;
  console.error = (...a: unknown[]) => void errors.push(a.join(" "));
  try {
    return { code: await main(["node", "parley", ...args]), errors };
  } finally {
    console.error = orig;
    process.exitCode = undefined;
  }
}

test("parley verbs import writes a parley-format lexicon and reports rejected lines", async () => {
  const out = join(tempDir("parley-cli-"), "verbs.txt");
  const { code, errors } = await run(["verbs", "import", join(packageRoot, "test/fixtures/petrarch-verbs.txt"), "-o", out]);
  assert.equal(code, 0);
  assert.ok(errors.some((e) => /petrarch-verbs\.txt:25: rejected: bad code \[12x!\]/.test(e)));
  assert.match(errors.at(-1)!, /3 verb blocks, 5 verbs, 8 pattern lines → \d+ patterns over \d+ lemmas, 2 word classes, 3 lines rejected/);
  assert.match(readFileSync(out, "utf8"), /^127 spurn obj=&OFFERS/m);
  assert.ok(loadLexicon([out]).byLemma.has("spurn"));
});

test("parley verbs import on a missing file is one clear error", async () => {
  const { code, errors } = await run(["verbs", "import", "/nonexistent/verbs.txt"]);
  assert.equal(code, 2);
  assert.deepEqual(errors, ["parley: verb dictionary not found: /nonexistent/verbs.txt"]);
});

test("parley eval petrarch/plover on a missing records file is one clear error", async () => {
  for (const sub of ["petrarch", "plover"]) {
    const { code, errors } = await run(["eval", sub, "/nonexistent/records"]);
    assert.equal(code, 1);
    assert.equal(errors.length, 1);
    assert.match(errors[0], /^parley: \/nonexistent\/records: cannot read records/);
  }
});
