// JSON Lines and JSON documents into items, one per record; a bad record is reported with its line.
import { SourceError } from "../errors.js";
import type { IngestItem } from "./types.js";
import { asSourceError, one, type Context } from "./context.js";
import { bytes as formatBytes } from "./http.js";
import { byteLines, objectToDraft, recordToDraft } from "./jsonl.js";

export async function* readLines(where: string, chunks: AsyncIterable<Uint8Array | string> | Iterable<string>, ctx: Context): AsyncGenerator<IngestItem> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let records = 0;
  for await (const { n, bytes } of byteLines(chunks, ctx.limits.maxBytes)) {
    const at = `${where}:${n}`;
    if (bytes === null) {
      yield { ok: false, error: new SourceError(at, `line is over the ${formatBytes(ctx.limits.maxBytes)} size limit`) };
      continue;
    }
    let line: string;
    try {
      line = decoder.decode(bytes).replace(/^\uFEFF/, "").replace(/\r$/, "");
    } catch {
      yield { ok: false, error: new SourceError(at, "not valid UTF-8 text") };
      continue;
    }
    if (!line.trim()) continue;
    records++;
    try {
      yield one(recordToDraft(line, at), ctx);
    } catch (err) {
      yield { ok: false, error: asSourceError(at, err) };
    }
  }
  if (records === 0) throw new SourceError(where, "no records (empty JSON Lines)");
}

export async function* readJson(where: string, text: string, ctx: Context): AsyncGenerator<IngestItem> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    // Not one JSON document: JSON Lines if its first line is a record, else one error for the file.
    if (isJson(text.trimStart().split("\n", 1)[0])) {
      yield* readLines(where, [text], ctx);
      return;
    }
    const message = (err as Error).message;
    const at = /position (\d+)/.exec(message);
    const line = at ? text.slice(0, Number(at[1])).split("\n").length : null;
    throw new SourceError(line ? `${where}:${line}` : where, `not valid JSON (${message})`);
  }
  const records = Array.isArray(value) ? value : [value];
  if (!records.length) throw new SourceError(where, "no records (empty JSON array)");
  for (let i = 0; i < records.length; i++) {
    const at = Array.isArray(value) ? `${where} record ${i + 1}` : where;
    try {
      yield one(objectToDraft(records[i], at), ctx);
    } catch (err) {
      yield { ok: false, error: asSourceError(at, err) };
    }
  }
}

function isJson(s: string): boolean {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
}
