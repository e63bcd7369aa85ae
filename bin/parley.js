#!/usr/bin/env node
// Thin launcher: the CLI is compiled from src/cli by `npm install` (prepare) or `npm run build`.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const entry = new URL("../dist/src/cli/main.js", import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  console.error("parley: the compiled CLI is missing; run `npm install` (or `npm run build`) in the parley folder first.");
  process.exit(2);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv);
