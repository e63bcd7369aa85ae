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

export function markdownToText(source: string): MarkdownArticle {
  const { body, fields } = splitFrontMatter(source);
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
    const kv = /^([A-Za-z_][\w-]*):\s*(.*?)\s*$/.exec(line);
    if (kv && kv[2]) fields[kv[1].toLowerCase()] = kv[2].replace(/^(["'])(.*)\1$/, "$2");
  }
  return { body: source.slice(m[0].length), fields };
}
