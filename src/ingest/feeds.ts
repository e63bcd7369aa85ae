// RSS 2.0, RSS 1.0 (RDF) and Atom feeds into a flat list of items; fetching or using their content
// is left to the caller.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { decodeEntities } from "./html.js";
import { skipSpace } from "../util/scan.js";

export interface FeedItem {
  title: string | null;
  link: string | null;
  /** The date as the feed wrote it (pubDate, dc:date, published, updated). */
  date: string | null;
  /** Full text as HTML (content:encoded, atom content), or null. */
  content: string | null;
  /** Short description or summary as HTML, or null. */
  summary: string | null;
  guid: string | null;
  author: string | null;
}

export interface Feed {
  format: "rss" | "atom" | "rdf";
  title: string | null;
  link: string | null;
  items: FeedItem[];
}

/** Thrown for XML that is broken or is not a feed; `line` is where the parser stopped. */
export class FeedError extends Error {
  constructor(message: string, readonly line: number | null = null) {
    super(message);
  }
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  trimValues: true,
  isArray: (name) => name === "item" || name === "entry" || name === "link" || name === "author",
});

/**
 * True when text starts like a feed document (used to sniff stdin and untyped or mistyped
 * responses): after white space, processing instructions (<?xml …?>, <?xml-stylesheet …?>),
 * comments and a doctype, the root element is <rss>, <feed> or <rdf:RDF>. A scan with indexOf,
 * not a regular expression: the pattern that skipped comments backtracked exponentially.
 */
export function looksLikeFeed(text: string): boolean {
  let i = skipSpace(text);
  for (;;) {
    const close = text.startsWith("<?", i) ? "?>" : text.startsWith("<!--", i) ? "-->" : text.startsWith("<!DOCTYPE", i) ? ">" : null;
    if (!close) break;
    const end = text.indexOf(close, i + 2);
    if (end < 0) return false;
    i = skipSpace(text, end + close.length);
  }
  for (const root of ["<rss", "<feed", "<rdf:RDF"]) {
    if (text.startsWith(root, i)) {
      const c = text.charCodeAt(i + root.length);
      return c === 62 /* > */ || c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;
    }
  }
  return false;
}

export function parseFeed(xml: string): Feed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new FeedError(`broken feed XML: ${valid.err.msg}`, valid.err.line);
  let doc: Record<string, any>;
  try {
    doc = parser.parse(xml) as Record<string, any>;
  } catch (err) {
    // The validator passes a few documents the parser then refuses ("Pi Tag is not closed").
    throw new FeedError(`broken feed XML: ${(err as Error).message}`);
  }
  if (doc.rss?.channel) {
    const ch = doc.rss.channel;
    return { format: "rss", title: text(ch.title), link: rssLink(ch.link), items: (ch.item ?? []).map(rssItem) };
  }
  if (doc["rdf:RDF"]) {
    const rdf = doc["rdf:RDF"];
    return { format: "rdf", title: text(rdf.channel?.title), link: rssLink(rdf.channel?.link), items: (rdf.item ?? []).map(rssItem) };
  }
  if (doc.feed) {
    const f = doc.feed;
    return { format: "atom", title: text(f.title), link: atomLink(f.link), items: (f.entry ?? []).map(atomEntry) };
  }
  throw new FeedError("XML but not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root)");
}

function rssItem(it: Record<string, any>): FeedItem {
  const guid = text(it.guid);
  const link = rssLink(it.link) ?? (guid && /^https?:\/\//.test(guid) && it.guid?.["@_isPermaLink"] !== "false" ? guid : null);
  return {
    title: text(it.title),
    link,
    date: text(it.pubDate) ?? text(it["dc:date"]) ?? text(it.published) ?? text(it.updated),
    content: raw(it["content:encoded"]),
    summary: raw(it.description),
    guid,
    author: text(it["dc:creator"]) ?? text(it.author?.[0]),
  };
}

function atomEntry(e: Record<string, any>): FeedItem {
  return {
    title: text(e.title),
    link: atomLink(e.link),
    date: text(e.published) ?? text(e.updated),
    content: atomContent(e.content),
    summary: atomContent(e.summary),
    guid: text(e.id),
    author: text(e.author?.[0]?.name) ?? text(e.author?.[0]),
  };
}

/** Atom text constructs: "text" and "html" arrive as strings; "xhtml" as parsed elements. */
function atomContent(v: unknown): string | null {
  if (v == null) return null;
  if (typeof v === "string") return v || null;
  const obj = v as Record<string, unknown>;
  if (obj["@_type"] === "xhtml") return xhtmlText(obj) || null;
  return raw(obj);
}

/**
 * Inline XHTML content rebuilt as HTML paragraphs of its text. The parser has already split it into
 * objects, so inline markup inside a paragraph may become a paragraph of its own: rare, and harmless.
 */
function xhtmlText(v: unknown): string {
  if (typeof v === "string" || typeof v === "number") return `<p>${String(v).replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`;
  if (Array.isArray(v)) return v.map(xhtmlText).join("");
  if (v && typeof v === "object") {
    return Object.entries(v).filter(([k]) => !k.startsWith("@_")).map(([, child]) => xhtmlText(child)).join("");
  }
  return "";
}

function rssLink(v: unknown): string | null {
  const links = Array.isArray(v) ? v : v == null ? [] : [v];
  for (const l of links) {
    const s = typeof l === "string" ? l : (l as Record<string, unknown>)?.["@_href"] ?? (l as Record<string, unknown>)?.["#text"];
    if (typeof s === "string" && s.trim()) return s.trim();
  }
  return null;
}

function atomLink(v: unknown): string | null {
  const links = (Array.isArray(v) ? v : v == null ? [] : [v]) as Array<Record<string, string> | string>;
  const href = (l: Record<string, string> | string): string | undefined => (typeof l === "string" ? l : l["@_href"]);
  const alternate = links.find((l) => typeof l !== "string" && (l["@_rel"] ?? "alternate") === "alternate");
  const chosen = alternate ?? links[0];
  return chosen ? href(chosen)?.trim() || null : null;
}

/** The string value of a node that may carry attributes; entities in it decoded. */
function text(v: unknown): string | null {
  const s = raw(v);
  return s ? decodeEntities(s).replace(/\s+/g, " ").trim() || null : null;
}

function raw(v: unknown): string | null {
  if (v == null) return null;
  if (typeof v === "string" || typeof v === "number") return String(v) || null;
  const t = (v as Record<string, unknown>)["#text"];
  return typeof t === "string" || typeof t === "number" ? String(t) || null : null;
}
