// Files and directories: read with a size cap and plain-language errors; walk folders in a stable
// order with include/exclude globs.
import { readFile, readdir, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import picomatch from "picomatch";
import { SourceError } from "../errors.js";
import { bytes } from "./http.js";

/** File kinds a directory walk picks up unless --include says otherwise. */
export const DEFAULT_INCLUDE = ["*.{txt,text,md,markdown,html,htm,xhtml,jsonl,ndjson,xml,rss,atom}"];

/** The reason an fs error gives, in words. */
export function fsReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied (cannot read it)";
  if (code === "EISDIR") return "is a directory";
  if (code === "ENOTDIR") return "a part of the path is not a directory";
  if (code === "ELOOP") return "too many levels of symbolic links";
  return `cannot read it (${code ?? (err as Error)?.message ?? String(err)})`;
}

/** Reads a whole file, refusing one larger than `maxBytes` before reading it. */
export async function readFileCapped(path: string, maxBytes: number): Promise<Uint8Array> {
  let size: number;
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw new SourceError(path, "is a directory");
    size = st.size;
  } catch (err) {
    if (err instanceof SourceError) throw err;
    throw new SourceError(path, fsReason(err));
  }
  if (size > maxBytes) throw new SourceError(path, `file is ${bytes(size)}, over the ${bytes(maxBytes)} size limit`);
  try {
    return await readFile(path);
  } catch (err) {
    throw new SourceError(path, fsReason(err));
  }
}

export type WalkEntry = { ok: true; path: string } | { ok: false; error: SourceError };

/**
 * Files under `dir` matching `include` and not `exclude`, sorted by path at each level so every run
 * sees the same order. Patterns match the path relative to `dir` ("/"-separated); a pattern without
 * "/" matches the file name anywhere. Hidden files and folders are skipped unless a pattern names them.
 * Symbolic links to folders are not followed (no cycles).
 */
export async function* walkDir(dir: string, include = DEFAULT_INCLUDE, exclude: string[] = []): AsyncGenerator<WalkEntry> {
  const isIncluded = picomatch(include.length ? include : DEFAULT_INCLUDE, { basename: true });
  const isExcluded = exclude.length ? picomatch(exclude, { basename: true, dot: true }) : () => false;
  const pending: string[] = [dir];
  while (pending.length) {
    const current = pending.shift()!;
    let entries;
    try {
      entries = await readdir(current, { withFileTypes: true });
    } catch (err) {
      yield { ok: false, error: new SourceError(current, fsReason(err)) };
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subdirs: string[] = [];
    for (const e of entries) {
      const path = join(current, e.name);
      const rel = relative(dir, path).split(sep).join("/");
      if (isExcluded(rel)) continue;
      if (e.isDirectory()) {
        if (!e.name.startsWith(".")) subdirs.push(path);
      } else if ((e.isFile() || e.isSymbolicLink()) && isIncluded(rel)) {
        yield { ok: true, path };
      }
    }
    // Depth-first in name order: a folder's files, then its subfolders.
    pending.unshift(...subdirs);
  }
}
