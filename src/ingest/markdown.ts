// Markdown to article text: rendered with marked, then read like HTML, so headings, emphasis and
// link markup disappear and paragraphs stay. A leading "# Title" and front matter become metadata.
import { Marked, type Token } from "marked";
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

/**
 * Emphasis and link openers a block may hold for marked: it pairs them in time about quadratic in
 * their count ("_a_" over 20 KB: 1.2 s, over 100 KB: 33 s). A runaway block is read as plain text.
 * Runs of one mark count once ("****" is one delimiter to marked).
 */
export const MAX_INLINE_MARKS = 1000;

function tooManyInlineMarks(body: string): boolean {
  let marks = 0;
  let prev = "";
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "\n" && /^\n[ \t]*\n/.test(body.slice(i, i + 64))) marks = 0;   // a blank line ends the block
    else if ((c === "*" || c === "_" || c === "~") && c !== prev) marks++;
    else if (c === "[" || c === "<") marks++;
    if (marks > MAX_INLINE_MARKS) return true;
    prev = c;
  }
  return false;
}

// GFM without bare-URL autolinks: marked's URL pattern rescans to the end of the text from every
// "www." or "http://" ("http://a.e" and 15,000 "&a;": 11 s), and plain text keeps the URL anyway.
const md = new Marked({ gfm: true });
md.use({ tokenizer: { url: () => undefined } });

export function markdownToText(source: string): MarkdownArticle {
  const { body, fields } = splitFrontMatter(source);
  if (nestsTooDeep(body) || tooManyInlineMarks(body)) return { text: body, title: fields.title ?? null, frontMatter: fields };
  const tokens = md.lexer(body);
  let title: string | null = fields.title ?? null;
  const firstIndex = tokens.findIndex((t) => t.type !== "space");
  const first: Token | undefined = tokens[firstIndex];
  if (first?.type === "heading" && first.depth === 1) {
    title ??= fragmentText(md.parser([{ ...first, type: "paragraph" } as Token]));
    tokens.splice(firstIndex, 1);
  }
  return { text: fragmentText(md.parser(tokens)), title, frontMatter: fields };
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
