// Character classes for the tokenizer and sentence splitter, on UTF-16 char codes (no allocation).

export const HYPHEN = 0x2d;
export const PERIOD = 0x2e;
export const COMMA = 0x2c;
export const SEMICOLON = 0x3b;
export const COLON = 0x3a;
export const SLASH = 0x2f;
export const QUESTION = 0x3f;
export const EXCLAIM = 0x21;
export const APOS = 0x27;
export const DQUOTE = 0x22;
export const BACKTICK = 0x60;
export const AT = 0x40;
export const ELLIPSIS = 0x2026;
export const QUOTE_OPEN_SINGLE = 0x2018;
export const QUOTE_CLOSE_SINGLE = 0x2019;
export const QUOTE_OPEN_DOUBLE = 0x201c;
export const QUOTE_CLOSE_DOUBLE = 0x201d;
export const NEWLINE = 0x0a;

export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isUpper(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  const s = String.fromCharCode(c);
  return s !== s.toLowerCase();
}

export function isLower(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c < 0xc0) return false;
  const s = String.fromCharCode(c);
  return s !== s.toUpperCase();
}

/** Letters: ASCII, Latin-1 and beyond, minus the general punctuation and symbol blocks. */
export function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xfe30 && c <= 0xfe6f) return false;
  if (c >= 0xff00 && c <= 0xff20) return false;
  return c !== 0xfeff;
}

export function isAlnum(c: number): boolean {
  return isDigit(c) || isLetter(c);
}

export function isApostrophe(c: number): boolean {
  return c === APOS || c === QUOTE_CLOSE_SINGLE || c === QUOTE_OPEN_SINGLE || c === 0x2bc || c === 0x2032 || c === BACKTICK;
}

export function isDoubleQuote(c: number): boolean {
  return c === DQUOTE || c === QUOTE_OPEN_DOUBLE || c === QUOTE_CLOSE_DOUBLE || c === 0x201e || c === 0x201f ||
    c === 0xab || c === 0xbb || c === 0x2033;
}

/** En, em and other long dashes (not the ASCII hyphen). */
export function isDash(c: number): boolean {
  return c === 0x2013 || c === 0x2014 || c === 0x2015 || c === 0x2012 || c === 0x2212;
}

export function isBracket(c: number): boolean {
  return c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d;
}

/** Symbols whose repetitions form one token ("$$$", "***", "+++"); not brackets or quotes. */
export function mergesRuns(c: number): boolean {
  return c === 0x24 || c === 0x2a || c === 0x23 || c === 0x7e || c === 0x7c || c === 0x2b || c === 0x3d || c === 0x2022 ||
    c === 0x3c || c === 0x3e;
}

export function isTerminal(c: number): boolean {
  return c === PERIOD || c === QUESTION || c === EXCLAIM;
}

/** Split off the front of a word: quotes, brackets, currency, and similar. */
export function isOpeningPunct(c: number): boolean {
  switch (c) {
    case 0x22: case 0x28: case 0x5b: case 0x7b: case 0x3c: case 0x24: case 0x23: case 0x2a: case 0x7e:
    case 0x60: case 0xa3: case 0xa5: case 0x20ac: case 0xbf: case 0xa1: case 0x201c: case 0x201e:
    case 0x2018: case 0xab: case 0x2039: case 0x2026: case 0x3a: case 0x3b: case 0x2c: case 0x21: case 0x3f:
    case 0x2022: case 0xb7: case 0x7c:
      return true;
    default:
      return false;
  }
}

/** Split off the back of a word (the period and apostrophes are handled apart). */
export function isClosingPunct(c: number): boolean {
  switch (c) {
    case 0x22: case 0x29: case 0x5d: case 0x7d: case 0x3e: case 0x2c: case 0x3b: case 0x3a: case 0x25:
    case 0x2a: case 0x201d: case 0xbb: case 0x203a: case 0x2026: case 0x60: case 0x7c: case 0x2033:
    case 0x201c: case 0x2018: // opening quotes typed where closing ones belong
    case 0x24: // "US$"
      return true;
    default:
      return false;
  }
}

/** Curly quotes and apostrophes as their ASCII forms; other chars unchanged. */
export function straightQuote(c: number): number {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201a: case 0x201b: case 0x2bc: case 0x2032: case 0x60: return APOS;
    case 0x201c: case 0x201d: case 0x201e: case 0x201f: case 0xab: case 0xbb: case 0x2033: return DQUOTE;
    default: return c;
  }
}

/** "http://…", "www.…", "name@host.org": kept as one token. Edges must already be alphanumeric. */
export function looksLikeUrlOrEmail(text: string, s: number, e: number): boolean {
  if (e - s < 5) return false;
  const first = text.charCodeAt(s);
  const last = text.charCodeAt(e - 1);
  if (!isAlnum(first) || !(isAlnum(last) || last === SLASH || last === HYPHEN)) return false;
  if ((first | 0x20) === 0x77 && (text.charCodeAt(s + 1) | 0x20) === 0x77 && (text.charCodeAt(s + 2) | 0x20) === 0x77 &&
      text.charCodeAt(s + 3) === PERIOD) return true;
  for (let k = s + 1; k < e - 3; k++) {
    const c = text.charCodeAt(k);
    if (c === COLON) {
      return text.charCodeAt(k + 1) === SLASH && text.charCodeAt(k + 2) === SLASH && /^[a-z][a-z+.-]*$/i.test(text.slice(s, k));
    }
    if (c === AT) {
      for (let d = k + 2; d < e - 1; d++) if (text.charCodeAt(d) === PERIOD) return true;
      return false;
    }
  }
  return false;
}
