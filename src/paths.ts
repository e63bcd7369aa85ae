// Where the package's own resources live, independent of the working directory.
import { fileURLToPath } from "node:url";
import { dirname, join, resolve } from "node:path";
import { existsSync } from "node:fs";

/** The package root (the folder with package.json), found from this file whether run from src/ or dist/src/. */
export const packageRoot: string = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let k = 0; k < 5; k++) {
    if (existsSync(join(dir, "package.json"))) return dir;
    dir = dirname(dir);
  }
  throw new Error("parley: cannot find the package root");
})();

export const modelsDir = join(packageRoot, "models");
export const dataDir = join(packageRoot, "data");
export const examplesDir = join(packageRoot, "examples");
/** The shared data folder (corpora, eval suites), beside the clone; may be absent. */
export const sharedDir = resolve(process.env.PARLEY_SHARED ?? join(packageRoot, "..", "shared"));
/** The built dashboard (scripts/build-web.mjs writes it; `parley serve` serves it). */
export const webDir = join(packageRoot, "dist", "web");
