// The NER gazetteer compiled to one file, so a start reads it in a fraction of the time building it from the
// name packages takes. The file lives in the cache folder (src/util/cache-dir.ts), named by a hash of what the
// gazetteer is built from; the full key is stored inside and checked, so a stale or damaged file is rebuilt.
// The names are stored as string tables (util/string-table.ts) in a parts file (util/parts-file.ts): read
// back as typed-array views on the file and one string per table, with no object per name to allocate,
// hash and collect (issue #16: model load).
//
//   magic "PARLEYG2" · header: key, kind lists, capitals-only keys · parts: u16 kind-list index per entry;
//   the entries', prefixes' and words' string tables; f64 count per word
import { createHash } from "node:crypto";
import { join } from "node:path";
import { decodeParts, encodeParts, readPartsFile, writePartsFile } from "../../util/parts-file.js";
import { StringTable, tableOfParts, tableParts } from "../../util/string-table.js";
import type { FrozenTables, GazetteerTables } from "./gazetteer.js";

const MAGIC = "PARLEYG2";

interface Header { key: string; kinds: string[][]; capitalsOnly: string[] }

export function gazetteerCacheFile(dir: string, key: string): string {
  return join(dir, `gazetteer-${createHash("sha256").update(key).digest("hex").slice(0, 16)}.bin`);
}

export function encodeTables(key: string, t: GazetteerTables): Buffer | null {
  const kindIndex = new Map<string, number>();
  const kinds: string[][] = [];
  const kindOf = new Uint16Array(t.entryKeys.length);
  t.entryKinds.forEach((list, i) => {
    const name = list.join("\t");
    let k = kindIndex.get(name);
    if (k === undefined) { k = kinds.length; kindIndex.set(name, k); kinds.push(list); }
    kindOf[i] = k;
  });
  if (kinds.length > 0xffff) return null;
  return encodeParts(MAGIC, { key, kinds, capitalsOnly: t.capitalsOnly } satisfies Header, [
    ["kindOf", kindOf], ...tableParts("entry", StringTable.of(t.entryKeys)), ...tableParts("prefix", StringTable.of(t.prefixes)),
    ...tableParts("word", StringTable.of(t.words)), ["counts", Float64Array.from(t.counts)],
  ]);
}

/** The tables in `buf`, or null when it is not a cache file for `key` (another key, damaged, truncated). */
export function decodeTables(buf: Buffer, key: string): FrozenTables | null {
  try {
    const p = decodeParts<Header>(buf, MAGIC);
    if (!p || p.header.key !== key) return null;
    const entries = tableOfParts(p, "entry"), words = tableOfParts(p, "word");
    const kindOf = p.array("kindOf", "u16"), counts = p.array("counts", "f64");
    if (kindOf.length !== entries.size || kindOf.some((k) => k >= p.header.kinds.length) || counts.length !== words.size) return null;
    return { entries, kindOf, kinds: p.header.kinds, capitalsOnly: p.header.capitalsOnly, prefixes: tableOfParts(p, "prefix"), words, counts };
  } catch {
    return null;
  }
}

/** The cached tables for `key` in `dir`, or null. */
export function readCachedTables(dir: string | null, key: string): FrozenTables | null {
  const buf = dir ? readPartsFile(gazetteerCacheFile(dir, key)) : null;
  return buf ? decodeTables(buf, key) : null;
}

/** Writes the tables for next time; a cache that cannot be written (read-only home) is simply not used. */
export function writeCachedTables(dir: string | null, key: string, t: GazetteerTables): void {
  const buf = dir ? encodeTables(key, t) : null;
  if (dir && buf) writePartsFile(gazetteerCacheFile(dir, key), buf);
}
