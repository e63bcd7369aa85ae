// The binary model file: self-describing and versioned so a stale reader fails loudly.
//
//   magic "PARLEYM1" (8 bytes) · u16 format version · u16 section count ·
//   sections: u8 name length · name (ASCII) · u32 payload length · payload
//
// Section "header" is UTF-8 JSON (what the model is: kind, classes, feature settings). Each section
// "model:<name>" is one linear model, raw-deflated:
//   u32 bits · u32 classes · u32 rows · u32 bucket deltas[rows] · f32 scales[rows] · i8 q[rows × classes]
// All integers little-endian. See models/README.md.
import { readFileSync, writeFileSync } from "node:fs";
import { promisify } from "node:util";
import { constants, deflateRawSync, inflateRaw, inflateRawSync } from "node:zlib";
import { SourceError } from "../errors.js";
import { LinearModel } from "./perceptron.js";

const MAGIC = "PARLEYM1";
export const MODEL_FORMAT_VERSION = 1;

export type ModelHeader = Record<string, unknown> & { kind: string };

function encodeLinear(m: LinearModel): Buffer {
  const rows = m.buckets.length;
  const raw = Buffer.alloc(12 + rows * 8 + m.q.length);
  raw.writeUInt32LE(m.bits, 0);
  raw.writeUInt32LE(m.nClasses, 4);
  raw.writeUInt32LE(rows, 8);
  let prev = 0;
  for (let r = 0; r < rows; r++) { raw.writeUInt32LE(m.buckets[r] - prev, 12 + 4 * r); prev = m.buckets[r]; }
  Buffer.from(m.scales.buffer, m.scales.byteOffset, rows * 4).copy(raw, 12 + rows * 4);
  Buffer.from(m.q.buffer, m.q.byteOffset, m.q.length).copy(raw, 12 + rows * 8);
  return deflateRawSync(raw, { level: 9 });
}

/**
 * zlib's output buffer for one section: its exact size (read from the first bytes, which inflate on their
 * own), so zlib fills one buffer instead of thousands of 16 KiB chunks joined by a copy at the end (a third
 * of the load time of the syntax models); one byte more, or zlib allocates a spare buffer once the first is
 * full. A section too short to say (or damaged) falls back to zlib's default.
 */
function inflateChunkSize(z: Buffer): number | undefined {
  const head = inflateRawSync(z.subarray(0, 4096), { finishFlush: constants.Z_SYNC_FLUSH });
  if (head.length < 12) return undefined;
  const size = 12 + head.readUInt32LE(8) * (8 + head.readUInt32LE(4)) + 1;
  return size < 1 << 30 ? Math.max(64, size) : undefined; // a damaged header: the size check below says so
}

function decodeLinear(z: Buffer, where: string): LinearModel {
  return linearOfRaw(inflateRawSync(z, { chunkSize: inflateChunkSize(z) }), where);
}

const inflateRawAsync = promisify(inflateRaw);

/** The same, inflated on libuv's thread pool: the main thread builds other resources meanwhile. */
async function decodeLinearAsync(z: Buffer, where: string): Promise<LinearModel> {
  return linearOfRaw(await inflateRawAsync(z, { chunkSize: inflateChunkSize(z) }), where);
}

function linearOfRaw(raw: Buffer, where: string): LinearModel {
  const bits = raw.readUInt32LE(0), nc = raw.readUInt32LE(4), rows = raw.readUInt32LE(8);
  if (bits > 26 || raw.length !== 12 + rows * 8 + rows * nc) throw new SourceError(where, "model section has the wrong size");
  // views into the inflated buffer where alignment allows (it normally starts a fresh ArrayBuffer)
  const at = (off: number) => raw.byteOffset + off;
  const buckets = new Uint32Array(rows);
  if (at(12) % 4 === 0) buckets.set(new Uint32Array(raw.buffer, at(12), rows));
  else new Uint8Array(buckets.buffer).set(raw.subarray(12, 12 + rows * 4));
  for (let r = 1; r < rows; r++) buckets[r] += buckets[r - 1]; // stored as deltas
  const scales = at(12 + rows * 4) % 4 === 0
    ? new Float32Array(raw.buffer, at(12 + rows * 4), rows)
    : new Float32Array(new Uint8Array(raw.subarray(12 + rows * 4, 12 + rows * 8)).buffer);
  const q = new Int8Array(raw.buffer, at(12 + rows * 8), rows * nc);
  return LinearModel.fromQuantised(bits, nc, buckets, scales, q);
}

export function encodeModel(header: ModelHeader, models: Record<string, LinearModel>): Buffer {
  const sections: [string, Buffer][] = [["header", Buffer.from(JSON.stringify(header), "utf8")]];
  for (const name of Object.keys(models)) sections.push([`model:${name}`, encodeLinear(models[name])]);
  const parts: Buffer[] = [Buffer.from(MAGIC, "ascii")];
  const head = Buffer.alloc(4);
  head.writeUInt16LE(MODEL_FORMAT_VERSION, 0);
  head.writeUInt16LE(sections.length, 2);
  parts.push(head);
  for (const [name, payload] of sections) {
    const h = Buffer.alloc(1 + name.length + 4);
    h.writeUInt8(name.length, 0);
    h.write(name, 1, "ascii");
    h.writeUInt32LE(payload.length, 1 + name.length);
    parts.push(h, payload);
  }
  return Buffer.concat(parts);
}

type Decoded<M> = { header: ModelHeader; models: Record<string, M> };

/** The header and every model section of a model file, each section decoded by `linear`. */
function decodeSections<M>(buf: Buffer, where: string, linear: (z: Buffer, where: string) => M): Decoded<M> {
  if (buf.length < 12 || buf.toString("ascii", 0, 8) !== MAGIC) throw new SourceError(where, "not a parley model file (bad magic)");
  const version = buf.readUInt16LE(8);
  if (version !== MODEL_FORMAT_VERSION) {
    throw new SourceError(where, `model format version ${version}, this parley reads version ${MODEL_FORMAT_VERSION}; retrain with \`parley train syntax\``);
  }
  const count = buf.readUInt16LE(10);
  let header: ModelHeader | undefined;
  const models: Record<string, M> = {};
  let off = 12;
  for (let k = 0; k < count; k++) {
    if (off + 5 > buf.length) throw new SourceError(where, "truncated section table");
    const len = buf.readUInt8(off);
    const name = buf.toString("ascii", off + 1, off + 1 + len);
    const size = buf.readUInt32LE(off + 1 + len);
    const start = off + 5 + len;
    if (start + size > buf.length) throw new SourceError(where, `section "${name}" is truncated`);
    const payload = buf.subarray(start, start + size);
    if (name === "header") header = JSON.parse(payload.toString("utf8")) as ModelHeader;
    else if (name.startsWith("model:")) models[name.slice(6)] = linear(payload, `${where} (${name})`);
    off = start + size;
  }
  if (!header) throw new SourceError(where, "missing header section");
  return { header, models };
}

export function decodeModel(buf: Buffer, where = "<model>"): Decoded<LinearModel> {
  return decodeSections(buf, where, decodeLinear);
}

export function writeModelFile(path: string, header: ModelHeader, models: Record<string, LinearModel>): number {
  const buf = encodeModel(header, models);
  writeFileSync(path, buf);
  return buf.length;
}

function readModelBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch {
    throw new SourceError(path, "model file not found; run `parley train syntax` (or `npm run train`)");
  }
}

export function readModelFile(path: string): Decoded<LinearModel> {
  return decodeModel(readModelBytes(path), path);
}

/**
 * Like readModelFile, with the sections inflated on the thread pool, all at once: started before the
 * returned promise is awaited (the file is read synchronously, from the page cache in a few ms).
 */
export async function readModelFileAsync(path: string): Promise<Decoded<LinearModel>> {
  const { header, models } = decodeSections(readModelBytes(path), path, decodeLinearAsync);
  const names = Object.keys(models);
  const decoded = await Promise.all(names.map((n) => models[n]));
  return { header, models: Object.fromEntries(names.map((n, k) => [n, decoded[k]])) };
}

/** The named model of a file, or a clear error naming the file. */
export function requireModel(models: Record<string, LinearModel>, name: string, where: string): LinearModel {
  const m = models[name];
  if (!m) throw new SourceError(where, `missing model section "model:${name}"`);
  return m;
}
