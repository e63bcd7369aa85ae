// readSources: every kind of source (files, folders, stdin, URLs, feeds, JSON Lines) into a stream
// of articles and per-item failures, in a stable order. One bad item never stops the rest.
import { statSync } from "node:fs";
import { extname } from "node:path";
import { SourceError } from "../errors.js";
import type { Draft, IngestItem, IngestOptions } from "./types.js";
import { asSourceError, defined, makeContext, one, type Context } from "./context.js";
import { decodeText } from "./decode.js";
import { documentDraft, sniffKind, type SourceKind } from "./documents.js";
import { openRegular, readFileCapped, walkDir, fsReason } from "./files.js";
import { bytes as formatBytes, isHttpUrl } from "./http.js";
import { readJson, readLines } from "./records.js";
import { fetchText, readFeed } from "./web.js";
import { declaredCharset } from "./charset.js";
import { fileMeta } from "./sidecar.js";
import { checkDateOption } from "./refdate.js";

export type { SourceKind } from "./documents.js";
export { sniffKind } from "./documents.js";

const EXTENSIONS: Record<string, SourceKind> = {
  ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
  ".html": "html", ".htm": "html", ".xhtml": "html", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
  ".xml": "feed", ".rss": "feed", ".atom": "feed",
};

/** What a command-line source names, from its form and file extension (unknown extensions read as text). */
export function detectKind(source: string): SourceKind {
  if (source === "-") return "stdin";
  if (isHttpUrl(source)) return "url";
  try {
    if (statSync(source).isDirectory()) return "directory";
  } catch {
    // A missing file is reported when it is read.
  }
  return EXTENSIONS[extname(source).toLowerCase()] ?? "text";
}

/** How many leaf sources (files after walking folders, URLs, stdin) `sources` name; for progress bars. */
export async function countSources(sources: string[], opts: IngestOptions = {}): Promise<number> {
  let n = 0;
  for (const s of sources) {
    if (detectKind(s) !== "directory") n++;
    else for await (const e of walkDir(s, opts.include, opts.exclude, opts.followSymlinks)) if (e.ok) n++;
  }
  return n;
}

/**
 * Reads each source in order and yields one item per article or failure. Throws only for invalid
 * options (a UserError naming the flag, e.g. --date); everything about the inputs is yielded.
 */
export async function* readSources(sources: string[], opts: IngestOptions = {}): AsyncGenerator<IngestItem> {
  checkDateOption(opts.date);
  const ctx = makeContext(opts);
  for (const source of sources) {
    const kind = detectKind(source);
    if (kind === "stdin") yield* guard("stdin", () => readStdin(ctx));
    else if (kind === "url") yield* guard(source, () => readUrl(source, ctx));
    else if (kind === "directory") {
      for await (const entry of walkDir(source, ctx.include, ctx.exclude, ctx.followSymlinks)) {
        if (entry.ok) yield* guard(entry.path, () => readFile(entry.path, detectKind(entry.path), ctx));
        else yield entry;
      }
    } else yield* guard(source, () => readFile(source, kind, ctx));
  }
}

/** Runs one source's reader, turning anything it throws into a failure item for `where`. */
async function* guard(where: string, run: () => AsyncIterable<IngestItem>): AsyncGenerator<IngestItem> {
  try {
    yield* run();
  } catch (err) {
    yield { ok: false, error: asSourceError(where, err) };
  }
}

// ---- files ----

async function* readFile(path: string, kind: SourceKind, ctx: Context): AsyncGenerator<IngestItem> {
  if (kind === "jsonl") {
    yield* readLines(path, openFile(path), ctx);
    return;
  }
  const bytes = await readFileCapped(path, ctx.limits.maxBytes);
  // An HTML file may say in a <meta> tag that it is not UTF-8, a feed in its XML declaration; other files must be.
  const text = decodeText(bytes, kind === "html" || kind === "feed" ? declaredCharset(bytes) : null);
  if (!text.trim()) throw new SourceError(path, "empty file");
  if (kind === "feed") {
    yield* readFeed(path, text, ctx);
  } else if (kind === "json") {
    yield* readJson(path, text, ctx);
  } else {
    const draft = documentDraft(text, kind, path);
    const { nameDate, ...side } = await fileMeta(path);
    // A sidecar says most; then what the document says of itself; then a date in the file name.
    const merged: Draft = { ...draft, ...defined(side), meta: { ...draft.meta, ...side.meta } };
    if (!merged.date && nameDate) {
      merged.date = nameDate;
      merged.meta!.dateFrom = "file name";
    }
    yield one(merged, ctx);
  }
}

/** A file's bytes as a stream whose open errors become SourceErrors naming the file. */
async function* openFile(path: string): AsyncGenerator<Uint8Array> {
  try {
    // JSON Lines are capped per line, not per file; the file must still be a regular one.
    const { handle } = await openRegular(path, Number.POSITIVE_INFINITY);
    for await (const chunk of handle.createReadStream()) yield chunk as Uint8Array;
  } catch (err) {
    throw err instanceof SourceError ? err : new SourceError(path, fsReason(err));
  }
}

// ---- standard input ----

async function* readStdin(ctx: Context): AsyncGenerator<IngestItem> {
  // Peek at the first line: JSON Lines stream through; anything else is one document, read whole.
  const it = ctx.stdin[Symbol.asyncIterator]();
  const head: Array<Uint8Array | string> = [];
  let peeked = 0;
  let done = false;
  for (let newline = false; !done && !newline && peeked <= ctx.limits.maxBytes;) {
    const r = await it.next();
    if (r.done) done = true;
    else {
      head.push(r.value);
      peeked += r.value.length;
      newline = typeof r.value === "string" ? r.value.includes("\n") : r.value.includes(10);
    }
  }
  async function* rest(): AsyncGenerator<Uint8Array | string> {
    yield* head;
    for (let r = done ? null : await it.next(); r && !r.done; r = await it.next()) yield r.value;
  }
  const first = Buffer.concat(head.map((c) => (typeof c === "string" ? Buffer.from(c) : c))).toString("utf8").trimStart();
  if (first.startsWith("{")) {
    yield* readLines("stdin", rest(), ctx);
    return;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const c of rest()) {
    const b = typeof c === "string" ? Buffer.from(c) : c;
    size += b.length;
    if (size > ctx.limits.maxBytes) throw new SourceError("stdin", `input is over the ${formatBytes(ctx.limits.maxBytes)} size limit`);
    chunks.push(b);
  }
  const text = decodeText(Buffer.concat(chunks));
  if (!text.trim()) throw new SourceError("stdin", "empty input");
  yield* readDocument("stdin", sniffKind(text), text, ctx);
}

async function* readDocument(where: string, kind: SourceKind, text: string, ctx: Context, extra: Partial<Draft> = {}): AsyncGenerator<IngestItem> {
  if (kind === "feed") yield* readFeed(where, text, ctx);
  else if (kind === "json" || kind === "jsonl") yield* readJson(where, text, ctx);
  else {
    const draft = documentDraft(text, kind, where);
    yield one({ ...draft, ...defined(extra), meta: { ...draft.meta, ...(extra.meta ?? {}) } }, ctx);
  }
}

// ---- URLs ----

async function* readUrl(url: string, ctx: Context): AsyncGenerator<IngestItem> {
  // Any URL may be a feed read before: its validators make the GET conditional.
  const since = ctx.feedCache ? await ctx.feedCache.validators(url) : null;
  const { fetched, text, kind } = await fetchText(url, ctx, since);
  if (fetched.notModified) {
    ctx.feedCache?.fetched({ url, notModified: true, validators: fetched.validators, items: 0, known: 0 });
    return;
  }
  if (kind === "feed") {
    yield* readFeed(url, text, ctx, fetched);
    return;
  }
  const extra: Partial<Draft> = { url: fetched.url, meta: fetched.url !== url ? { requestedUrl: url } : {} };
  if (kind === "json") yield* readJson(url, text, ctx);
  else yield* readDocument(url, kind, text, ctx, extra);
}
