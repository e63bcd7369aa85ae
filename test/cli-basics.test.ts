import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildProgram } from "../src/cli/main.js";
import { allCommands } from "../src/cli/help.js";
import { packageRoot } from "../src/paths.js";
import { FAKE_CLI, runCli } from "./helpers/cli.js";
import { tempDir } from "./helpers/tmp.js";

const pathOf = (c: { name(): string; parent: unknown }): string[] => {
  const names: string[] = [];
  for (let k: any = c; k; k = k.parent) names.unshift(k.name());
  return names.slice(1);
};

test("--version and -V print the package's version and exit 0", async () => {
  const { version } = JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8"));
  for (const flag of ["--version", "-V"]) {
    const r = await runCli([flag]);
    assert.equal(r.code, 0);
    assert.equal(r.stdout.trim(), version);
  }
});

test("every command's help shows --db, the environment variables, the exit statuses and examples of itself", () => {
  const program = buildProgram();
  let out = "";
  const cmds = allCommands(program);
  assert.ok(cmds.length >= 15, `only ${cmds.length} commands found`);
  for (const cmd of cmds) {
    out = "";
    cmd.configureOutput({ writeOut: (s) => (out += s), writeErr: (s) => (out += s) });
    cmd.outputHelp();
    const path = pathOf(cmd).join(" ");
    for (const needle of ["--db <path>", "PARLEY_DB", "PARLEY_SHARED", "NO_COLOR", "PARLEY_TOKEN", "HTTPS_PROXY", "Exit status: 0 ok, 1 some inputs failed", "Examples:\n"]) {
      assert.ok(out.includes(needle), `parley ${path} --help lacks "${needle}":\n${out}`);
    }
    const examples = out.slice(out.indexOf("Examples:"), out.indexOf("Environment:"));
    assert.match(examples, new RegExp(`\\$ (\\S+=\\S+ )?(nice )?parley ${path}`), `parley ${path}: examples should use the command itself`);
  }
});

test("exit statuses: 0 ok, 1 some inputs failed, 2 usage errors", async () => {
  const dir = tempDir();
  const db = join(dir, "x.db");
  const ok = join(dir, "ok.txt");
  writeFileSync(ok, "Israel attacked Hamas.");
  const cases: [string[], number][] = [
    [["ingest", ok, "--date", "2024-05-08", "--quiet", "--db", db], 0],
    [["events", "--db", db], 0],
    [["ingest", ok, join(dir, "missing.txt"), "--date", "2024-05-08", "--quiet", "--db", db], 1],
    [["--bogus"], 2],
    [["events", "--limit", "0", "--db", db], 2],
    [["events", "--format", "xml", "--db", db], 2],
    [["events", "--db", join(dir, "none.db")], 2],
    [["ingest"], 2],
    [["show"], 2],
    [["events", "--help"], 0],
  ];
  for (const [args, code] of cases) {
    const r = await runCli(args);
    assert.equal(r.code, code, `parley ${args.join(" ")} → ${r.code}, want ${code}; stderr: ${r.stderr}`);
    if (code === 2) assert.doesNotMatch(r.stderr, /\n\s+at /, "no stack trace for a usage error");
  }
  // With no command at all, the real launcher prints the help on stderr: a usage error.
  const bare = spawnSync(process.execPath, [join(packageRoot, "bin", "parley.js")], { encoding: "utf8" });
  assert.equal(bare.status, 2);
  assert.match(bare.stderr, /^Usage: parley/);
});

test("a closed pipe (`parley events | head -1`) ends quietly with status 0", () => {
  const dir = tempDir();
  const db = join(dir, "many.db");
  const text = join(dir, "many.txt");
  writeFileSync(text, "Israel attacked Hamas.\n".repeat(3000));
  const ingest = spawnSync(process.execPath, [FAKE_CLI, "ingest", text, "--date", "2024-05-08", "--quiet", "--db", db]);
  assert.equal(ingest.status, 0, String(ingest.stderr));
  const r = spawnSync("bash", ["-c", `"${process.execPath}" "${FAKE_CLI}" events --db "${db}" | head -n 1; echo "status \${PIPESTATUS[0]}" >&2`], {
    env: { ...process.env, NO_COLOR: "1" }, encoding: "utf8",
  });
  assert.match(r.stdout, /^ID\s+DATE/);
  assert.equal(r.stderr, "status 0\n");
});
