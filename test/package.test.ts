import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { packageRoot } from "../src/paths.js";

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]));

test("npm pack ships the compiled CLI, its models, data and examples, and no tests", () => {
  const pkg = JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8"));
  assert.equal(pkg.bin.parley, "bin/parley.js", "the command stays `parley`");
  assert.notEqual(pkg.name, "parley", "the npm name parley belongs to another package");
  assert.match(pkg.scripts.prepack ?? "", /tsc/, "prepack builds dist/");
  const r = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: packageRoot, encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  const packed = new Set<string>(JSON.parse(r.stdout)[0].files.map((f: { path: string }) => f.path));
  for (const need of ["bin/parley.js", "dist/src/cli/main.js", "dist/src/paths.js", "README.md", "LICENSE", "package.json"]) {
    assert.ok(packed.has(need), `${need} is not packed`);
  }
  for (const dir of ["models", "data", "examples"]) {
    for (const f of files(join(packageRoot, dir))) {
      const rel = relative(packageRoot, f);
      assert.ok(packed.has(rel), `${rel} is not packed`);
    }
  }
  for (const f of packed) assert.doesNotMatch(f, /^(dist\/test|dist\/bench|src|test|node_modules)\//, `${f} should not be packed`);
});
