// Feature extraction for the NER tagger. Static features depend only on the words (computed once per
// sentence); history features add the two previous predicted tags at decoding time.
import type { Gazetteer } from "./gazetteer.js";

/** Word shape with runs collapsed: "Netanyahu" → "Xx", "U.S." → "X.X.", "2024" → "d", "al-Ani" → "x-Xx". */
export function shape(word: string): string {
  let out = "";
  let last = "";
  for (const ch of word) {
    const c = ch >= "0" && ch <= "9" ? "d" : ch.toUpperCase() !== ch ? "x" : ch.toLowerCase() !== ch ? "X" : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out.length > 6 ? out.slice(0, 6) : out;
}

/** Casing of a whole sentence: web text is often all lowercase or all caps, which changes what capitals mean. */
function sentenceCase(words: readonly string[]): string {
  let upper = 0;
  let lower = 0;
  for (const w of words) {
    if (/^\p{Lu}/u.test(w)) upper++;
    else if (/^\p{Ll}/u.test(w)) lower++;
  }
  if (upper === 0) return "lower";
  if (lower === 0 && upper > 1) return "upper";
  return "mixed";
}

const PAD_L = "<s>";
const PAD_R = "</s>";

/** Static feature strings for every token of a sentence. */
export function sentenceFeatures(words: readonly string[], gz: Gazetteer): string[][] {
  const n = words.length;
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(shape);
  const scase = sentenceCase(words);
  const gzAt: string[][] = Array.from({ length: n }, () => []);
  const gzEndsAt: string[][] = Array.from({ length: n }, () => []);
  const gzStartsAt: string[][] = Array.from({ length: n }, () => []);
  for (const m of gz.matches(lower)) {
    const len = m.end - m.start;
    for (let i = m.start; i < m.end; i++) {
      const pos = len === 1 ? "U" : i === m.start ? "B" : i === m.end - 1 ? "L" : "I";
      gzAt[i].push(m.kind + ":" + pos);
    }
    gzEndsAt[m.end - 1].push(m.kind);
    gzStartsAt[m.start].push(m.kind);
  }
  const L = (i: number) => (i < 0 ? PAD_L : i >= n ? PAD_R : lower[i]);
  const S = (i: number) => (i < 0 ? PAD_L : i >= n ? PAD_R : shapes[i]);
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const w = words[i];
    const l = lower[i];
    const s = shapes[i];
    const f = [
      "b", "w=" + w, "l=" + l, "s=" + s,
      "p1=" + l.slice(0, 1), "p2=" + l.slice(0, 2), "p3=" + l.slice(0, 3),
      "x1=" + l.slice(-1), "x2=" + l.slice(-2), "x3=" + l.slice(-3), "x4=" + l.slice(-4),
      "l-1=" + L(i - 1), "l+1=" + L(i + 1), "l-2=" + L(i - 2), "l+2=" + L(i + 2),
      "s-1=" + S(i - 1), "s+1=" + S(i + 1),
      "ll=" + L(i - 1) + "|" + l, "lr=" + l + "|" + L(i + 1),
      "sss=" + S(i - 1) + "|" + s + "|" + S(i + 1),
      "l-1s=" + L(i - 1) + "|" + s, "sl+1=" + s + "|" + L(i + 1),
      "first=" + (i === 0) + "|" + s,
      "case=" + scase + "|" + s,
      "len=" + Math.min(l.length, 8),
      "fl=" + gz.frequencyBand(l) + "|" + s.slice(0, 1),
      "fc=" + gz.frequencyBand(l.slice(0, 1).toUpperCase() + l.slice(1)) + "|" + s.slice(0, 1) + "|" + scase,
    ];
    for (const g of gzAt[i]) f.push("g=" + g, "gc=" + g + "|" + s.slice(0, 1));
    if (i > 0) for (const g of gzEndsAt[i - 1]) f.push("g-1=" + g);
    if (i + 1 < n) for (const g of gzStartsAt[i + 1]) f.push("g+1=" + g);
    out.push(f);
  }
  return out;
}

/** Features of the tag history, conjoined with the current token's shape and word. */
export function historyFeatures(prev1: string, prev2: string, shapeI: string, lowerI: string): string[] {
  return ["t1=" + prev1, "t2=" + prev2 + "|" + prev1, "t1s=" + prev1 + "|" + shapeI, "t1l=" + prev1 + "|" + lowerI];
}
