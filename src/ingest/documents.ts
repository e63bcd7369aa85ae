// A single document (text, Markdown, HTML) as a draft, whatever it came from; and guessing a
// document's kind from its content when nothing else tells.
import { SourceError } from "../errors.js";
import type { Draft } from "./types.js";
import { extractHtml } from "./html.js";
import { markdownToText } from "./markdown.js";
import { looksLikeFeed } from "./feeds.js";
import { skipSpace } from "../util/scan.js";

export type SourceKind = "stdin" | "url" | "directory" | "text" | "markdown" | "html" | "feed" | "jsonl" | "json";

export /** A text, Markdown or HTML document (file, stdin or HTTP body) as a draft; drafts from metadata win. */
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

/**
 * A plain text's first line when it reads as a headline: 3 to 200 characters, unpunctuated, then a
 * blank line. Found with indexOf: the pattern /^\s*([^\n]{3,200})\n[ \t]*\n/ was cubic on white space.
 */
function headline(text: string): string | null {
  const first = skipSpace(text);
  const end = text.indexOf("\n", first);
  if (first >= text.length || end < 0) return null;
  const line = text.slice(first, end).trim();
  if (line.length < 3 || end - first > 200) return null;
  let k = end + 1;
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++;
  if (text.charCodeAt(k) !== 10) return null;
  return /[.!?:;,\-–—"”]$/.test(line) ? null : line;
}


/** The kind of a document known only by its content (stdin, untyped responses, odd extensions). */
export function sniffKind(text: string): SourceKind {
  if (looksLikeFeed(text)) return "feed";
  // XHTML may open with an XML declaration.
  if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>])/i.test(text)) return "html";
  if (/^\s*[[{]/.test(text)) return "json";
  return "text";
}
