// A short content hash of a file or folder (names and bytes, in sorted order), computed once per process.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const cache = new Map<string, string>();

/** sha256 over the files under `dir` (or the file itself), their relative names included, in sorted order. */
export function contentHash(path: string): string {
  const hit = cache.get(path);
  if (hit) return hit;
  const h = createHash("sha256");
  const walk = (p: string) => {
    if (statSync(p).isDirectory()) {
      for (const f of readdirSync(p).sort()) if (!f.startsWith(".") && f !== "README.md") walk(join(p, f));
    } else {
      h.update(relative(path, p) || ".");
      h.update("\0");
      h.update(readFileSync(p));
    }
  };
  walk(path);
  const out = h.digest("hex").slice(0, 16);
  cache.set(path, out);
  return out;
}
