// Feature extraction for the NER tagger. Static features depend only on the words (computed once per
// sentence); history features add the two previous predicted tags at decoding time.
import type { Gazetteer, GazetteerMatch } from "./gazetteer.js";
import { definedAcronyms, phraseFeatures } from "./phrases.js";
import { DocNames, orgEvidenceFeatures } from "./org-evidence.js";
import { clusterNeighbourFeature, clusterSelfFeatures } from "./clusters.js";

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

/** Casing of a whole sentence ("lower", "upper" or "mixed"): web text is often all lowercase or all caps, which changes what capitals mean. */
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

export const PAD_L = "<s>";
export const PAD_R = "</s>";

/**
 * The features a word contributes by itself, whatever its context: as the current token (`self`) and as
 * the token one or two before or after it. Splitting them this way lets the tagger cache them per word.
 */
export interface WordView {
  self: string[];
  prev: string[];
  next: string[];
  prev2: string[];
  next2: string[];
}

export function wordView(word: string, gz: Gazetteer): WordView {
  const l = word.toLowerCase();
  const s = shape(word);
  return {
    self: [
      "b", "w=" + word, "l=" + l, "s=" + s,
      "p1=" + l.slice(0, 1), "p2=" + l.slice(0, 2), "p3=" + l.slice(0, 3),
      "x1=" + l.slice(-1), "x2=" + l.slice(-2), "x3=" + l.slice(-3), "x4=" + l.slice(-4),
      "len=" + Math.min(l.length, 8),
      "fl=" + gz.frequencyBand(l) + "|" + s.slice(0, 1),
      ...clusterSelfFeatures(gz.clusters, l),
    ],
    prev: ["l-1=" + l, "s-1=" + s, ...clusterNeighbourFeature(gz.clusters, l, "k-1")],
    next: ["l+1=" + l, "s+1=" + s, ...clusterNeighbourFeature(gz.clusters, l, "k+1")],
    prev2: ["l-2=" + l],
    next2: ["l+2=" + l],
  };
}

/** Views of the padding beyond the sentence edges. */
export const PAD_VIEWS = {
  left: { self: [], prev: ["l-1=" + PAD_L, "s-1=" + PAD_L], next: [], prev2: ["l-2=" + PAD_L], next2: [] } as WordView,
  right: { self: [], prev: [], next: ["l+1=" + PAD_R, "s+1=" + PAD_R], prev2: [], next2: ["l+2=" + PAD_R] } as WordView,
};

/**
 * What the rest of the document says about how words are written: which appear capitalised inside a
 * sentence (a strong sign of a name when the same word starts a sentence or sits in an all-lowercase line),
 * and which appear in lower case (a sign of an ordinary word).
 */
export class DocCase {
  private readonly capitalisedInside = new Set<string>();
  private readonly lowercase = new Set<string>();
  /** Acronyms the document defines in parentheses after a name ("… Action Center ( HAC )"). */
  readonly acronyms: ReadonlySet<string>;
  /** Words the document puts in organisation-shaped names or after first names (only when built with a gazetteer). */
  readonly names: DocNames | null;

  constructor(sentences: readonly (readonly string[])[], gz?: Gazetteer) {
    this.acronyms = definedAcronyms(sentences);
    this.names = gz ? new DocNames(sentences, gz) : null;
    for (const ws of sentences) {
      ws.forEach((w, i) => {
        if (/^\p{Ll}/u.test(w)) this.lowercase.add(w);
        else if (i > 0 && /^\p{Lu}\p{Ll}/u.test(w)) this.capitalisedInside.add(w);
      });
    }
  }

  /** Feature value for a word: capitalised form seen inside a sentence (c), lower-case form seen (l). */
  evidence(word: string): string {
    const l = word.toLowerCase();
    const cap = l.slice(0, 1).toUpperCase() + l.slice(1);
    return EVIDENCE[(this.capitalisedInside.has(cap) ? 2 : 0) + (this.lowercase.has(l) ? 1 : 0)];
  }
}

const EVIDENCE = ["--", "-l", "c-", "cl"];

export const NO_DOC = new DocCase([]);

/** Casing of a whole sentence (see `sentenceCase`), exported for callers that cache per-word features. */
export { sentenceCase };

/** Features of a word at a sentence position (first or not) in a sentence of a given casing. */
export function positionedWordFeatures(word: string, first: boolean, scase: string, gz: Gazetteer): string[] {
  const l = word.toLowerCase();
  const s = shape(word);
  return [
    "first=" + first + "|" + s,
    "case=" + scase + "|" + s,
    "fc=" + gz.frequencyBand(l.slice(0, 1).toUpperCase() + l.slice(1)) + "|" + s.slice(0, 1) + "|" + scase,
  ];
}

/**
 * Templates of contextFeatures whose value is several parts joined by "|" (words, shapes, flags). The tagger
 * looks these up part by part at run time instead of building the strings; keep both in step.
 */
export const PART_TEMPLATES: Record<string, number> = { "ll=": 2, "lr=": 2, "sss=": 3, "l-1s=": 2, "sl+1=": 2, "dc=": 4 };

/** Features that depend on a token's neighbours together, the document or the gazetteer: one list per token. */
export function contextFeatures(words: readonly string[], gz: Gazetteer, doc: DocCase = NO_DOC, orgEvidence = false): string[][] {
  const n = words.length;
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(shape);
  const scase = sentenceCase(words);
  const out: string[][] = [];
  const L = (i: number) => (i < 0 ? PAD_L : i >= n ? PAD_R : lower[i]);
  const S = (i: number) => (i < 0 ? PAD_L : i >= n ? PAD_R : shapes[i]);
  for (let i = 0; i < n; i++) {
    const l = lower[i];
    const s = shapes[i];
    out.push([
      "ll=" + L(i - 1) + "|" + l, "lr=" + l + "|" + L(i + 1),
      "sss=" + S(i - 1) + "|" + s + "|" + S(i + 1),
      "l-1s=" + L(i - 1) + "|" + s, "sl+1=" + s + "|" + L(i + 1),
      "dc=" + doc.evidence(words[i]) + "|" + s.slice(0, 1) + "|" + (i === 0) + "|" + scase,
    ]);
  }
  phraseLevelFeatures(words, gz, doc, orgEvidence).forEach((g, i) => out[i].push(...g));
  return out;
}

/**
 * Features of the multi-word units a token is part of: gazetteer entries and capitalised name phrases, and
 * with `orgEvidence` (models trained with it) the organisation evidence of org-evidence.ts.
 */
export function phraseLevelFeatures(words: readonly string[], gz: Gazetteer, doc: DocCase, orgEvidence = false): string[][] {
  const matches = doc.names?.matchesOf(words, gz) ?? gz.matches(words.map((w) => w.toLowerCase()), words);
  const out = gazetteerFeatures(words, gz, matches);
  phraseFeatures(words, gz, sentenceCase(words) === "mixed", doc.acronyms).forEach((f, i) => out[i].push(...f));
  if (orgEvidence) orgEvidenceFeatures(words, gz, doc.names, matches).forEach((f, i) => out[i].push(...f));
  return out;
}

/** Gazetteer match features (kind and BILU position, and kinds ending just before / starting just after). */
export function gazetteerFeatures(words: readonly string[], gz: Gazetteer, matches?: readonly GazetteerMatch[]): string[][] {
  const n = words.length;
  const out: string[][] = Array.from({ length: n }, () => []);
  for (const m of matches ?? gz.matches(words.map((w) => w.toLowerCase()), words)) {
    const len = m.end - m.start;
    for (let i = m.start; i < m.end; i++) {
      const g = m.kind + ":" + (len === 1 ? "U" : i === m.start ? "B" : i === m.end - 1 ? "L" : "I");
      out[i].push("g=" + g, "gc=" + g + "|" + shape(words[i]).slice(0, 1));
    }
    if (m.end < n) out[m.end].push("g-1=" + m.kind);
    if (m.start > 0) out[m.start - 1].push("g+1=" + m.kind);
  }
  return out;
}

/** All static feature strings for every token of a sentence (word views of the ±2 window plus context). */
export function sentenceFeatures(words: readonly string[], gz: Gazetteer, doc: DocCase = NO_DOC, xpos?: readonly string[], orgEvidence = false): string[][] {
  const views = words.map((w) => wordView(w, gz));
  const V = (i: number) => (i < 0 ? PAD_VIEWS.left : i >= words.length ? PAD_VIEWS.right : views[i]);
  const scase = sentenceCase(words);
  const pos = xpos ? posFeatures(xpos, words) : null;
  return contextFeatures(words, gz, doc, orgEvidence).map((ctx, i) => [
    ...V(i).self, ...V(i - 1).prev, ...V(i + 1).next, ...V(i - 2).prev2, ...V(i + 2).next2,
    ...positionedWordFeatures(words[i], i === 0, scase, gz), ...ctx, ...(pos ? pos[i] : []),
  ]);
}

/**
 * Part-of-speech features (Penn tags from parley's tagger, which runs before NER): the tag of the token and
 * its neighbours, and tag pairs. "NNP" against "NN" separates names from ordinary words where casing cannot
 * (all-lowercase or all-caps lines, sentence starts).
 */
export function posFeatures(xpos: readonly string[], words: readonly string[]): string[][] {
  const n = xpos.length;
  const X = (i: number) => (i < 0 ? PAD_L : i >= n ? PAD_R : xpos[i]);
  return xpos.map((x, i) => [
    "x=" + x, "x-1=" + X(i - 1), "x+1=" + X(i + 1), "xx=" + X(i - 1) + "|" + x, "xx+=" + x + "|" + X(i + 1),
    "xs=" + x + "|" + shape(words[i]).slice(0, 1), "x-2=" + X(i - 2), "x+2=" + X(i + 2),
  ]);
}

/** Features of the tag history, conjoined with the current token's shape and word. */
export function historyFeatures(prev1: string, prev2: string, shapeI: string, lowerI: string): string[] {
  return ["t1=" + prev1, "t2=" + prev2 + "|" + prev1, "t1s=" + prev1 + "|" + shapeI, "t1l=" + prev1 + "|" + lowerI];
}
