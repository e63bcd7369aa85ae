// JSON Lines: one article per line as {id?, url?, title?, date?, source?, byline?, text | html}.
// A bad line is reported with its number and the rest go on.
import type { Draft } from "./types.js";
import { extractHtml, fragmentText } from "./html.js";
import { normaliseNewlines } from "./decode.js";
import { extraMeta } from "./meta.js";

/** Thrown for a line that is not a usable record; the message is the reason. */
export class RecordError extends Error {}

const KNOWN = new Set(["id", "url", "title", "date", "source", "byline", "text", "html"]);

/** A parsed line as a draft article; `where` is "file.jsonl:12". */
export function recordToDraft(line: string, where: string): Draft {
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch (err) {
    throw new RecordError(`not valid JSON (${(err as Error).message})`);
  }
  return objectToDraft(rec, where);
}

/** A record already parsed (JSON arrays over HTTP, sidecar files) as a draft article. */
export function objectToDraft(rec: unknown, where: string): Draft {
  if (!rec || typeof rec !== "object" || Array.isArray(rec)) throw new RecordError("expected a JSON object per line");
  const r = rec as Record<string, unknown>;
  for (const key of ["url", "title", "date", "source", "byline", "text", "html"]) {
    if (r[key] != null && typeof r[key] !== "string") throw new RecordError(`field "${key}" must be a string`);
  }
  if (r.id != null && typeof r.id !== "string" && typeof r.id !== "number") {
    throw new RecordError(`field "id" must be a string or a number`);
  }
  const meta = extraMeta(r, KNOWN);
  let text: string;
  let title = (r.title as string | undefined) ?? null;
  let byline = (r.byline as string | undefined) ?? null;
  let date = (r.date as string | undefined) ?? null;
  if (typeof r.text === "string" && r.text.trim()) {
    text = normaliseNewlines(r.text);
  } else if (typeof r.html === "string" && r.html.trim()) {
    if (/<(?:html|body|article)[\s>]/i.test(r.html)) {
      const page = extractHtml(r.html);
      text = page.text;
      title ??= page.title;
      byline ??= page.byline;
      date ??= page.date;
    } else {
      text = fragmentText(r.html);
    }
  } else {
    throw new RecordError(`needs a non-empty "text" or "html" field`);
  }
  if (!text.trim()) throw new RecordError("has no text");
  return {
    text,
    source: where,
    id: r.id == null || r.id === "" ? null : String(r.id),
    url: (r.url as string | undefined) ?? null,
    title,
    byline,
    date,
    publisher: (r.source as string | undefined) ?? null,
    meta,
  };
}

/**
 * Splits a byte stream into lines (without "\n"), numbered from 1. A line longer than `maxBytes`
 * comes back as `bytes: null` without being held in memory.
 */
export async function* byteLines(chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, maxBytes = Infinity):
  AsyncGenerator<{ n: number; bytes: Uint8Array | null }> {
  let carry: Uint8Array = new Uint8Array(0);
  let overlong = false;
  let n = 0;
  for await (const chunk of chunks) {
    const data = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
    const buf = carry.length ? concat(carry, data) : data;
    let start = 0;
    for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, start)) {
      yield { n: ++n, bytes: overlong || i - start > maxBytes ? null : buf.subarray(start, i) };
      overlong = false;
      start = i + 1;
    }
    carry = buf.slice(start);
    if (carry.length > maxBytes) {
      overlong = true;
      carry = new Uint8Array(0);
    }
  }
  if (carry.length || overlong) yield { n: ++n, bytes: overlong ? null : carry };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
