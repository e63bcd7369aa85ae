// HTML to article text: Readability finds the body, a block-aware walk turns it into paragraphs
// separated by blank lines (entities decoded by the parser), and meta tags give title, byline and date.
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import { parseMetaDate } from "./refdate.js";
import { capNesting } from "./html-depth.js";

/** The small part of the DOM this module reads (the project compiles without the DOM lib). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
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
  let parts: string[] = [];
  const flush = (pre = false): void => {
    const current = parts.join("");
    parts = [];
    const p = pre ? trimPre(current) : foldLines(current);
    if (p) paragraphs.push(p);
  };
  // An explicit stack, not recursion: pages nest thousands of elements deep.
  // A node's childNodes is built afresh on every read in linkedom: read it once per node.
  interface Frame { kids: ArrayLike<DomNode>; pre: boolean; block: boolean; name: string; next: number }
  const stack: Frame[] = [];
  const enter = (node: DomNode, pre: boolean): void => {
    if (node.nodeType === 3) {
      const t = node.textContent ?? "";
      parts.push(pre ? t : t.replace(/[ \t\n\r\f]+/g, " "));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === "BR") {
      // Outside <pre>, spaces before the break go when the paragraph is folded.
      parts.push("\n");
      return;
    }
    const block = BLOCKS.has(name);
    if (block && !pre) flush();
    if (name === "TD" || name === "TH") parts.push(" ");
    stack.push({ kids: node.childNodes, pre, block, name, next: 0 });
  };
  enter(root, false);
  while (stack.length) {
    const f = stack[stack.length - 1];
    if (f.next < f.kids.length) {
      enter(f.kids[f.next++], f.pre || f.name === "PRE");
      continue;
    }
    stack.pop();
    if (f.block && !f.pre) flush(f.name === "PRE");
  }
  flush();
  return paragraphs.join("\n\n");
}

const isFoldSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12;

/**
 * Outside <pre>: every run of spaces, tabs and line breaks that holds a line break becomes one
 * "\n", and the ends are trimmed; one pass (the regular expressions it replaces were quadratic on
 * long runs of spaces).
 */
export function foldLines(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isFoldSpace(s.charCodeAt(start))) start++;
  while (end > start && isFoldSpace(s.charCodeAt(end - 1))) end--;
  const out: string[] = [];
  let kept = start;
  for (let i = start; i < end;) {
    if (!isFoldSpace(s.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    let newline = false;
    while (j < end && isFoldSpace(s.charCodeAt(j))) {
      if (s.charCodeAt(j) === 10) newline = true;
      j++;
    }
    if (newline) {
      out.push(s.slice(kept, i), "\n");
      kept = j;
    }
    i = j;
  }
  out.push(s.slice(kept, end));
  return out.join("");
}

/** Inside <pre>: leading line breaks and trailing white space removed, the rest kept. */
function trimPre(s: string): string {
  let start = 0;
  while (start < s.length && s.charCodeAt(start) === 10) start++;
  return s.slice(start).trimEnd();
}

/** Parses an HTML fragment or page (linkedom); a fragment is wrapped so it gets a body. */
export function parseDocument(html: string): DomDocument {
  const capped = capNesting(html).html;
  const doc = parseHTML(withBody(capped)).document as unknown as DomDocument;
  // Tags inside comments or scripts can make the page look whole when it is not: wrap it then.
  if (doc.documentElement && doc.body) return doc;
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${capped}</body></html>`).document as unknown as DomDocument;
}

/**
 * The page with <html> and <body> tags, added where they are missing: a valid page may leave both
 * out, and linkedom then puts the content beside an empty body (and its text was lost).
 */
export function withBody(html: string): string {
  if (!/<(?:html|body|head)[\s>]/i.test(html)) return `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  let page = html;
  if (!/<html[\s>]/i.test(page)) {
    const doctype = /^\s*<!doctype[^>]*>/i.exec(page)?.[0] ?? "";
    page = `${doctype}<html>${page.slice(doctype.length)}</html>`;
  }
  if (/<body[\s>]/i.test(page)) return page;
  const lower = page.toLowerCase();
  const headEnd = lower.indexOf("</head>");
  const open = headEnd >= 0 ? headEnd + 7 : lower.indexOf(">", lower.search(/<html[\s>]/)) + 1;
  const close = lower.lastIndexOf("</html>");
  const bodyEnd = close >= open ? close : page.length;
  return `${page.slice(0, open)}<body>${page.slice(open, bodyEnd)}</body>${page.slice(bodyEnd)}`;
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

/**
 * Elements a page may have for Readability to pick its article; a larger page is read as its whole
 * body's text. Readability's time grows faster than the element count (8,000 <b> in one paragraph: 10 s).
 */
export const MAX_READABILITY_ELEMENTS = 5000;

/**
 * Nodes a page may have for Readability, text and comments counted, and each character its retries
 * would write back as a reference: it re-parses the page's HTML on each retry, and linkedom makes a
 * text node per character reference (40,000 "> " in one paragraph, 5 elements, took 35 s per MB).
 */
export const MAX_READABILITY_NODES = 20_000;

/** Nodes under `root` plus the characters of its text serialised as references, counted up to `limit`. */
function readabilityLoad(root: DomNode, limit: number): number {
  let n = 0;
  const stack: DomNode[] = [root];
  while (stack.length && n <= limit) {
    const node = stack.pop()!;
    n++;
    if (node.nodeType === 3) {
      const t = node.textContent ?? "";
      for (let i = 0; i < t.length && n <= limit; i++) {
        const c = t.charCodeAt(i);
        if (c === 38 || c === 60 || c === 62 || c === 160) n += 2; // "&", "<", ">", NBSP: a reference and the text after it
      }
    }
    for (let c = node.firstChild; c; c = c.nextSibling) stack.push(c);
  }
  return n;
}

/** Extracts the article of an HTML page. Empty `text` when nothing readable was found. */
export function extractHtml(html: string): HtmlArticle {
  const doc = parseDocument(html);
  const { date: metaDate, raw } = readMeta(doc);
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? raw["og:url"] ?? null;
  const lang = doc.documentElement.getAttribute("lang");
  const fallbackTitle = raw["og:title"] ?? (doc.title?.trim() || null);
  // Readability edits the document it reads, so metadata is taken first; it hands back the element.
  // Readability is a heuristic over any DOM it is given; where it trips, the body's text is used.
  let result: ReturnType<Readability<DomNode>["parse"]> = null;
  let tripped = false;
  // (Readability's own maxElemsToParse counts nothing under linkedom, whose getElementsByTagName("*") is empty.)
  try {
    if (doc.querySelectorAll("*").length <= MAX_READABILITY_ELEMENTS && readabilityLoad(doc.documentElement, MAX_READABILITY_NODES) <= MAX_READABILITY_NODES) {
      result = new Readability<DomNode>(doc as never, { serializer: (n) => n as unknown as DomNode }).parse();
    }
  } catch {
    tripped = true; // and it may have left the document without a root: read a fresh one
  }
  let text = result?.content ? blockText(result.content) : "";
  if (!text) {
    const body = bodyOf(tripped ? parseDocument(html) : doc);
    if (body) text = blockText(body);
  }
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

/** The document's body, or null (linkedom's getter throws when the document has lost its root). */
function bodyOf(doc: DomDocument): DomElement | null {
  try {
    return doc.body;
  } catch {
    return null;
  }
}

function clean(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, " ").trim();
  return t ? t : null;
}
