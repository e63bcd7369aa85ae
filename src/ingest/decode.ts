// Bytes to stored text: refuse binary and non-UTF-8 input with a reason a user can act on,
// strip a BOM and normalise line endings — nothing else, since offsets will point into the result.
import { canonicalCharset, decodeLegacy } from "./charset.js";

/** Thrown for bytes that are not usable text; callers turn it into a SourceError. */
export class DecodeError extends Error {}

const SNIFF_BYTES = 8192;

/** True for bytes that look like a binary file: a NUL byte, or many control characters. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    // Tab, LF, FF, CR and ESC turn up in real text; other C0 controls and DEL do not.
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) || b === 0x7f) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** Line endings to "\n" and no BOM: the only changes made to stored text. */
export function normaliseNewlines(text: string): string {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return s.includes("\r") ? s.replace(/\r\n?/g, "\n") : s;
}

/**
 * Decodes text bytes. UTF-8 unless a UTF-16 BOM says otherwise or `charset` (from an HTTP header or
 * the document's own declaration) names another encoding, decoded with iconv-lite (charset.ts).
 * Throws DecodeError for binary data, invalid UTF-8 (naming the line) or an unknown charset.
 */
export function decodeText(bytes: Uint8Array, charset?: string | null): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const label = bytes[0] === 0xff ? "utf-16le" : "utf-16be";
    return normaliseNewlines(new TextDecoder(label).decode(bytes));
  }
  if (looksBinary(bytes)) throw new DecodeError("binary data (NUL or control bytes), not text");
  // The sniff reads the first 8 KiB; a NUL further on is decided by the whole text (UTF-16 aside, no text has one).
  const nul = bytes.indexOf(0, SNIFF_BYTES);
  if (nul !== -1) throw new DecodeError(`binary data (a NUL byte at byte ${nul}, line ${lineAt(bytes, nul)}), not text`);
  // A UTF-8 BOM wins over any label (as in browsers).
  const hasUtf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const name = hasUtf8Bom || !charset ? "utf-8" : canonicalCharset(charset);
  if (!name) throw new DecodeError(`unknown character encoding "${charset}"`);
  if (name !== "utf-8") return normaliseNewlines(decodeLegacy(bytes, name));
  try {
    return normaliseNewlines(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    const line = firstBadLine(bytes);
    throw new DecodeError(`not valid UTF-8 text (first bad byte on line ${line}); convert it to UTF-8`);
  }
}

/** 1-based line number of byte `at`. */
function lineAt(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = bytes.indexOf(10); i !== -1 && i < at; i = bytes.indexOf(10, i + 1)) line++;
  return line;
}

/** 1-based number of the first line that does not decode as UTF-8. */
function firstBadLine(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 10) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}
