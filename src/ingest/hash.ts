// Article identity: a hash of the text normalised so that re-saving it (CRLF, trailing spaces,
// extra blank lines, composed vs decomposed accents) does not make it a different article.
import { createHash } from "node:crypto";

/** The form hashed; never stored, since offsets point into the text as read. */
export function normaliseForHash(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t\f\v\u00a0]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** sha256 hex of the normalised text. */
export function textHash(text: string): string {
  return createHash("sha256").update(normaliseForHash(text), "utf8").digest("hex");
}

/** The id used when the source gives none: the first 12 hex characters of the hash. */
export function shortId(hash: string): string {
  return hash.slice(0, 12);
}
