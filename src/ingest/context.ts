// What every reader shares: the options made concrete, and how a draft or an error becomes an item.
import { SourceError } from "../errors.js";
import type { Draft, IngestItem, IngestOptions } from "./types.js";
import { buildArticle, type BuildContext } from "./build.js";
import { DecodeError } from "./decode.js";
import { DEFAULT_INCLUDE } from "./files.js";
import type { FetchLimits } from "./http.js";
import { netPolicy, type NetPolicy } from "./net-policy.js";
import { FeedError } from "./feeds.js";
import { RecordError } from "./jsonl.js";
import type { FeedCache } from "./feed-cache.js";
import { UserError } from "../errors.js";
import { DEFAULT_FEED_DEADLINE_MS, DEFAULT_MAX_BYTES, DEFAULT_MAX_FEED_ITEMS, MAX_BYTES_CEILING } from "./limits.js";

export { MAX_BYTES_CEILING } from "./limits.js";

export interface Context extends BuildContext {
  limits: FetchLimits;
  /** Which hosts URLs and feed links may reach (public addresses only unless allowPrivate). */
  net: NetPolicy;
  include: string[];
  exclude: string[];
  followSymlinks: boolean;
  stdin: AsyncIterable<Uint8Array | string>;
  fullTextChars: number;
  feedCache?: FeedCache;
  maxFeedItems: number;
  feedDeadlineMs: number;
}

/** Options with their defaults filled in (documented on IngestOptions). */
export function makeContext(opts: IngestOptions): Context {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!(maxBytes > 0 && maxBytes <= MAX_BYTES_CEILING)) throw new UserError(`maxBytes must be at most ${MAX_BYTES_CEILING} (64 MiB), got ${maxBytes}`, 2);
  return {
    date: opts.date,
    now: opts.now ?? (() => new Date()),
    limits: { timeoutMs: opts.timeoutMs ?? 15_000, maxBytes, maxRedirects: opts.maxRedirects ?? 5 },
    net: netPolicy(opts.allowPrivate ?? false, opts.resolve, opts.permitAddress),
    include: opts.include?.length ? opts.include : DEFAULT_INCLUDE,
    exclude: opts.exclude ?? [],
    followSymlinks: opts.followSymlinks ?? false,
    stdin: opts.stdin ?? process.stdin,
    fullTextChars: opts.feedFullTextChars ?? 400,
    feedCache: opts.feedCache,
    maxFeedItems: opts.maxFeedItems ?? DEFAULT_MAX_FEED_ITEMS,
    feedDeadlineMs: opts.feedDeadlineMs ?? DEFAULT_FEED_DEADLINE_MS,
  };
}

/** Any error met while reading `where`, as the one-line SourceError the user sees. */
export function asSourceError(where: string, err: unknown): SourceError {
  if (err instanceof SourceError) return err;
  if (err instanceof FeedError) return new SourceError(err.line ? `${where}:${err.line}` : where, err.message);
  if (err instanceof DecodeError || err instanceof RecordError) return new SourceError(where, err.message);
  return new SourceError(where, `could not be read (${(err as Error)?.message ?? String(err)})`);
}

/** A draft as an article item, or as a failure item if it cannot become one. */
export function one(draft: Draft, ctx: Context): IngestItem {
  try {
    return { ok: true, article: buildArticle(draft, ctx) };
  } catch (err) {
    return { ok: false, error: asSourceError(draft.source, err) };
  }
}

/** Only the fields that are set, so spreading them does not erase what a draft found. */
export function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([k, v]) => v != null && k !== "meta")) as Partial<T>;
}
