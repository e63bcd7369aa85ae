// The NER gazetteer compiled to one file, so a start reads it in a fraction of the time building it from the
// name packages takes. The file lives in the cache folder (src/util/cache-dir.ts), named by a hash of what the
// gazetteer is built from; the full key is stored inside and checked, so a stale or damaged file is rebuilt.
//
//   magic "PARLEYG1" · u32 header length · header (UTF-8 JSON: key, kind lists, table sizes) ·
//   u16 kind-list index per entry · f64 count per word · four UTF-8 sections (u32 length each):
//   entry keys, capitals-only keys, prefixes, words, each joined by "\n"
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import type { GazetteerTables } from "./gazetteer.js";

const MAGIC = "PARLEYG1";

interface Header { key: string; kinds: string[][]; sizes: [number, number, number, number] }

export function gazetteerCacheFile(dir: string, key: string): string {
  return join(dir, `gazetteer-${createHash("sha256").update(key).digest("hex").slice(0, 16)}.bin`);
}

export function encodeTables(key: string, t: GazetteerTables): Buffer | null {
  const texts = [t.entryKeys, t.capitalsOnly, t.prefixes, t.words];
  // "\n" separates the keys: a key holding one (none does today) is not cached
  if (texts.some((list) => list.some((k) => k.includes("\n")))) return null;
  const kindIndex = new Map<string, number>();
  const kinds: string[][] = [];
  const idx = new Uint16Array(t.entryKeys.length);
  t.entryKinds.forEach((list, i) => {
    const name = list.join("\t");
    let k = kindIndex.get(name);
    if (k === undefined) { k = kinds.length; kindIndex.set(name, k); kinds.push(list); }
    idx[i] = k;
  });
  if (kinds.length > 0xffff) return null;
  const header: Header = { key, kinds, sizes: [t.entryKeys.length, t.capitalsOnly.length, t.prefixes.length, t.words.length] };
  const head = Buffer.from(JSON.stringify(header), "utf8");
  const counts = Float64Array.from(t.counts);
  const sections = texts.map((list) => Buffer.from(list.join("\n"), "utf8"));
  const u32 = (n: number) => { const b = Buffer.alloc(4); b.writeUInt32LE(n); return b; };
  // the f64 table starts on an 8-byte boundary of the file
  const before = 8 + 4 + head.length + idx.byteLength;
  const pad = Buffer.alloc((8 - (before % 8)) % 8);
  return Buffer.concat([
    Buffer.from(MAGIC, "ascii"), u32(head.length), head, Buffer.from(idx.buffer), pad, Buffer.from(counts.buffer),
    ...sections.flatMap((s) => [u32(s.length), s]),
  ]);
}

/** The tables in `buf`, or null when it is not a cache file for `key` (another key, damaged, truncated). */
export function decodeTables(buf: Buffer, key: string): GazetteerTables | null {
  try {
    if (buf.toString("ascii", 0, 8) !== MAGIC) return null;
    const headLen = buf.readUInt32LE(8);
    const header = JSON.parse(buf.toString("utf8", 12, 12 + headLen)) as Header;
    if (header.key !== key) return null;
    const [nEntries, nCaps, nPrefixes, nWords] = header.sizes;
    let off = 12 + headLen;
    const idx = new Uint16Array(nEntries);
    new Uint8Array(idx.buffer).set(buf.subarray(off, off + nEntries * 2));
    off += nEntries * 2;
    off += (8 - (off % 8)) % 8;
    const counts = new Float64Array(nWords);
    new Uint8Array(counts.buffer).set(buf.subarray(off, off + nWords * 8));
    off += nWords * 8;
    const lists = [nEntries, nCaps, nPrefixes, nWords].map((n) => {
      const len = buf.readUInt32LE(off);
      const text = buf.toString("utf8", off + 4, off + 4 + len);
      off += 4 + len;
      const list = n ? text.split("\n") : [];
      if (list.length !== n) throw new Error("wrong size");
      return list;
    });
    if (off !== buf.length) return null;
    const kinds = header.kinds;
    const entryKinds = new Array<string[]>(nEntries);
    for (let i = 0; i < nEntries; i++) entryKinds[i] = kinds[idx[i]];
    return { entryKeys: lists[0], entryKinds, capitalsOnly: lists[1], prefixes: lists[2], words: lists[3], counts };
  } catch {
    return null;
  }
}

/** The cached tables for `key` in `dir`, or null. */
export function readCachedTables(dir: string | null, key: string): GazetteerTables | null {
  if (!dir) return null;
  let buf: Buffer;
  try {
    buf = readFileSync(gazetteerCacheFile(dir, key));
  } catch {
    return null;
  }
  return decodeTables(buf, key);
}

/** Writes the tables for next time; a cache that cannot be written (read-only home) is simply not used. */
export function writeCachedTables(dir: string | null, key: string, t: GazetteerTables): void {
  if (!dir) return;
  const buf = encodeTables(key, t);
  if (!buf) return;
  try {
    mkdirSync(dir, { recursive: true });
    const file = gazetteerCacheFile(dir, key);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, buf);
    renameSync(tmp, file); // whole or not at all, whoever reads it meanwhile
  } catch {
    // no cache: the next start builds again
  }
}
