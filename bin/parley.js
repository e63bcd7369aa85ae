#!/usr/bin/env node
// Thin launcher: the CLI is compiled from src/cli by `npm install` (prepare) or `npm run build`.
import { existsSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const entry = new URL("../dist/src/cli/main.js", import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  console.error("parley: the compiled CLI is missing; run `npm install` (or `npm run build`) in the parley folder first.");
  process.exit(2);
}
// The CLI's modules in one file (scripts/bundle-cli.mjs; fewer files to load at start), unless a later
// `tsc` has compiled the modules afresh without it: then they are newer and run as they are.
const bundle = new URL("../dist/src/cli/main.bundle.js", import.meta.url);
const fresh = (() => {
  try {
    return statSync(bundle).mtimeMs >= statSync(entry).mtimeMs;
  } catch {
    return false;
  }
})();
const { main } = await import((fresh ? bundle : entry).href);
process.exitCode = await main(process.argv);
