// The NER gazetteer compiled to one file, so a start reads it in a fraction of the time building it from the
// name packages takes. The file lives in the cache folder (src/util/cache-dir.ts), named by a hash of what the
// gazetteer is built from; the full key is stored inside and checked, so a stale or damaged file is rebuilt.
// The names are stored as string tables (util/string-table.ts): read back as typed-array views on the file
// and one string per table, with no object per name to allocate, hash and collect (issue #16: model load).
//
//   magic "PARLEYG2" · u32 header length · header (UTF-8 JSON: key, kind lists, capitals-only keys, the
//   length of each part) · parts, each starting on an 8-byte boundary: u16 kind-list index per entry,
//   then for entries, prefixes and words: u32 starts[n + 1], i32 slots[], the UTF-8 text; f64 count per word
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { StringTable } from "../../util/string-table.js";
import type { FrozenTables, GazetteerTables } from "./gazetteer.js";

const MAGIC = "PARLEYG2";

/** The parts of the file, in order; the header gives each one's element count. */
const PARTS = ["kindOf", "entryStarts", "entrySlots", "entryText", "prefixStarts", "prefixSlots", "prefixText", "wordStarts", "wordSlots", "wordText", "counts"] as const;
type Part = (typeof PARTS)[number];
const BYTES: Record<Part, number> = {
  kindOf: 2, entryStarts: 4, entrySlots: 4, entryText: 1, prefixStarts: 4, prefixSlots: 4, prefixText: 1,
  wordStarts: 4, wordSlots: 4, wordText: 1, counts: 8,
};

interface Header { key: string; kinds: string[][]; capitalsOnly: string[]; sizes: Record<Part, number> }

export function gazetteerCacheFile(dir: string, key: string): string {
  return join(dir, `gazetteer-${createHash("sha256").update(key).digest("hex").slice(0, 16)}.bin`);
}

const bytesOf = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

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
  const [entries, prefixes, words] = [t.entryKeys, t.prefixes, t.words].map((keys) => StringTable.of(keys));
  const parts: Record<Part, Buffer> = {
    kindOf: bytesOf(kindOf),
    entryStarts: bytesOf(entries.starts), entrySlots: bytesOf(entries.slots), entryText: Buffer.from(entries.text, "utf8"),
    prefixStarts: bytesOf(prefixes.starts), prefixSlots: bytesOf(prefixes.slots), prefixText: Buffer.from(prefixes.text, "utf8"),
    wordStarts: bytesOf(words.starts), wordSlots: bytesOf(words.slots), wordText: Buffer.from(words.text, "utf8"),
    counts: bytesOf(Float64Array.from(t.counts)),
  };
  const sizes = Object.fromEntries(PARTS.map((p) => [p, parts[p].length / BYTES[p]])) as Record<Part, number>;
  const head = Buffer.from(JSON.stringify({ key, kinds, capitalsOnly: t.capitalsOnly, sizes } satisfies Header), "utf8");
  const u32 = Buffer.alloc(4);
  u32.writeUInt32LE(head.length);
  const out: Buffer[] = [Buffer.from(MAGIC, "ascii"), u32, head];
  let off = 12 + head.length;
  for (const p of PARTS) {
    const pad = (8 - (off % 8)) % 8;
    out.push(Buffer.alloc(pad), parts[p]);
    off += pad + parts[p].length;
  }
  return Buffer.concat(out);
}

/** The tables in `buf`, or null when it is not a cache file for `key` (another key, damaged, truncated). */
export function decodeTables(file: Buffer, key: string): FrozenTables | null {
  try {
    // typed arrays view the file in place: it must start on an 8-byte boundary of its memory
    const buf = file.byteOffset % 8 ? Buffer.from(file) : file;
    if (buf.toString("ascii", 0, 8) !== MAGIC) return null;
    const headLen = buf.readUInt32LE(8);
    const header = JSON.parse(buf.toString("utf8", 12, 12 + headLen)) as Header;
    if (header.key !== key) return null;
    let off = 12 + headLen;
    const at: Partial<Record<Part, [number, number]>> = {};
    for (const p of PARTS) {
      off += (8 - (off % 8)) % 8;
      const n = header.sizes[p];
      if (!Number.isInteger(n) || n < 0) return null;
      at[p] = [buf.byteOffset + off, n];
      off += n * BYTES[p];
    }
    if (off !== buf.length) return null;
    const view = <T>(p: Part, Type: new (b: ArrayBufferLike, o: number, n: number) => T): T => new Type(buf.buffer, at[p]![0], at[p]![1]);
    const text = (p: Part) => buf.toString("utf8", at[p]![0] - buf.byteOffset, at[p]![0] - buf.byteOffset + at[p]![1]);
    const table = (starts: Part, slots: Part, t: Part) => {
      const s = view(starts, Uint32Array);
      const joined = text(t);
      // the text decoded back to the length the offsets count in (UTF-16 units): else the file is damaged
      if (!s.length || s[s.length - 1] !== joined.length) throw new Error("wrong text length");
      const sl = view(slots, Int32Array);
      // a slot naming no string, or no empty slot (a lookup would never end): damaged
      let empty = 0;
      for (let k = 0; k < sl.length; k++) { if (sl[k] >= s.length - 1) throw new Error("bad slot"); if (sl[k] < 0) empty++; }
      if (!empty) throw new Error("no empty slot");
      return new StringTable(joined, s, sl);
    };
    const entries = table("entryStarts", "entrySlots", "entryText");
    const kindOf = view("kindOf", Uint16Array);
    if (kindOf.length !== entries.size || kindOf.some((k) => k >= header.kinds.length)) return null;
    const words = table("wordStarts", "wordSlots", "wordText");
    const counts = view("counts", Float64Array);
    if (counts.length !== words.size) return null;
    return { entries, kindOf, kinds: header.kinds, capitalsOnly: header.capitalsOnly, prefixes: table("prefixStarts", "prefixSlots", "prefixText"), words, counts };
  } catch {
    return null;
  }
}

/** The cached tables for `key` in `dir`, or null. */
export function readCachedTables(dir: string | null, key: string): FrozenTables | null {
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
