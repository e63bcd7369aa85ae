// How much of a reference verb dictionary (PETRARCH-2's CAMEO.2.0) a lexicon codes the same way, at CAMEO
// root level. For each reference verb whose block gives it a code of its own (not "---"), does our
// lexicon's default pattern for that verb (no object, preposition or complement required) code the same
// root? A softer count accepts any of our patterns for the verb with that root. Over the reference's
// coded patterns: does our lexicon have a pattern of the same root for the pattern's verb?
import type { Lexicon, VerbPattern } from "./lexicon-types.js";
import { NO_EVENT } from "./lexicon-types.js";
import { unconstrained } from "./lexicon-build.js";

export interface LexiconCoverage {
  /** Reference verbs with a code of their own. */
  verbs: number;
  /** … whose root our default pattern for the verb codes. */
  default_same_root: number;
  /** … for which some pattern of ours has that root. */
  any_same_root: number;
  /** … that our lexicon knows at all. */
  known: number;
  /** Reference patterns with a code (constrained ones included). */
  patterns: number;
  /** … whose verb has a pattern of ours with the same root. */
  patterns_same_root: number;
  /** Percentages of the above, two decimals. */
  pct_default_same_root: number;
  pct_any_same_root: number;
  pct_known: number;
  pct_patterns_same_root: number;
}

const root = (code: string) => code.slice(0, 2);
const isCameo = (code: string) => /^(0[1-9]|1\d|20)/.test(code);
const keyOf = (p: VerbPattern) => [p.lemma, ...(p.particles ?? [])].join("_");
const pct = (n: number, d: number) => (d ? Math.round((10000 * n) / d) / 100 : 0);

/** Verb patterns by lemma+particles ("step_up"), nouns left out. */
function byVerb(lex: Lexicon): Map<string, VerbPattern[]> {
  const out = new Map<string, VerbPattern[]>();
  for (const list of lex.byLemma.values()) {
    for (const p of list) {
      if (p.noun) continue;
      const k = keyOf(p);
      (out.get(k) ?? out.set(k, []).get(k)!).push(p);
    }
  }
  return out;
}

/** Coverage of `reference` by the lexicons `ours` (consulted in order, as the coder does: the first that has the verb). */
export function lexiconCoverage(reference: Lexicon, ours: readonly Lexicon[]): LexiconCoverage {
  const ourVerbs = ours.map(byVerb);
  const lookup = (k: string) => ourVerbs.map((m) => m.get(k)).find((l) => l?.length) ?? [];
  let verbs = 0, defaultSame = 0, anySame = 0, known = 0, patterns = 0, patternsSame = 0;
  for (const [k, list] of byVerb(reference)) {
    const mine = lookup(k);
    const coded = list.filter((p) => p.code !== NO_EVENT && isCameo(p.code));
    patterns += coded.length;
    patternsSame += coded.filter((p) => mine.some((m) => isCameo(m.code) && root(m.code) === root(p.code))).length;
    const def = list.find((p) => unconstrained(p) && p.code !== NO_EVENT && isCameo(p.code));
    if (!def) continue;
    verbs++;
    if (mine.length) known++;
    const myDefault = mine.find(unconstrained);
    if (myDefault && isCameo(myDefault.code) && root(myDefault.code) === root(def.code)) defaultSame++;
    if (mine.some((m) => isCameo(m.code) && root(m.code) === root(def.code))) anySame++;
  }
  return {
    verbs, default_same_root: defaultSame, any_same_root: anySame, known, patterns, patterns_same_root: patternsSame,
    pct_default_same_root: pct(defaultSame, verbs), pct_any_same_root: pct(anySame, verbs), pct_known: pct(known, verbs),
    pct_patterns_same_root: pct(patternsSame, patterns),
  };
}

/** A reference verb with a code of its own that our lexicons do not code to its root by default. */
export interface CoverageGap {
  /** Lemma with particles joined by "_" ("step_up"). */
  verb: string;
  /** The reference's default code for it. */
  code: string;
  /** Coded patterns the reference has for it (how much of the pattern-level figure it holds). */
  patterns: number;
  /** Our default code for it, or null when we have no unconstrained pattern ("---" if ours codes nothing). */
  ours: string | null;
}

/** Reference verbs our default patterns miss, most reference patterns first (ties by lemma). */
export function lexiconGaps(reference: Lexicon, ours: readonly Lexicon[]): CoverageGap[] {
  const ourVerbs = ours.map(byVerb);
  const lookup = (k: string) => ourVerbs.map((m) => m.get(k)).find((l) => l?.length) ?? [];
  const out: CoverageGap[] = [];
  for (const [k, list] of byVerb(reference)) {
    const def = list.find((p) => unconstrained(p) && p.code !== NO_EVENT && isCameo(p.code));
    if (!def) continue;
    const myDefault = lookup(k).find(unconstrained);
    if (myDefault && isCameo(myDefault.code) && root(myDefault.code) === root(def.code)) continue;
    const patterns = list.filter((p) => p.code !== NO_EVENT && isCameo(p.code)).length;
    out.push({ verb: k, code: def.code, patterns, ours: myDefault?.code ?? null });
  }
  return out.sort((a, b) => b.patterns - a.patterns || a.verb.localeCompare(b.verb));
}
