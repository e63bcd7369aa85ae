// Small linear-time string scans used where a regular expression would backtrack on hostile
// input (nested or overlapping quantifiers, lazy groups repeated over a whole text). Each walks
// the string once with indexOf or a character loop.

/** Unicode white space as JavaScript's \s sees it. */
export function isSpaceCode(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Index of the first non-space character at or after `from` (text.length when none). */
export function skipSpace(text: string, from = 0): number {
  let i = from;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** The text before the first `mark` (all of it when absent): "a # b" cut at "#" → "a ". */
export function cutAt(text: string, mark: string): string {
  const k = text.indexOf(mark);
  return k < 0 ? text : text.slice(0, k);
}

/** `text` without trailing runs of any character in `chars` ("ab__" with "_" → "ab"). */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1])) end--;
  return text.slice(0, end);
}

export interface Delimited {
  /** Offset of the opening delimiter. */
  start: number;
  /** Offset just after the closing delimiter. */
  end: number;
  /** The text between the delimiters. */
  inner: string;
}

/**
 * Non-overlapping `open … close` groups, leftmost first, each closed by the nearest `close`
 * (as /open([^close]*)close/g or a lazy /open.*?close/g would find them, without rescanning:
 * "[[a]" gives one group with inner "[a").
 */
export function delimited(text: string, open: string, close: string): Delimited[] {
  const out: Delimited[] = [];
  let at = 0;
  for (;;) {
    const k = text.indexOf(open, at);
    if (k < 0) break;
    const c = text.indexOf(close, k + open.length);
    if (c < 0) break;
    out.push({ start: k, end: c + close.length, inner: text.slice(k + open.length, c) });
    at = c + close.length;
  }
  return out;
}

/** Whether an `open` is left without a `close` after it (the last group is unclosed). */
export function hasUnclosed(text: string, open: string, close: string): boolean {
  const lastOpen = text.lastIndexOf(open);
  return lastOpen >= 0 && text.indexOf(close, lastOpen + open.length) < 0;
}

/** `text` with each delimited group replaced by `by(group)`. */
export function replaceDelimited(text: string, open: string, close: string, by: (g: Delimited) => string): string {
  const groups = delimited(text, open, close);
  if (!groups.length) return text;
  const parts: string[] = [];
  let at = 0;
  for (const g of groups) {
    parts.push(text.slice(at, g.start), by(g));
    at = g.end;
  }
  parts.push(text.slice(at));
  return parts.join("");
}
