// Article identity: a hash of the text normalised so that re-saving it (CRLF, trailing spaces,
// extra blank lines, composed vs decomposed accents) does not make it a different article.
import { createHash } from "node:crypto";

/** The form hashed; never stored, since offsets point into the text as read. */
export function normaliseForHash(text: string): string {
  return trimLineEnds(text.normalize("NFC").replace(/\r\n?/g, "\n"))
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const isTrailingSpace = (c: number) => c === 32 || c === 9 || c === 12 || c === 11 || c === 0xa0;
const isLineEnd = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/**
 * Spaces, tabs, form feeds, vertical tabs and NBSP removed before every line end and at the end,
 * as /[ \t\f\v\u00a0]+$/gm would, in one pass: that pattern took minutes on long runs of spaces.
 */
export function trimLineEnds(text: string): string {
  const parts: string[] = [];
  let kept = 0; // start of the text not yet copied
  let run = -1; // start of the current run of trailing-space characters, or -1
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isTrailingSpace(c)) {
      if (run < 0) run = i;
    } else {
      if (run >= 0 && isLineEnd(c)) {
        parts.push(text.slice(kept, run));
        kept = i;
      }
      run = -1;
    }
  }
  parts.push(text.slice(kept, run >= 0 ? run : text.length));
  return parts.join("");
}

/** sha256 hex of the normalised text. */
export function textHash(text: string): string {
  return createHash("sha256").update(normaliseForHash(text), "utf8").digest("hex");
}

/** The id used when the source gives none: the first 12 hex characters of the hash. */
export function shortId(hash: string): string {
  return hash.slice(0, 12);
}
