// Terms of a proposal or a position, read from a stretch of text by the patterns of terms.tsv: each a
// structured value ("4.5 months", "3", "Israel from Gaza") with the words it came from.
import type { NegotiationTerm, Span } from "../text/annotations.js";
import type { TermPattern } from "./lexicon.js";

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12,
};

/** "4-1/2" → 4.5, "30" → 30, "three" → 3; NaN when unreadable. */
export function readAmount(words: string): number {
  const w = words.toLowerCase().replace(/\s+/g, "");
  if (w === "" || w === "a" || w === "an") return 1;
  if (w in NUMBER_WORDS) return NUMBER_WORDS[w];
  const half = /^(\d+)(?:-1\/2|½)$/.exec(w);
  if (half) return Number(half[1]) + 0.5;
  return Number(w.replace(/,/g, ""));
}

function valueOf(template: string, m: RegExpExecArray): string | null {
  if (template === "$duration") {
    const n = readAmount(m[1]);
    if (!Number.isFinite(n)) return null;
    const unit = m[2].toLowerCase();
    return `${n} ${unit}${n === 1 ? "" : "s"}`;
  }
  if (template === "$count") {
    const n = readAmount(m[1]);
    return Number.isFinite(n) ? String(n) : null;
  }
  return template.replace(/\$(\d)/g, (_, k: string) => m[Number(k)] ?? "");
}

/** The terms found in text[span.start, span.end), one per kind and value and none overlapping another of its kind, in text order. */
export function readTerms(text: string, span: Span, patterns: readonly TermPattern[]): NegotiationTerm[] {
  const stretch = text.slice(span.start, span.end);
  const out: NegotiationTerm[] = [];
  const seen = new Set<string>();
  for (const p of patterns) {
    p.pattern.lastIndex = 0;
    for (let m = p.pattern.exec(stretch); m; m = p.pattern.exec(stretch)) {
      const value = valueOf(p.value, m);
      if (value === null || seen.has(`${p.kind}\t${value}`)) continue;
      const start = span.start + m.index;
      // the same words read by a later, looser pattern of the kind ("withdraw its troops from Gaza" after "Israel would withdraw …"): the first reading stands
      if (out.some((t) => t.kind === p.kind && t.evidence.start < start + m[0].length && start < t.evidence.end)) continue;
      seen.add(`${p.kind}\t${value}`);
      out.push({ kind: p.kind, value, rule: p.rule, evidence: { start, end: start + m[0].length, text: m[0] } });
    }
  }
  return out.sort((a, b) => a.evidence.start - b.evidence.start);
}
