// Normalised keys for the words of a figure: the head word of a people phrase and a claimant's name, so
// that "al-Shabab militants" and "militants", or "Gaza's health ministry" and "the health ministry", compare.

const IRREGULAR: Record<string, string> = { men: "man", women: "woman", children: "child", people: "people", personnel: "personnel", police: "police" };
const ARTICLES = new Set(["the", "a", "an"]);

/** The words of a phrase, lower-cased, possessives and a leading article dropped. */
export function phraseWords(s: string): string[] {
  const w = s.toLowerCase().replace(/['’]s\b/g, "").split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  while (w.length && ARTICLES.has(w[0])) w.shift();
  return w;
}

/** The head word of a people phrase, lower-cased and singular ("al-Shabab militants" → "militant"). */
export function headWord(phrase: string | null | undefined): string | null {
  if (!phrase) return null;
  const words = phraseWords(phrase);
  const w = words[words.length - 1];
  if (!w) return null;
  if (IRREGULAR[w]) return IRREGULAR[w];
  if (w.endsWith("ies") && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith("s") && !w.endsWith("ss") && w.length > 3) return w.slice(0, -1);
  return w;
}
