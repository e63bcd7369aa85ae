// Figures and events read the shared clause layer and never each other: no import arrow between
// src/facts and src/events in either direction (linking a figure to its event reads both layers of the document).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../src/paths.js";

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
}

function importsInto(from: string, to: string): string[] {
  const out: string[] = [];
  for (const file of sources(join(packageRoot, "src", from))) {
    for (const m of readFileSync(file, "utf8").matchAll(/(?:import|export)[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)) {
      const spec = m[1] ?? m[2];
      if (new RegExp(`(^|/)\\.\\./${to}(/|$)|^\\.\\./\\.\\./${to}/`).test(spec)) out.push(`${file.slice(packageRoot.length + 1)} → ${spec}`);
    }
  }
  return out;
}

test("src/facts and src/events do not import each other", () => {
  assert.deepEqual(importsInto("facts", "events"), []);
  assert.deepEqual(importsInto("events", "facts"), []);
  assert.ok(sources(join(packageRoot, "src", "facts")).length >= 5, "the scan sees the figure modules");
});
