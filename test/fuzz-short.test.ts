// A short run of the fuzz harness (scripts/fuzz.mjs) over every target, as CI's share of the fuzzing habit
// (issue #18): 3 s a target, three side by side. A hang here is an input still running after 20 s, loose
// enough for a crowded CI machine; `npm run fuzz -- --seconds 1800` is the long run.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { packageRoot } from "../src/paths.js";
import { tempDir } from "./helpers/tmp.js";

test("fuzz harness: 3 s per target finds no crash and no hang, and every target ran inputs", { timeout: 120_000 }, () => {
  const out = join(tempDir("parley-fuzz-"), "out");
  const r = spawnSync(process.execPath, [join(packageRoot, "scripts", "fuzz.mjs"), "--seconds", "3", "--parallel", "3", "--hang-ms", "20000", "--out", out], { encoding: "utf8", timeout: 110_000 });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const rows = r.stdout.split("\n").filter((l) => /^[\w-]+ \| \d+ \|/.test(l));
  assert.equal(rows.length, 9, r.stdout);
  for (const row of rows) {
    const [target, inputs, , crashes, hangs] = row.split(" | ");
    assert.ok(Number(inputs) > 0, `${target}: no inputs`);
    assert.equal(Number(crashes) + Number(hangs), 0, row);
  }
});
