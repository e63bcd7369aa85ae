// Matching keys: dictionary names and document tokens are compared through the same folded form,
// so "Khān Yūnis", "al-Hayya" / "Al Hayya" and "U.S." / "U.S" line up without per-entry variants.

/** Lowercase, strip diacritics and apostrophe-like marks (Arabic ‘ayn, hamza). */
export function fold(s: string): string {
  if (/^[\x20-\x7e]*$/.test(s)) return s.replace(/['`]/g, "").toLowerCase();   // fast path: plain ASCII
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[‘’ʻʼʿʾ`´']/g, "").toLowerCase();
}

/** The key of a phrase: folded words joined by single spaces; punctuation and hyphens separate words. */
export function keyOf(s: string): string {
  return fold(s).replace(/[^a-z0-9]+/g, " ").trim();
}

/** Strip a trailing possessive ("America's", "Hamas'", "Israel’s") and report whether one was there. */
export function stripPossessive(s: string): { base: string; poss: boolean } {
  const m = /^(.*\S)['’](s)?$/i.exec(s);
  if (m && (m[2] || /s$/i.test(m[1]))) return { base: m[1], poss: true };
  return { base: s, poss: false };
}

/** True when the name is written as an acronym ("UN", "NATO", "U.S."): it then matches only capitals. */
export function isAcronym(name: string): boolean {
  const letters = name.replace(/[^A-Za-z]/g, "");
  return letters.length >= 2 && letters.length <= 6 && letters === letters.toUpperCase() && !name.includes(" ");
}

/** Regular English plural of a noun phrase's last word (agents are written in the singular). */
export function pluralOf(phrase: string): string {
  const words = phrase.split(" ");
  const last = words[words.length - 1];
  let p: string;
  if (/(s|x|z|ch|sh)$/i.test(last)) p = last + "es";
  else if (/[^aeiou]y$/i.test(last)) p = last.slice(0, -1) + "ies";
  else if (/man$/i.test(last)) p = last.slice(0, -3) + "men";
  else if (/(chief|roof|belief)$/i.test(last)) p = last + "s";
  else p = last + "s";
  words[words.length - 1] = p;
  return words.join(" ");
}
