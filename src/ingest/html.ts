// HTML to article text: Readability finds the body, a block-aware walk turns it into paragraphs
// separated by blank lines (entities decoded by the parser), and meta tags give title, byline and date.
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import { parseMetaDate } from "./refdate.js";

/** The small part of the DOM this module reads (the project compiles without the DOM lib). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}
interface DomDocument extends DomElement {
  title: string;
  body: DomElement | null;
  documentElement: DomElement;
}

export interface HtmlArticle {
  text: string;
  title: string | null;
  byline: string | null;
  publisher: string | null;
  /** YYYY-MM-DD from the page's metadata, if any. */
  date: string | null;
  /** Canonical URL the page declares (link rel=canonical, og:url). */
  canonical: string | null;
  meta: Record<string, unknown>;
}

const BLOCKS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION",
  "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL",
  "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TBODY", "THEAD", "TFOOT", "TR", "UL", "BODY", "HTML",
]);
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "OBJECT", "CANVAS", "HEAD", "TITLE"]);

/** Paragraphs of an element's text, joined by blank lines; line breaks from <br> and <pre> kept. */
export function blockText(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = "";
  const flush = (pre = false): void => {
    const p = pre
      ? current.replace(/^\n+|\s+$/g, "")
      : current.replace(/[ \t\n\r\f]*\n[ \t\n\r\f]*/g, "\n").replace(/^[ \t\n\r\f]+|[ \t\n\r\f]+$/g, "");
    if (p) paragraphs.push(p);
    current = "";
  };
  const walk = (node: DomNode, pre: boolean): void => {
    if (node.nodeType === 3) {
      const t = node.textContent ?? "";
      current += pre ? t : t.replace(/[ \t\n\r\f]+/g, " ");
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === "BR") {
      current = (pre ? current : current.replace(/ +$/, "")) + "\n";
      return;
    }
    const block = BLOCKS.has(name);
    if (block && !pre) flush();
    if (name === "TD" || name === "TH") current += " ";
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i], pre || name === "PRE");
    if (block && !pre) flush(name === "PRE");
  };
  walk(root, false);
  flush();
  return paragraphs.join("\n\n");
}

/** Parses an HTML fragment or page (linkedom); a fragment is wrapped so it gets a body. */
export function parseDocument(html: string): DomDocument {
  const page = /<(?:html|body|head)[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(page).document as unknown as DomDocument;
}

/** Plain text of an HTML fragment (feed content, JSONL `html` without a page around it). */
export function fragmentText(html: string): string {
  const doc = parseDocument(html);
  return doc.body ? blockText(doc.body) : "";
}

/** Decodes entities in a short string (feed titles): "Gaza&#8217;s" → "Gaza’s". */
export function decodeEntities(s: string): string {
  return s.includes("&") ? (parseDocument(`<p>${s}</p>`).body?.textContent ?? s) : s;
}

function metaContent(doc: DomDocument, keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const v = el?.getAttribute("content")?.trim();
    if (v) return v;
  }
  return null;
}

const DATE_KEYS = [
  "article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate", "date",
  "dc.date", "DC.date.issued", "dcterms.created", "parsely-pub-date", "sailthru.date", "article:modified_time",
];

function readMeta(doc: DomDocument): { date: string | null; raw: Record<string, string> } {
  const raw: Record<string, string> = {};
  const metas = doc.querySelectorAll("meta[content]");
  for (let i = 0; i < metas.length; i++) {
    const key = metas[i].getAttribute("property") ?? metas[i].getAttribute("name") ?? metas[i].getAttribute("itemprop");
    const value = metas[i].getAttribute("content")?.trim();
    if (key && value && (/^(og|article|dc|dcterms|twitter):/i.test(key) || DATE_KEYS.includes(key) || key === "author")) {
      raw[key] ??= value;
    }
  }
  const time = doc.querySelector("time[pubdate][datetime], article time[datetime], time[datetime]");
  const rawDate = metaContent(doc, DATE_KEYS) ?? time?.getAttribute("datetime") ?? null;
  return { date: parseMetaDate(rawDate), raw };
}

/** Extracts the article of an HTML page. Empty `text` when nothing readable was found. */
export function extractHtml(html: string): HtmlArticle {
  const doc = parseDocument(html);
  const { date: metaDate, raw } = readMeta(doc);
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? raw["og:url"] ?? null;
  const lang = doc.documentElement.getAttribute("lang");
  const fallbackTitle = raw["og:title"] ?? (doc.title?.trim() || null);
  // Readability edits the document it reads, so metadata is taken first; it hands back the element.
  const result = new Readability<DomNode>(doc as never, { serializer: (n) => n as unknown as DomNode }).parse();
  let text = result?.content ? blockText(result.content) : "";
  if (!text && doc.body) text = blockText(doc.body);
  let title = clean(result?.title) ?? fallbackTitle;
  // A headline repeated as the body's first paragraph belongs in `title`, not in front of the dateline.
  const first = text.split("\n\n", 1)[0];
  const heading = clean((result?.content as DomElement | undefined)?.querySelector?.("h1, h2")?.textContent);
  const sameAsTitle = title !== null && title.toLowerCase().includes(first.toLowerCase());
  if ((first === heading || sameAsTitle) && first.length < 300 && text.length > first.length) {
    title = first;
    text = text.slice(first.length).replace(/^\n+/, "");
  }
  const byline = clean(result?.byline) ?? raw["author"] ?? raw["article:author"] ?? null;
  // Readability leaves a "By …" line in the body when the byline came from a meta tag.
  const lead = text.split("\n\n", 1)[0];
  if (byline && lead.length < 120 && /^by\s/i.test(lead) && lead.includes(byline) && text.length > lead.length) {
    text = text.slice(lead.length).replace(/^\n+/, "");
  }
  const meta: Record<string, unknown> = { ...raw };
  if (lang) meta.lang = lang;
  if (result?.excerpt) meta.excerpt = result.excerpt;
  return {
    text,
    title,
    byline,
    publisher: clean(result?.siteName) ?? raw["og:site_name"] ?? null,
    date: metaDate ?? parseMetaDate(result?.publishedTime ?? null),
    canonical,
    meta,
  };
}

function clean(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, " ").trim();
  return t ? t : null;
}
