// Markdown to article text: rendered with marked, then read like HTML, so headings, emphasis and
// link markup disappear and paragraphs stay. A leading "# Title" and front matter become metadata.
import { marked, type Token } from "marked";
import { fragmentText } from "./html.js";

export interface MarkdownArticle {
  text: string;
  title: string | null;
  /** Simple `key: value` pairs from a leading front-matter block (title, date, url, author, id, …). */
  frontMatter: Record<string, string>;
}

/**
 * Deepest nesting handed to marked (list items and quotes opening one line, or indentation / 4):
 * marked recurses on nesting and its time grows with about its cube (1,000 nested list items:
 * 26 s, 2,000: a stack overflow). Deeper documents are read as plain text.
 */
export const MAX_MARKDOWN_NESTING = 16;

/** Leading block markers of a line: list bullets and numbers, heading marks, and every ">" of a quote. */
function markerDepth(line: string): number {
  let depth = 0;
  for (const word of line.trimStart().split(/[ \t]+/)) {
    if (/^>+$/.test(word)) depth += word.length;
    else if (/^(?:[-*+]|#{1,6}|\d{1,9}[.)])$/.test(word)) depth++;
    else if (/^>+/.test(word)) return depth + /^>+/.exec(word)![0].length;
    else break;
    if (depth > MAX_MARKDOWN_NESTING) break;
  }
  return depth;
}

function nestsTooDeep(body: string): boolean {
  // marked reads a lone "\r" as a line break too.
  for (const line of body.split(/\r\n?|\n/)) {
    let cols = 0;
    for (let k = 0; k < line.length && (line[k] === " " || line[k] === "\t"); k++) cols += line[k] === "\t" ? 4 : 1;
    if (cols > MAX_MARKDOWN_NESTING * 4 || markerDepth(line) > MAX_MARKDOWN_NESTING) return true;
  }
  return false;
}

export function markdownToText(source: string): MarkdownArticle {
  const { body, fields } = splitFrontMatter(source);
  if (nestsTooDeep(body)) return { text: body, title: fields.title ?? null, frontMatter: fields };
  const tokens = marked.lexer(body);
  let title: string | null = fields.title ?? null;
  const firstIndex = tokens.findIndex((t) => t.type !== "space");
  const first: Token | undefined = tokens[firstIndex];
  if (first?.type === "heading" && first.depth === 1) {
    title ??= fragmentText(marked.parser([{ ...first, type: "paragraph" } as Token]));
    tokens.splice(firstIndex, 1);
  }
  return { text: fragmentText(marked.parser(tokens)), title, frontMatter: fields };
}

function splitFrontMatter(source: string): { body: string; fields: Record<string, string> } {
  const m = /^---\n([\s\S]*?)\n(?:---|\.\.\.)\n/.exec(source);
  if (!m) return { body: source, fields: {} };
  const fields: Record<string, string> = {};
  for (const line of m[1].split("\n")) {
    // The key by a pattern, the value by trim(): /:\s*(.*?)\s*$/ was cubic on runs of spaces.
    const key = /^[A-Za-z_][\w-]*:/.exec(line)?.[0];
    const value = key ? line.slice(key.length).trim() : "";
    if (key && value) fields[key.slice(0, -1).toLowerCase()] = unquote(value);
  }
  return { body: source.slice(m[0].length), fields };
}

/** "value" or 'value' without its quotes. */
function unquote(v: string): string {
  const q = v[0];
  return v.length >= 2 && (q === '"' || q === "'") && v[v.length - 1] === q ? v.slice(1, -1) : v;
}
