// Where parley keeps files it can always rebuild (the compiled name lists): $PARLEY_CACHE_DIR, else
// $XDG_CACHE_HOME/parley, else ~/.cache/parley. PARLEY_CACHE_DIR=off turns caching off.
import { homedir } from "node:os";
import { join } from "node:path";

/** The cache folder, or null when caching is off. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const own = env.PARLEY_CACHE_DIR;
  if (own === "off") return null;
  if (own) return own;
  return join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "parley");
}
