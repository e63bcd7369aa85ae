// Capping how deep HTML nests before any DOM sees it. linkedom's parser slows down quadratically
// past some thousands of levels and Readability roughly cubically (1,500 nested <div>s: 42 s), and
// both recurse; no real page needs more than a few dozen levels. Tags past the cap are dropped and
// their text stays, inside the deepest element kept. One linear pass over the markup.

/** Deepest element nesting kept (real pages stay well under 100). */
export const MAX_HTML_DEPTH = 64;
/** Tables inside tables kept: Readability looks at every row of every table inside each one (40 nested tables: seconds). */
export const MAX_TABLE_DEPTH = 8;

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen", "frame", "basefont", "bgsound"]);
/** Elements whose content is raw text up to their end tag. */
const RAW = new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext", "noscript"]);
/** Elements an opening tag of the same kind closes (<p>a<p>b is two siblings, not nested). */
const SELF_CLOSING_SIBLINGS = new Set(["p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "rt", "rp", "thead", "tbody", "tfoot"]);

export interface CappedHtml {
  html: string;
  /** Element tags (opening and closing) left out. */
  dropped: number;
}

/** White space, "/" or ">": where a tag name ends. */
const isNameEnd = (c: number) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13 || c === 47 || c === 62;

export function capNesting(html: string, max = MAX_HTML_DEPTH, maxTables = MAX_TABLE_DEPTH): CappedHtml {
  const lower = html.toLowerCase();
  const stack: string[] = [];
  const droppedOpen = new Map<string, number>();
  const parts: string[] = [];
  let kept = 0;
  let dropped = 0;
  const drop = (from: number, to: number) => {
    parts.push(html.slice(kept, from));
    kept = to;
    dropped++;
  };
  for (let i = lower.indexOf("<"); i >= 0 && i < html.length; i = lower.indexOf("<", i)) {
    if (lower.startsWith("<!--", i)) {
      const end = lower.indexOf("-->", i + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const next = lower.charCodeAt(i + 1);
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      const end = lower.indexOf(">", i);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    const closing = next === 47; /* / */
    let n = i + (closing ? 2 : 1);
    const nameStart = n;
    // A tag name runs to white space, "/" or ">" as HTML parsers read it: "<title<div>" is one element
    // named "title<div", not a <title> whose raw text would hide the rest of the page from the cap.
    while (n < html.length && !isNameEnd(lower.charCodeAt(n))) n++;
    if (n === nameStart || !(lower.charCodeAt(nameStart) >= 97 && lower.charCodeAt(nameStart) <= 122)) {
      i++; // a "<" that starts no tag is text
      continue;
    }
    const name = lower.slice(nameStart, n);
    const end = tagEnd(lower, n);
    if (closing) {
      const d = droppedOpen.get(name) ?? 0;
      if (d > 0) {
        droppedOpen.set(name, d - 1);
        drop(i, end);
      } else {
        const at = stack.lastIndexOf(name);
        if (at >= 0) stack.length = at;
      }
      i = end;
      continue;
    }
    const selfClosed = lower.charCodeAt(end - 2) === 47;
    if (RAW.has(name)) {
      const close = lower.indexOf(`</${name}`, end);
      i = close < 0 ? html.length : close;
      continue; // its end tag is read next, and it never nests
    }
    if (VOID.has(name) || selfClosed) {
      i = end;
      continue;
    }
    if (SELF_CLOSING_SIBLINGS.has(name) && stack[stack.length - 1] === name) stack.pop();
    // Inside a table that was dropped, its rows and cells go too (they would nest as deep).
    const inDroppedTable = TABLE_PARTS.has(name) && (droppedOpen.get("table") ?? 0) > 0;
    if (stack.length >= max || inDroppedTable || (name === "table" && tablesOpen(stack) >= maxTables)) {
      droppedOpen.set(name, (droppedOpen.get(name) ?? 0) + 1);
      drop(i, end);
    } else stack.push(name);
    i = end;
  }
  if (!dropped) return { html, dropped: 0 };
  parts.push(html.slice(kept));
  return { html: parts.join(""), dropped };
}

const TABLE_PARTS = new Set(["tr", "td", "th", "tbody", "thead", "tfoot", "caption", "colgroup"]);

function tablesOpen(stack: string[]): number {
  let n = 0;
  for (const s of stack) if (s === "table") n++;
  return n;
}

/** Offset just past the ">" that ends the tag whose name ends at `from` (quoted attribute values skipped). */
function tagEnd(lower: string, from: number): number {
  let quote = 0;
  let afterEquals = false;
  for (let k = from; k < lower.length; k++) {
    const c = lower.charCodeAt(k);
    if (quote) {
      if (c === quote) quote = 0;
    } else if ((c === 34 || c === 39) && afterEquals) quote = c;
    else if (c === 62) return k + 1;
    if (c === 61) afterEquals = true;
    else if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) afterEquals = false;
  }
  return lower.length;
}
