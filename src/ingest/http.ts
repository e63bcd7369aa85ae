// Fetching one URL the careful way: a timeout over the whole exchange, redirects followed by hand
// and counted, each hop checked against the address policy (net-policy.ts), the content type checked
// before the body is read, and the body capped while it streams.
import { fetch, type Dispatcher, type Response } from "undici";
import { dispatcherFor } from "./fetch-proxy.js";
import { conditionalHeaders, type Validators } from "./feed-cache.js";
import { SourceError } from "../errors.js";
import { checkUrl, guardedLookup, netPolicy, redactUrl, type NetPolicy } from "./net-policy.js";

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export interface Fetched {
  /** The URL after redirects. */
  url: string;
  /** Media type without parameters, lower case ("text/html"); "" when the server sent none. */
  mediaType: string;
  charset: string | null;
  bytes: Uint8Array;
  /** The response's ETag and Last-Modified, for a conditional GET next time. */
  validators: Validators;
  /** True for a 304 answer to a conditional GET (bytes are empty). */
  notModified: boolean;
}

/**
 * Media types parley reads; anything else (images, PDFs, archives) is refused before download.
 * Feeds come as rss+xml, x-rss+xml, atom+xml, rdf+xml (RSS 1.0), xml or text/xml; octet-stream is
 * read too, since servers send it for feeds they do not know, and the body decides (web.ts).
 */
const ACCEPTED = /^(text\/[\w.+-]+|application\/(xhtml\+xml|xml|(x-)?(rss|atom|rdf)\+xml|json|x-ndjson|jsonl|jsonlines|ld\+json|octet-stream)|binary\/octet-stream)$/;

const ACCEPT_HEADER = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/rdf+xml,application/xml;q=0.9,text/*;q=0.8,*/*;q=0.5";

export function isHttpUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

/** One connection pool per policy, its connect lookup guarded by that policy; proxies from the environment. */
const agents = new WeakMap<NetPolicy, Dispatcher>();
function agentFor(policy: NetPolicy): Dispatcher {
  let agent = agents.get(policy);
  if (!agent) agents.set(policy, (agent = dispatcherFor(guardedLookup(policy))));
  return agent;
}

const DEFAULT_POLICY = netPolicy(false);

/** GETs `url`; every failure is a SourceError naming the URL and saying what went wrong. */
export async function fetchUrl(url: string, limits: FetchLimits, policy: NetPolicy = DEFAULT_POLICY, since: Validators | null = null): Promise<Fetched> {
  // Named without its credentials: the message is printed and kept in the runs log.
  if (redactUrl(url) !== url) throw new SourceError(redactUrl(url), "URLs with a user name or password are not fetched; remove them");
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    return await follow(url, limits, controller.signal, policy, since);
  } catch (err) {
    if (err instanceof SourceError) throw err;
    if (controller.signal.aborted) {
      throw new SourceError(url, `no complete response within ${seconds(limits.timeoutMs)} (timeout)`);
    }
    throw new SourceError(url, networkReason(err));
  } finally {
    clearTimeout(timer);
  }
}

async function follow(start: string, limits: FetchLimits, signal: AbortSignal, policy: NetPolicy, since: Validators | null): Promise<Fetched> {
  let url = start;
  for (let hop = 0; ; hop++) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new SourceError(start, `not a valid URL: ${url}`);
    }
    // Every hop, the first included, must pass the policy (scheme, credentials, address).
    await checkUrl(parsed, policy, hop === 0 ? start : `${start} (redirected to ${redactUrl(url)})`);
    const res = await fetch(parsed, {
      redirect: "manual",
      signal,
      dispatcher: agentFor(policy),
      // Sent on every hop: a feed that moved (301) still answers the final hop with 304.
      headers: { "user-agent": "parley (news event coder)", accept: ACCEPT_HEADER, ...conditionalHeaders(since) },
    });
    if (res.status >= 300 && res.status < 400 && res.headers.has("location")) {
      await res.body?.cancel();
      if (hop >= limits.maxRedirects) throw new SourceError(start, `more than ${limits.maxRedirects} redirects`);
      url = new URL(res.headers.get("location")!, parsed).href;
      continue;
    }
    const where = url === start ? start : `${start} (redirected to ${url})`;
    const validators = { etag: res.headers.get("etag"), lastModified: res.headers.get("last-modified") };
    if (res.status === 304 && since) {
      await res.body?.cancel();
      return { url, mediaType: "", charset: null, bytes: new Uint8Array(0), validators: { ...since, ...defined(validators) }, notModified: true };
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new SourceError(where, `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""}`);
    }
    const type = res.headers.get("content-type") ?? "";
    const mediaType = type.split(";")[0].trim().toLowerCase();
    if (mediaType && !ACCEPTED.test(mediaType)) {
      await res.body?.cancel();
      throw new SourceError(where, `unsupported content type ${mediaType} (expected HTML, text, an RSS/Atom feed or JSON)`);
    }
    const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(type)?.[1] ?? null;
    const declared = Number(res.headers.get("content-length"));
    if (declared > limits.maxBytes) {
      await res.body?.cancel();
      throw new SourceError(where, `response is ${bytes(declared)}, over the ${bytes(limits.maxBytes)} size limit`);
    }
    const body = await readCapped(res, limits.maxBytes);
    if (!body) throw new SourceError(where, `response body is over the ${bytes(limits.maxBytes)} size limit`);
    return { url, mediaType, charset, bytes: body, validators, notModified: false };
  }
}

function defined(v: Validators): Partial<Validators> {
  return Object.fromEntries(Object.entries(v).filter(([, x]) => x != null));
}

/** The body, or null as soon as it passes `max` bytes (the rest is not downloaded). */
async function readCapped(res: Response, max: number): Promise<Uint8Array | null> {
  if (!res.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The innermost cause that carries a string code (undici wraps its errors, a DOMException's code is a number). */
function rootCause(err: unknown): { code?: string; message?: string } | undefined {
  let found: { code?: string; message?: string } | undefined;
  let at = (err as { cause?: unknown })?.cause;
  for (let depth = 0; at && depth < 5; depth++) {
    const c = at as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof c.code === "string" || !found) found = { code: typeof c.code === "string" ? c.code : undefined, message: typeof c.message === "string" ? c.message : undefined };
    at = c.cause;
  }
  return found;
}

function networkReason(err: unknown): string {
  const cause = rootCause(err);
  const code = cause?.code;
  if (code === "PARLEY_PRIVATE_ADDRESS") return cause!.message!;
  if (code === "ECONNREFUSED") return "connection refused";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "host not found";
  if (code === "ECONNRESET" || code === "UND_ERR_SOCKET") return "connection closed by the server";
  const tunnel = /^Proxy response \((\d+)\)/.exec(cause?.message ?? "");
  if (tunnel) return `the proxy refused the tunnel (HTTP ${tunnel[1]})`;
  if (code?.startsWith("CERT_") || code?.includes("TLS") || code?.includes("SSL")) return `TLS error (${code})`;
  const msg = cause?.message ?? (err as Error)?.message ?? String(err);
  return `cannot fetch (${code ? `${code}: ` : ""}${msg})`;
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

export function bytes(n: number): string {
  if (n >= 1024 * 1024) return `${Number((n / 1024 / 1024).toFixed(1))} MiB`;
  if (n >= 1024) return `${Number((n / 1024).toFixed(1))} KiB`;
  return `${n} bytes`;
}
