// readSources: every kind of source (files, folders, stdin, URLs, feeds, JSON Lines) into a stream
// of articles and per-item failures, in a stable order. One bad item never stops the rest.
import { createReadStream, statSync } from "node:fs";
import { extname } from "node:path";
import { SourceError } from "../errors.js";
import type { Draft, IngestItem, IngestOptions } from "./types.js";
import { buildArticle, type BuildContext } from "./build.js";
import { DecodeError, decodeText } from "./decode.js";
import { readFileCapped, walkDir, fsReason, DEFAULT_INCLUDE } from "./files.js";
import { bytes as formatBytes, fetchUrl, isHttpUrl, type FetchLimits, type Fetched } from "./http.js";
import { extractHtml, fragmentText } from "./html.js";
import { markdownToText } from "./markdown.js";
import { FeedError, looksLikeFeed, parseFeed, type Feed, type FeedItem } from "./feeds.js";
import { RecordError, byteLines, objectToDraft, recordToDraft } from "./jsonl.js";
import { fileMeta } from "./sidecar.js";
import { checkDateOption } from "./refdate.js";

export type SourceKind = "stdin" | "url" | "directory" | "text" | "markdown" | "html" | "feed" | "jsonl" | "json";

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
    else for await (const e of walkDir(s, opts.include, opts.exclude)) if (e.ok) n++;
  }
  return n;
}

const MiB = 1024 * 1024;

interface Context extends BuildContext {
  limits: FetchLimits;
  include: string[];
  exclude: string[];
  stdin: AsyncIterable<Uint8Array | string>;
  fullTextChars: number;
}

/**
 * Reads each source in order and yields one item per article or failure. Throws only for invalid
 * options (a UserError naming the flag, e.g. --date); everything about the inputs is yielded.
 */
export async function* readSources(sources: string[], opts: IngestOptions = {}): AsyncGenerator<IngestItem> {
  checkDateOption(opts.date);
  const ctx: Context = {
    date: opts.date,
    now: opts.now ?? (() => new Date()),
    limits: { timeoutMs: opts.timeoutMs ?? 15_000, maxBytes: opts.maxBytes ?? 10 * MiB, maxRedirects: opts.maxRedirects ?? 5 },
    include: opts.include?.length ? opts.include : DEFAULT_INCLUDE,
    exclude: opts.exclude ?? [],
    stdin: opts.stdin ?? process.stdin,
    fullTextChars: opts.feedFullTextChars ?? 400,
  };
  for (const source of sources) {
    const kind = detectKind(source);
    if (kind === "stdin") yield* guard("stdin", () => readStdin(ctx));
    else if (kind === "url") yield* guard(source, () => readUrl(source, ctx));
    else if (kind === "directory") {
      for await (const entry of walkDir(source, ctx.include, ctx.exclude)) {
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

function asSourceError(where: string, err: unknown): SourceError {
  if (err instanceof SourceError) return err;
  if (err instanceof FeedError) return new SourceError(err.line ? `${where}:${err.line}` : where, err.message);
  if (err instanceof DecodeError || err instanceof RecordError) return new SourceError(where, err.message);
  return new SourceError(where, `could not be read (${(err as Error)?.message ?? String(err)})`);
}

function one(draft: Draft, ctx: Context): IngestItem {
  try {
    return { ok: true, article: buildArticle(draft, ctx) };
  } catch (err) {
    return { ok: false, error: asSourceError(draft.source, err) };
  }
}

// ---- files ----

async function* readFile(path: string, kind: SourceKind, ctx: Context): AsyncGenerator<IngestItem> {
  if (kind === "jsonl") {
    yield* readLines(path, openFile(path), ctx);
    return;
  }
  const bytes = await readFileCapped(path, ctx.limits.maxBytes);
  // An HTML file may say in a <meta> tag that it is not UTF-8; other files must be.
  const text = decodeText(bytes, kind === "html" ? htmlCharset(bytes) : null);
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
    for await (const chunk of createReadStream(path)) yield chunk as Uint8Array;
  } catch (err) {
    throw new SourceError(path, fsReason(err));
  }
}

/** A text, Markdown or HTML document (file, stdin or HTTP body) as a draft; drafts from metadata win. */
function documentDraft(text: string, kind: SourceKind, source: string): Draft {
  if (kind === "markdown") {
    const md = markdownToText(text);
    const fm = md.frontMatter;
    if (!md.text.trim()) throw new SourceError(source, "no text in the Markdown");
    return {
      text: md.text, source, title: md.title, date: fm.date ?? null, url: fm.url ?? null,
      byline: fm.author ?? fm.byline ?? null, publisher: fm.source ?? fm.publisher ?? null, id: fm.id ?? null,
      meta: Object.keys(fm).length ? { frontMatter: fm } : {},
    };
  }
  if (kind === "html") {
    const page = extractHtml(text);
    if (!page.text.trim()) throw new SourceError(source, "no article text found in the HTML");
    const meta = { ...page.meta };
    if (page.canonical) meta.canonical = page.canonical;
    return { text: page.text, source, title: page.title, byline: page.byline, publisher: page.publisher, date: page.date, meta };
  }
  return { text, source, title: headline(text) };
}

/** A plain text's first line when it reads as a headline: short, unpunctuated, then a blank line. */
function headline(text: string): string | null {
  const m = /^\s*([^\n]{3,200})\n[ \t]*\n/.exec(text);
  return m && !/[.!?:;,\-–—"”]\s*$/.test(m[1]) ? m[1].trim() : null;
}

/** Only the fields that are set, so spreading them does not erase what a draft found. */
function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([k, v]) => v != null && k !== "meta")) as Partial<T>;
}

// ---- JSON Lines and JSON ----

async function* readLines(where: string, chunks: AsyncIterable<Uint8Array | string> | Iterable<string>, ctx: Context): AsyncGenerator<IngestItem> {
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

async function* readJson(where: string, text: string, ctx: Context): AsyncGenerator<IngestItem> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Not one JSON document: read it as JSON Lines.
    yield* readLines(where, [text], ctx);
    return;
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

/** The kind of a document known only by its content (stdin, untyped responses, odd extensions). */
export function sniffKind(text: string): SourceKind {
  if (looksLikeFeed(text)) return "feed";
  if (/^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>])/i.test(text)) return "html";
  if (/^\s*[[{]/.test(text)) return "json";
  return "text";
}

async function* readDocument(where: string, kind: SourceKind, text: string, ctx: Context, extra: Partial<Draft> = {}): AsyncGenerator<IngestItem> {
  if (kind === "feed") yield* readFeed(where, text, ctx);
  else if (kind === "json" || kind === "jsonl") yield* readJson(where, text, ctx);
  else {
    const draft = documentDraft(text, kind, where);
    yield one({ ...draft, ...defined(extra), meta: { ...draft.meta, ...(extra.meta ?? {}) } }, ctx);
  }
}

// ---- URLs and feeds ----

function kindOfMedia(f: Fetched, text: string): SourceKind {
  const t = f.mediaType;
  if (t === "text/html" || t === "application/xhtml+xml") return "html";
  if (t === "text/markdown" || t === "text/x-markdown") return "markdown";
  if (/xml/.test(t)) return "feed";
  if (/json/.test(t)) return "json";
  if (t === "text/plain" && (looksLikeFeed(text) || /^\s*<(?:!doctype html|html)/i.test(text))) return sniffKind(text);
  return t ? "text" : sniffKind(text);
}

/** A charset named inside an HTML page (<meta charset>), for servers that do not send one. */
function htmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString("latin1");
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ?? null;
}

async function fetchText(url: string, ctx: Context): Promise<{ fetched: Fetched; text: string; kind: SourceKind }> {
  const fetched = await fetchUrl(url, ctx.limits);
  const where = fetched.url === url ? url : `${url} (redirected to ${fetched.url})`;
  let text: string;
  try {
    const charset = fetched.charset ?? (/html/.test(fetched.mediaType) ? htmlCharset(fetched.bytes) : null);
    text = decodeText(fetched.bytes, charset);
  } catch (err) {
    throw asSourceError(where, err);
  }
  if (!text.trim()) throw new SourceError(where, "empty response");
  return { fetched, text, kind: kindOfMedia(fetched, text) };
}

async function* readUrl(url: string, ctx: Context): AsyncGenerator<IngestItem> {
  const { fetched, text, kind } = await fetchText(url, ctx);
  if (kind === "feed") {
    yield* readFeed(url, text, ctx);
    return;
  }
  const extra: Partial<Draft> = { url: fetched.url, meta: fetched.url !== url ? { requestedUrl: url } : {} };
  if (kind === "json") yield* readJson(url, text, ctx);
  else yield* readDocument(url, kind, text, ctx, extra);
}

async function* readFeed(where: string, xml: string, ctx: Context): AsyncGenerator<IngestItem> {
  let feed: Feed;
  try {
    feed = parseFeed(xml);
  } catch (err) {
    throw asSourceError(where, err);
  }
  if (!feed.items.length) throw new SourceError(where, `${feed.format === "atom" ? "Atom" : "RSS"} feed has no items`);
  const base = isHttpUrl(where) ? where : feed.link ?? undefined;
  const readItem = async (i: number): Promise<IngestItem> => {
    const item = { ...feed.items[i] };
    if (item.link) item.link = resolveLink(item.link, base);
    const at = `${where} item ${i + 1}${item.link ? ` (${item.link})` : ""}`;
    try {
      return one(await feedItemDraft(item, i + 1, at, feed, where, ctx), ctx);
    } catch (err) {
      // Name the feed item, not just the link, so the user can find it in the feed.
      return { ok: false, error: err instanceof SourceError ? new SourceError(at, err.reason) : asSourceError(at, err) };
    }
  };
  // A few pages are fetched at once; items still come out in feed order.
  const pending: Array<Promise<IngestItem>> = [];
  for (let i = 0; i < feed.items.length || pending.length; ) {
    while (i < feed.items.length && pending.length < FEED_CONCURRENCY) pending.push(readItem(i++));
    yield await pending.shift()!;
  }
}

const FEED_CONCURRENCY = 4;

/** An item's own full text when it carries enough of it, else the page its link points to. */
async function feedItemDraft(item: FeedItem, index: number, at: string, feed: Feed, feedSource: string, ctx: Context): Promise<Draft> {
  const link = item.link;
  const meta: Record<string, unknown> = { feed: feedSource, feedTitle: feed.title, guid: item.guid, feedDate: item.date };
  const fromFeed: Draft = {
    text: "", source: at, title: item.title, byline: item.author, publisher: feed.title,
    url: link ?? (item.guid && isHttpUrl(item.guid) ? item.guid : `${feedSource}#${item.guid ?? `item-${index}`}`),
    date: item.date, meta,
  };
  const content = item.content ? fragmentText(item.content) : "";
  if (content.length >= ctx.fullTextChars || (!link && content)) return { ...fromFeed, text: content, meta: { ...meta, fullText: true } };
  if (!link) {
    const summary = item.summary ? fragmentText(item.summary) : "";
    if (summary) return { ...fromFeed, text: summary, meta: { ...meta, summaryOnly: true } };
    throw new SourceError(at, "feed item has neither a link nor any content");
  }
  if (!isHttpUrl(link)) throw new SourceError(at, `item link is not an http(s) URL: ${link}`);
  const { fetched, text, kind } = await fetchText(link, ctx);
  if (kind === "feed" || kind === "json") throw new SourceError(at, `item link is a ${kind}, not an article page`);
  const page = documentDraft(text, kind, at);
  return {
    ...fromFeed,
    ...defined(page),
    publisher: page.publisher ?? feed.title,
    // The feed's date is the publisher's own statement; a page date is used only if the feed has none.
    date: item.date ?? page.date,
    url: fetched.url,
    source: at,
    meta: { ...page.meta, ...meta },
  };
}

function resolveLink(link: string, base: string | undefined): string {
  try {
    return new URL(link, base).href;
  } catch {
    return link;
  }
}
