import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FAKE_CLI } from "./helpers/cli.js";
import { tempDir } from "./helpers/tmp.js";
import { findConfig } from "../src/cli/config.js";

function cli(args: string[], cwd: string, env: Record<string, string> = {}) {
  const base = { ...process.env, NO_COLOR: "1" } as Record<string, string>;
  delete base.PARLEY_DB;
  return spawnSync(process.execPath, [FAKE_CLI, ...args], { cwd, env: { ...base, ...env }, encoding: "utf8" });
}

function project() {
  const root = tempDir("parley-config-");
  const sub = join(root, "work", "today");
  mkdirSync(sub, { recursive: true });
  writeFileSync(join(sub, "story.txt"), "Israel attacked Hamas. Qatar met Egypt.\n");
  return { root, sub };
}

test("parley.config.json found upwards sets the database and option defaults; flags and PARLEY_DB win", () => {
  const { root, sub } = project();
  writeFileSync(join(root, "parley.config.json"), JSON.stringify({
    db: "data/team.db",
    defaults: { ingest: { date: "2024-05-08", quiet: true }, events: { format: "jsonl", "min-confidence": 0.1 }, articles: { json: true } },
  }));
  assert.equal(findConfig(sub), join(root, "parley.config.json"));
  const ing = cli(["ingest", "story.txt"], sub);
  assert.equal(ing.status, 0, ing.stderr);
  assert.equal(ing.stdout, "", "quiet from the config");
  assert.ok(existsSync(join(root, "data", "team.db")), "db relative to the config file");
  const arts = JSON.parse(cli(["articles"], sub).stdout);
  assert.deepEqual(arts.map((a: { date: string }) => a.date), ["2024-05-08"], "--date from the config");
  const jsonl = cli(["events"], sub).stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
  assert.equal(jsonl.length, 2);
  assert.match(cli(["events", "--format", "csv"], sub).stdout, /^"id","article_id",/, "a typed flag wins");
  const other = join(root, "other.db");
  const env = cli(["ingest", "story.txt"], sub, { PARLEY_DB: other });
  assert.equal(env.status, 0, env.stderr);
  assert.ok(existsSync(other), "PARLEY_DB wins over the config's db");
  const flag = cli(["events", "--db", join(root, "none.db")], sub);
  assert.equal(flag.status, 2, "--db wins too");
});

test("--config names the file; .parleyrc is found too; the demo ignores the config's db", () => {
  const { root, sub } = project();
  writeFileSync(join(root, ".parleyrc"), JSON.stringify({ db: "rc.db", defaults: { ingest: { date: "2024-01-02", quiet: true } } }));
  assert.equal(cli(["ingest", "story.txt"], sub).status, 0);
  assert.ok(existsSync(join(root, "rc.db")));
  const named = join(root, "named.json");
  writeFileSync(named, JSON.stringify({ db: "named.db", defaults: { ingest: { date: "2024-01-03", quiet: true } } }));
  assert.equal(cli(["--config", named, "ingest", "story.txt"], sub).status, 0);
  assert.ok(existsSync(join(root, "named.db")));
  const demo = cli(["demo"], sub);
  assert.equal(demo.status, 0, demo.stderr);
  assert.ok(existsSync(join(sub, "parley-demo.db")), "the demo writes its own database");
});

test("a bad config file is one line naming the file and the problem, exit status 2", () => {
  const { root, sub } = project();
  const cfg = join(root, "parley.config.json");
  const cases: [unknown, RegExp][] = [
    [{ dbb: "x.db" }, /parley\.config\.json: the top level: must NOT have additional properties "dbb"/],
    [{ db: 3 }, /parley\.config\.json: \/db: must be string/],
    [{ defaults: { events: { colour: true } } }, /defaults\."events": `parley events` has no option --colour/],
    [{ defaults: { evnts: { format: "csv" } } }, /defaults\."evnts": there is no command `parley evnts`/],
    [{ defaults: { events: { since: "May" } } }, /defaults\."events"\.since: --since expects a date as YYYY, YYYY-MM or YYYY-MM-DD, got "May"/],
    [{ defaults: { events: { "all-versions": "yes" } } }, /--all-versions is a switch: use true or false/],
  ];
  for (const [content, want] of cases) {
    writeFileSync(cfg, JSON.stringify(content));
    const r = cli(["events", "--db", join(root, "x.db")], sub);
    assert.equal(r.status, 2, JSON.stringify(content));
    assert.match(r.stderr, want);
    assert.equal(r.stderr.trimEnd().split("\n").length, 1, r.stderr);
  }
  writeFileSync(cfg, "{ db: nope }");
  const broken = cli(["articles"], sub);
  assert.equal(broken.status, 2);
  assert.match(broken.stderr, /^parley: \S+parley\.config\.json:1: not valid JSON: /);
});

test("a user dictionary folder (--actors-dir, or actorsDir in the config) codes new actors", () => {
  const { root, sub } = project();
  const dicts = join(root, "my-actors");
  mkdirSync(dicts);
  writeFileSync(join(dicts, "people.txt"), "[people]\nZorblat Quux | EGYGOV\n");
  writeFileSync(join(dicts, "README.md"), "not a dictionary\n");
  const text = "Zorblat Quux met Qatar";
  const plain = cli(["actors", "code", text, "--date", "2024-01-01"], sub);
  assert.doesNotMatch(plain.stdout, /EGYGOV/);
  const flag = cli(["actors", "code", text, "--date", "2024-01-01", "--actors-dir", dicts], sub);
  assert.equal(flag.status, 0, flag.stderr);
  assert.match(flag.stdout, /^0-12\tEGYGOV\t/m);
  writeFileSync(join(root, "parley.config.json"), JSON.stringify({ actorsDir: "my-actors" }));
  assert.match(cli(["actors", "code", text, "--date", "2024-01-01"], sub).stdout, /^0-12\tEGYGOV\t/m);
  const missing = cli(["actors", "code", text, "--date", "2024-01-01", "--actors-dir", join(root, "nope")], sub);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /--actors-dir: no folder/);
});

test("--allow-private can be set in the config file (defaults.ingest); without it loopback is refused", async () => {
  const { startServer } = await import("./helpers/http-server.js");
  const { runCli } = await import("./helpers/cli.js");
  const server = await startServer({ "/story": (_q, res) => { res.writeHead(200, { "content-type": "text/plain" }); res.end("Israel met Qatar in Doha.\n"); } });
  try {
    const { root, sub } = project();
    const refused = await runCli(["ingest", `${server.base}/story`, "--db", join(root, "a.db"), "--quiet"], {}, sub);
    assert.equal(refused.code, 1, refused.stderr);
    assert.match(refused.stderr, /loopback/);
    writeFileSync(join(root, "parley.config.json"), JSON.stringify({ defaults: { ingest: { "allow-private": true, date: "2024-05-08" } } }));
    const allowed = await runCli(["ingest", `${server.base}/story`, "--db", join(root, "b.db"), "--quiet"], {}, sub);
    assert.equal(allowed.code, 0, allowed.stderr);
    assert.deepEqual(server.hits, ["/story"], "fetched once, with the config's switch");
  } finally {
    await server.close();
  }
});
