// Legacy character encodings. Node 20's TextDecoder("windows-1252") decodes as Latin-1, so the
// curly quotes and dashes in 0x80–0x9F vanish ("France’s" becomes "Frances"); iconv-lite has the
// real tables. Labels are read the way browsers read them (WHATWG Encoding): "iso-8859-1", "latin1"
// and "us-ascii" mean windows-1252, since servers send those names for windows-1252 pages.
import iconv from "iconv-lite";

const WHATWG_ALIASES: Record<string, string> = {
  "iso-8859-1": "windows-1252", "iso8859-1": "windows-1252", "iso_8859-1": "windows-1252", latin1: "windows-1252",
  "l1": "windows-1252", "us-ascii": "windows-1252", ascii: "windows-1252", "cp1252": "windows-1252", "x-cp1252": "windows-1252",
  "iso-8859-9": "windows-1254", latin5: "windows-1254", "iso-8859-11": "windows-874", "tis-620": "windows-874",
  gb2312: "gbk", "x-gbk": "gbk", "ks_c_5601-1987": "euc-kr", "x-sjis": "shift_jis",
};

/** The encoding a charset label names, lower case ("utf-8", "windows-1252"), or null if unknown. */
export function canonicalCharset(label: string): string | null {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, "");
  if (l === "utf-8" || l === "utf8" || l === "unicode-1-1-utf-8") return "utf-8";
  const name = WHATWG_ALIASES[l] ?? l;
  return iconv.encodingExists(name) ? name : null;
}

/** Decodes bytes in a non-UTF-8 encoding `name` (from canonicalCharset). */
export function decodeLegacy(bytes: Uint8Array, name: string): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name);
}

/**
 * The charset a document names inside itself, for bytes that came without one: an HTML
 * <meta charset> or <meta http-equiv content="…; charset=…">, or an XML declaration's encoding.
 * Only the first 2 KiB are read (HTML puts the meta there; the XML declaration is first).
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 2048)).toString("latin1");
  const xml = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/.exec(head);
  if (xml) return xml[1];
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ?? null;
}
