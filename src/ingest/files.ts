// Files and directories: read with a size cap and plain-language errors; walk folders in a stable
// order with include/exclude globs.
import { constants, type Stats } from "node:fs";
import { open, readdir, realpath, type FileHandle } from "node:fs/promises";
import { join, relative, sep, isAbsolute } from "node:path";
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

/** What a path is when it is not a regular file, in words ("a FIFO (named pipe)"). */
function notRegular(st: Stats): string {
  if (st.isDirectory()) return "is a directory";
  if (st.isFIFO()) return "is a FIFO (named pipe), not a regular file";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "is a device, not a regular file";
  if (st.isSocket()) return "is a socket, not a regular file";
  return "is not a regular file";
}

/**
 * Opens a regular file for reading. O_NONBLOCK keeps opening a FIFO from waiting for a writer; the
 * type is then checked on the open handle, so a path swapped in between cannot slip past.
 */
export async function openRegular(path: string, maxBytes: number): Promise<{ handle: FileHandle; size: number }> {
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    throw new SourceError(path, fsReason(err));
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) throw new SourceError(path, notRegular(st));
    if (st.size > maxBytes) throw new SourceError(path, `file is ${bytes(st.size)}, over the ${bytes(maxBytes)} size limit`);
    return { handle, size: st.size };
  } catch (err) {
    await handle.close();
    throw err instanceof SourceError ? err : new SourceError(path, fsReason(err));
  }
}

/** Reads a whole regular file, refusing one larger than `maxBytes` before and while reading it. */
export async function readFileCapped(path: string, maxBytes: number): Promise<Uint8Array> {
  const { handle } = await openRegular(path, maxBytes);
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(64 * 1024);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (!bytesRead) break;
      total += bytesRead;
      // The file may grow after the size check.
      if (total > maxBytes) throw new SourceError(path, `file is over the ${bytes(maxBytes)} size limit`);
      chunks.push(chunk.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, total);
  } catch (err) {
    throw err instanceof SourceError ? err : new SourceError(path, fsReason(err));
  } finally {
    await handle.close();
  }
}

export type WalkEntry = { ok: true; path: string } | { ok: false; error: SourceError };

/**
 * Files under `dir` matching `include` and not `exclude`, sorted by path at each level so every run
 * sees the same order. Patterns match the path relative to `dir` ("/"-separated); a pattern without
 * "/" matches the file name anywhere. Hidden files and folders are skipped unless a pattern names them.
 * Symbolic links are not followed: each is reported as not read, unless `followSymlinks`, which
 * follows links to files whose real path is inside `dir` (links to folders are never followed: no cycles).
 */
export async function* walkDir(dir: string, include = DEFAULT_INCLUDE, exclude: string[] = [], followSymlinks = false): AsyncGenerator<WalkEntry> {
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
      } else if (e.isFile() && isIncluded(rel)) {
        yield { ok: true, path };
      } else if (e.isSymbolicLink() && isIncluded(rel)) {
        yield await symlinkEntry(dir, path, followSymlinks);
      }
    }
    // Depth-first in name order: a folder's files, then its subfolders.
    pending.unshift(...subdirs);
  }
}

/** A symbolic link met in a folder walk: read only when allowed and its target stays inside `dir`. */
async function symlinkEntry(dir: string, path: string, follow: boolean): Promise<WalkEntry> {
  if (!follow) return { ok: false, error: new SourceError(path, "is a symbolic link; not followed (--follow-symlinks to follow links inside the folder)") };
  let target: string, root: string;
  try {
    [target, root] = await Promise.all([realpath(path), realpath(dir)]);
  } catch (err) {
    return { ok: false, error: new SourceError(path, fsReason(err)) };
  }
  const rel = relative(root, target);
  if (!rel || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    return { ok: false, error: new SourceError(path, "is a symbolic link to a file outside the folder; not followed") };
  }
  return { ok: true, path };
}
