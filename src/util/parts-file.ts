// A file of named typed arrays and texts behind a JSON header, read back as views on the file's bytes: no
// object per element to allocate (the compiled name lists of the cache folder, issue #16: model load).
//
//   magic (8 ASCII bytes) · u32 header length · header (UTF-8 JSON: the caller's fields, plus each part's
//   name, type and length) · the parts in order, each starting on an 8-byte boundary of the file
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

const TYPES = { u16: Uint16Array, u32: Uint32Array, i32: Int32Array, f64: Float64Array } as const;
type ArrayType = keyof typeof TYPES;
export type Part = [name: string, data: Uint16Array | Uint32Array | Int32Array | Float64Array | string];

const typeOf = (data: Part[1]): ArrayType | "utf8" =>
  typeof data === "string" ? "utf8" : data instanceof Uint16Array ? "u16" : data instanceof Uint32Array ? "u32" : data instanceof Int32Array ? "i32" : "f64";

export function encodeParts(magic: string, header: Record<string, unknown>, parts: Part[]): Buffer {
  const bytes = parts.map(([, d]) => (typeof d === "string" ? Buffer.from(d, "utf8") : Buffer.from(d.buffer, d.byteOffset, d.byteLength)));
  const layout = parts.map(([name, d], k) => [name, typeOf(d), typeof d === "string" ? bytes[k].length : d.length]);
  const head = Buffer.from(JSON.stringify({ ...header, parts: layout }), "utf8");
  const u32 = Buffer.alloc(4);
  u32.writeUInt32LE(head.length);
  const out: Buffer[] = [Buffer.from(magic, "ascii"), u32, head];
  let off = 12 + head.length;
  for (const b of bytes) {
    const pad = (8 - (off % 8)) % 8;
    out.push(Buffer.alloc(pad), b);
    off += pad + b.length;
  }
  return Buffer.concat(out);
}

export interface Parts<H> {
  header: H;
  /** The typed array of a part (a view on the file), or its text; throws when the part is absent or of another type. */
  array<T extends ArrayType>(name: string, type: T): InstanceType<(typeof TYPES)[T]>;
  text(name: string): string;
}

/** The parts of `file`, or null when it does not start with `magic` or its parts do not fill it exactly. */
export function decodeParts<H>(file: Buffer, magic: string): Parts<H> | null {
  // the views need the file on an 8-byte boundary of its memory
  const buf = file.byteOffset % 8 ? Buffer.from(file) : file;
  if (buf.length < 12 || buf.toString("ascii", 0, 8) !== magic) return null;
  const headLen = buf.readUInt32LE(8);
  let header: H & { parts: [string, ArrayType | "utf8", number][] };
  try {
    header = JSON.parse(buf.toString("utf8", 12, 12 + headLen));
  } catch {
    return null;
  }
  const at = new Map<string, { type: ArrayType | "utf8"; off: number; n: number }>();
  let off = 12 + headLen;
  for (const [name, type, n] of header.parts ?? []) {
    if (!Number.isInteger(n) || n < 0 || !(type === "utf8" || type in TYPES)) return null;
    off += (8 - (off % 8)) % 8;
    at.set(name, { type, off, n });
    off += n * (type === "utf8" ? 1 : TYPES[type].BYTES_PER_ELEMENT);
  }
  if (off !== buf.length) return null;
  const part = (name: string, type: ArrayType | "utf8") => {
    const p = at.get(name);
    if (!p || p.type !== type) throw new Error(`no ${type} part "${name}"`);
    return p;
  };
  return {
    header,
    array: (name, type) => {
      const p = part(name, type);
      return new TYPES[type](buf.buffer as ArrayBuffer, buf.byteOffset + p.off, p.n) as never;
    },
    text: (name) => {
      const p = part(name, "utf8");
      return buf.toString("utf8", p.off, p.off + p.n);
    },
  };
}

/** The file's bytes, or null when it cannot be read. */
export function readPartsFile(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
}

/** Writes whole or not at all (whoever reads it meanwhile); a folder that cannot be written is left alone. */
export function writePartsFile(path: string, buf: Buffer): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, buf);
    renameSync(tmp, path);
  } catch {
    // no cache: the next start builds again
  }
}
