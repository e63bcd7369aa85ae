// Rules from the command line, with the real pipeline on the first seed article: `parley rules` lists the
// registry, `--without-rule ID` switches one off (an unknown id is a usage error), events carry the ids that
// shaped them in JSONL, and `parley show --explain` prints each event's frame, pattern and rules.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { execFile } from "node:child_process";
import { examplesDir, packageRoot } from "../src/paths.js";
import { tempDir } from "./helpers/tmp.js";

/** The real `parley` command in a child process (the TAP reporter shares this process's stdout). */
function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolvePromise) => {
    execFile(process.execPath, [join(packageRoot, "bin", "parley.js"), ...args], { env: { ...process.env, NO_COLOR: "1" }, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => resolvePromise({ code: error ? Number(error.code ?? 1) : 0, out: stdout, err: stderr }));
  });
}

const seed = join(examplesDir, "2024-02-08-gaza-ceasefire-talks.txt");
const killed = (jsonl: string) => jsonl.split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l))
  .find((e) => e.trigger.text === "killed" && e.evidence.text.includes("1,200 people"));

test("`parley rules --json` lists every rule with its stage and example", async () => {
  const r = await run(["rules", "--json"]);
  const rules = r.out.split("\n").filter(Boolean).map((l) => JSON.parse(l));
  assert.ok(rules.length >= 40);
  assert.ok(rules.every((x) => x.id.startsWith(`${x.stage}.`) && x.example.length > 10));
  assert.equal((await run(["rules", "--stage", "nope"])).code, 2);
});

test("--without-rule: an unknown id is refused; a known one changes what its rule did, and events name their rules", async () => {
  const dir = tempDir("parley-rules-");
  const bad = await run(["ingest", "--quiet", "--db", join(dir, "x.db"), "--without-rule", "targets.no-such-rule", seed]);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /unknown rule id: targets\.no-such-rule/);

  const withRule = join(dir, "on.db"), without = join(dir, "off.db");
  assert.equal((await run(["ingest", "--quiet", "--db", withRule, seed])).code, 0);
  assert.equal((await run(["ingest", "--quiet", "--db", without, "--without-rule", "repair.clause-read-as-preposition", seed])).code, 0);
  const on = killed((await run(["events", "--db", withRule, "--format", "jsonl"])).out);
  const off = killed((await run(["events", "--db", without, "--format", "jsonl"])).out);
  assert.equal(on.source.code, "PSEREBHMS", "Hamas militants killed, after 'after' read as a preposition");
  assert.ok(on.rules.includes("repair.clause-read-as-preposition"));
  assert.notEqual(off.source?.code, "PSEREBHMS");
  assert.ok(!off.rules.includes("repair.clause-read-as-preposition"));

  const show = await run(["show", on.articleId, "--explain", "--db", withRule]);
  assert.equal(show.code, 0);
  assert.match(show.out, /frame: "killed" \(kill, active, asserted\)/);
  assert.match(show.out, /pattern: data\/verbs\/18-assault\.txt:\d+/);
  assert.match(show.out, /repair\.clause-read-as-preposition: after a word that can introduce a clause/);
});
