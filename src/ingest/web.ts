// URLs and feeds: fetch a page or a feed, and turn each feed item into an article (its own full
// text, or the page its link points to).
import { SourceError } from "../errors.js";
import type { Draft, IngestItem } from "./types.js";
import { asSourceError, defined, one, type Context } from "./context.js";
import { decodeText } from "./decode.js";
import { declaredCharset } from "./charset.js";
import type { Validators } from "./feed-cache.js";
import { documentDraft, sniffKind, type SourceKind } from "./documents.js";
import { fetchUrl, isHttpUrl, type Fetched } from "./http.js";
import { fragmentText } from "./html.js";
import { parseFeed, type Feed, type FeedItem } from "./feeds.js";

/**
 * What a response is. Servers often send the wrong type (a feed as text/html or
 * application/octet-stream, a page as application/xml), so the body decides when it is clear: a
 * body that opens as a feed is a feed, one that opens as HTML is a page; the media type only
 * settles bodies that do not say.
 */
export function kindOfMedia(mediaType: string, text: string): SourceKind {
  const sniffed = sniffKind(text);
  if (sniffed === "feed" || sniffed === "html") return sniffed;
  const t = mediaType;
  if (t === "text/html" || t === "application/xhtml+xml") return "html";
  if (t === "text/markdown" || t === "text/x-markdown") return "markdown";
  // XML that is neither a feed nor a page: parseFeed names what is wrong with it.
  if (/xml/.test(t)) return "feed";
  if (/json/.test(t)) return "json";
  return t && t !== "application/octet-stream" && t !== "binary/octet-stream" ? "text" : sniffed;
}

export async function fetchText(url: string, ctx: Context, since: Validators | null = null): Promise<{ fetched: Fetched; text: string; kind: SourceKind }> {
  const fetched = await fetchUrl(url, ctx.limits, ctx.net, since);
  if (fetched.notModified) return { fetched, text: "", kind: "feed" };
  const where = fetched.url === url ? url : `${url} (redirected to ${fetched.url})`;
  let text: string;
  try {
    // The header's charset wins (HTTP); else the page's <meta> or the feed's XML declaration.
    text = decodeText(fetched.bytes, fetched.charset ?? declaredCharset(fetched.bytes));
  } catch (err) {
    throw asSourceError(where, err);
  }
  if (!text.trim()) throw new SourceError(where, "empty response");
  return { fetched, text, kind: kindOfMedia(fetched.mediaType, text) };
}

/**
 * Every item of a feed as an article or a failure. With a feed cache (and `fetched`, the response
 * the feed came in), items already stored are skipped before their pages are fetched, and the
 * cache hears how it went once the last item is out.
 */
export async function* readFeed(where: string, xml: string, ctx: Context, fetched?: Fetched): AsyncGenerator<IngestItem> {
  let feed: Feed;
  try {
    feed = parseFeed(xml);
  } catch (err) {
    throw asSourceError(where, err);
  }
  if (!feed.items.length) throw new SourceError(where, `${feed.format === "atom" ? "Atom" : "RSS"} feed has no items`);
  const base = isHttpUrl(where) ? where : feed.link ?? undefined;
  // A feed of thousands of items is cut to the first ones (feeds list the newest first), said in one line.
  const capped = feed.items.length > ctx.maxFeedItems;
  const items = feed.items.slice(0, ctx.maxFeedItems).map((it) => (it.link ? { ...it, link: resolveLink(it.link, base) } : it));
  const cache = fetched && ctx.feedCache;
  const known = cache ? await cache.known(items.map((it, i) => itemUrl(it, i + 1, where))) : new Set<string>();
  const todo = items.flatMap((it, i) => (known.has(itemUrl(it, i + 1, where)) ? [] : [i]));
  const readItem = async (i: number): Promise<IngestItem> => {
    const item = items[i];
    const at = `${where} item ${i + 1}${item.link ? ` (${item.link})` : ""}`;
    try {
      return one(await feedItemDraft(item, i + 1, at, feed, where, ctx), ctx);
    } catch (err) {
      // Name the feed item, not just the link, so the user can find it in the feed.
      return { ok: false, error: err instanceof SourceError ? new SourceError(at, err.reason) : asSourceError(at, err) };
    }
  };
  // A few pages are fetched at once; items still come out in feed order. The deadline counts the time spent
  // waiting for pages, not the time the consumer takes over each item (its analysis).
  const pending: Array<Promise<IngestItem>> = [];
  let waited = 0;
  let k = 0;
  for (; (k < todo.length && waited < ctx.feedDeadlineMs) || pending.length; ) {
    while (k < todo.length && pending.length < FEED_CONCURRENCY && waited < ctx.feedDeadlineMs) pending.push(readItem(todo[k++]));
    const t0 = performance.now();
    const next = await pending.shift()!;
    waited += performance.now() - t0;
    yield next;
  }
  if (k < todo.length) {
    yield { ok: false, error: new SourceError(where, `the feed's ${ctx.feedDeadlineMs / 1000} s deadline passed (--feed-deadline); ${todo.length - k} of its ${feed.items.length} items not read`) };
    return; // the validators are not saved: the next batch reads the feed again, skipping what was stored
  }
  if (capped) yield { ok: false, error: new SourceError(where, `the feed has ${feed.items.length} items; only the first ${ctx.maxFeedItems} are read (--max-feed-items)`) };
  // Reached only when every item was handed on: an interrupted read leaves the old state.
  if (cache) cache.fetched({ url: where, notModified: false, validators: fetched!.validators, items: items.length, known: known.size });
}

/** The URL an item's article is stored under: its link, else a URL guid, else the feed's URL with the guid. */
function itemUrl(item: FeedItem, index: number, feedSource: string): string {
  return item.link ?? (item.guid && isHttpUrl(item.guid) ? item.guid : `${feedSource}#${item.guid ?? `item-${index}`}`);
}

const FEED_CONCURRENCY = 4;

/** An item's own full text when it carries enough of it, else the page its link points to. */
async function feedItemDraft(item: FeedItem, index: number, at: string, feed: Feed, feedSource: string, ctx: Context): Promise<Draft> {
  const link = item.link;
  const meta: Record<string, unknown> = { feed: feedSource, feedTitle: feed.title, guid: item.guid, feedDate: item.date };
  const fromFeed: Draft = {
    text: "", source: at, title: item.title, byline: item.author, publisher: feed.title,
    url: itemUrl(item, index, feedSource),
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
