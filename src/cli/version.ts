// parley's version, read from the package's own package.json at run time (not compiled in,
// so dist/ holds no copy of package.json that could be mistaken for the package root).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../paths.js";

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8")) as { name: string; version: string };
  return pkg.version;
}
