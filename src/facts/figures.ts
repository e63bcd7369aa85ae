// Figures reported in the text ("killed 1,200 people", "at least 27,585 Palestinians have been confirmed
// killed", "110 hostages were released"): a number in the dependency tree, the noun it counts, the verb
// that says what happened to them, its qualifier, who reports it, and whether the text says it is unverified.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { AnalysedDoc } from "../text/analysed.js";
import type { Figure } from "../text/annotations.js";
import { dataDir } from "../paths.js";
import { SourceError } from "../errors.js";
import { clausesOf, type ClauseAnalysis } from "../clauses/index.js";
import type { Tree } from "../clauses/tree.js";

export interface FigureRules {
  /** (verb or modifier lemma, counted noun lemma, kind); "*" matches any. */
  kinds: [string, string, string][];
  qualifiers: string[];
  multipliers: Record<string, number>;
  numberWords: Record<string, number>;
}

export const defaultFigureRulesPath = join(dataDir, "facts", "figures.json");

export function loadFigureRules(path = defaultFigureRulesPath): FigureRules {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new SourceError(path, `cannot read figure rules (${(e as Error).message})`);
  }
  const kinds = raw.kinds;
  if (!Array.isArray(kinds) || !kinds.every((r) => Array.isArray(r) && r.length === 3 && r.every((x) => typeof x === "string"))) {
    throw new SourceError(path, `field "kinds" must be a list of [verb, noun, kind] string triples`);
  }
  const strings = (k: string): string[] => {
    const v = raw[k];
    if (!Array.isArray(v) || !v.every((x) => typeof x === "string")) throw new SourceError(path, `field "${k}" must be an array of strings`);
    return v;
  };
  const numbers = (k: string): Record<string, number> => {
    const v = raw[k];
    if (!v || typeof v !== "object" || !Object.values(v).every((x) => typeof x === "number")) throw new SourceError(path, `field "${k}" must map words to numbers`);
    return v as Record<string, number>;
  };
  return { kinds: kinds as [string, string, string][], qualifiers: strings("qualifiers"), multipliers: numbers("multipliers"), numberWords: numbers("numberWords") };
}

export interface FigureExtractor {
  /** The figures of a document whose clause layer is built (the "figures" component). */
  extract(doc: AnalysedDoc): Figure[];
}

const MONTHS = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]);

export function createFigureExtractor(rules: FigureRules = loadFigureRules()): FigureExtractor {
  const qualifiers = [...rules.qualifiers].sort((a, b) => b.length - a.length);
  return {
    extract(doc) {
      const clauses = clausesOf(doc, "the figure extractor");
      const tree = clauses.tree;
      const unverifiedSents = clauses.unverified;
      const out: Figure[] = [];
      for (const t of doc.tokens) {
        const num = numberAt(tree, t.i, rules);
        if (num === null) continue;
        const noun = tree.rel(t.i) === "nummod" ? tree.head(t.i) : t.i;
        const kind = kindOf(tree, noun, rules);
        if (!kind) continue;
        const first = Math.min(t.i, ...tree.children(t.i, "compound", "nummod").filter((k) => numberAt(tree, k, rules, true) !== null));
        const sent = doc.sentences[t.sent];
        const before = doc.text.slice(sent.start, doc.tokens[first].start).toLowerCase().trimEnd();
        const qualifier = qualifiers.find((q) => before === q || before.endsWith(` ${q}`)) ?? null;
        const spanStart = qualifier ? sent.start + before.length - qualifier.length : doc.tokens[first].start;
        const end = doc.tokens[Math.max(noun, t.i)].end;
        const reporter = reporterOf(clauses, noun, kind.verb);
        out.push({
          sentence: t.sent, kind: kind.kind, value: num, qualifier,
          reportedBy: reporter, unverified: unverifiedSents.has(t.sent),
          start: spanStart, end, text: doc.text.slice(spanStart, end),
        });
      }
      return out;
    },
  };
}

/** The value of a number token, or null when it is none or is not a count (years, days of a month, parts of a bigger number). */
function numberAt(tree: Tree, i: number, rules: FigureRules, partOfBigger = false): number | null {
  const t = tree.tok(i);
  const lower = t.norm.toLowerCase();
  const isNum = t.upos === "NUM" || t.xpos === "CD";
  if (!isNum) return null;
  const head = tree.head(i);
  if (!partOfBigger) {
    // "one" in "one million" belongs to "million"; "7" in "October 7" is a day
    if (head >= 0 && numberAt(tree, head, rules, true) !== null && ["compound", "nummod", "flat"].includes(tree.rel(i))) return null;
    if (head >= 0 && MONTHS.has(tree.lower(head))) return null;
    if (/^(1[89]|20)\d\d$/.test(lower)) return null;
  }
  const base = /^\d[\d,]*(\.\d+)?$/.test(lower) ? Number(lower.replace(/,/g, "")) : rules.numberWords[lower] ?? rules.multipliers[lower] ?? null;
  if (base === null || Number.isNaN(base)) return null;
  if (partOfBigger) return base;
  const mult = rules.multipliers[lower];
  if (mult !== undefined) {
    const part = tree.children(i, "compound", "nummod").map((k) => numberAt(tree, k, rules, true)).find((v) => v !== null);
    return Math.round((part ?? 1) * mult);
  }
  const next = tree.doc.tokens[i + 1];
  const nextMult = next && next.sent === t.sent ? rules.multipliers[next.norm.toLowerCase()] : undefined;
  return nextMult !== undefined && tree.head(i + 1) === i ? Math.round(base * nextMult) : base;
}

/** The kind of a counted noun from the verb that governs it (or modifies it), else from the noun itself. */
function kindOf(tree: Tree, noun: number, rules: FigureRules): { kind: string; verb: number } | null {
  const nounLemma = tree.lemma(noun);
  const verbs: number[] = [];
  const rel = tree.rel(noun);
  if (["obj", "nsubj", "nsubj:pass", "iobj"].includes(rel) && tree.head(noun) >= 0) {
    const v = tree.head(noun);
    verbs.push(v, ...tree.children(v, "xcomp")); // "have been confirmed killed"
  }
  verbs.push(...tree.children(noun, "amod", "acl").filter((k) => ["VERB", "ADJ"].includes(tree.upos(k)))); // "displaced Palestinians", "people killed"
  for (const v of verbs) {
    const l = tree.lemma(v);
    const row = rules.kinds.find(([vb, n]) => vb === l && n === nounLemma) ?? rules.kinds.find(([vb, n]) => vb === l && n === "*");
    if (row) return { kind: row[2], verb: v };
  }
  const row = rules.kinds.find(([vb, n]) => vb === "*" && n === nounLemma);
  return row ? { kind: row[2], verb: verbs[0] ?? noun } : null;
}

/** Who the text says reports the figure: the reporter of its clause ("Gaza's health ministry says …"). */
function reporterOf(clauses: ClauseAnalysis, noun: number, verb: number): string | null {
  const frames = clauses.builder;
  const p = frames.isPredicate(verb) ? verb : frames.governorOf(noun);
  if (p < 0) return null;
  const heads = frames.reporter(p);
  if (!heads.length) return null;
  return clauses.tree.phrase(heads[0]).text;
}
