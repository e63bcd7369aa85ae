// Building blocks shared by the parley-format reader and the PETRARCH importer: adding, ordering
// and matching patterns, and expanding nested word classes.
import type { Lexicon, VerbPattern } from "./lexicon-types.js";

/** A pattern with no constraint on its frame (particles aside): the verb's default sense. */
export function unconstrained(p: VerbPattern): boolean {
  return !p.noun && !p.object && !p.prep && !p.complement && !p.negated && !p.precedingWords?.length && !p.followingWords?.length;
}

export function emptyLexicon(): Lexicon {
  return { byLemma: new Map(), classes: new Map(), forms: new Map() };
}

/** How specific a pattern is: constraints met are worth more than a bare lemma, so specific patterns are tried first. */
export function specificity(p: VerbPattern): number {
  return (
    (p.object ? 2 : 0) + (p.prep ? 1 + (p.prep.object ? 1 : 0) : 0) + (p.complement ? 2 : 0) +
    2 * (p.particles?.length ?? 0) + (p.precedingWords?.length ?? 0) + (p.followingWords?.length ?? 0) + (p.negated ? 1 : 0)
  );
}

export function addPattern(lex: Lexicon, p: VerbPattern): void {
  const list = lex.byLemma.get(p.lemma);
  if (list) list.push(p);
  else lex.byLemma.set(p.lemma, [p]);
}

/** Orders each lemma's patterns most specific first (stable, so file order breaks ties). */
export function sortLexicon(lex: Lexicon): Lexicon {
  for (const [lemma, list] of lex.byLemma) {
    lex.byLemma.set(lemma, list.map((p, i) => ({ p, i, s: specificity(p) })).sort((a, b) => b.s - a.s || a.i - b.i).map((x) => x.p));
  }
  return lex;
}

/** Whether a lemma satisfies a constraint list (lemmas or "&CLASS" names). */
export function matchesWord(lex: Lexicon, constraint: readonly string[], lemma: string): boolean {
  const w = lemma.toLowerCase();
  return constraint.some((c) => (c.startsWith("&") ? lex.classes.get(c.slice(1))?.has(w) ?? false : c === w));
}

/** Patterns for a lemma (most specific first), or an empty list. */
export function patternsFor(lex: Lexicon, lemma: string): readonly VerbPattern[] {
  return lex.byLemma.get(lemma.toLowerCase()) ?? [];
}

/** Expands nested class members ("&A = x &B") in place; `where` names the definition for errors. */
export function expandClasses(raw: Map<string, { members: string[]; where: string }>, onError: (where: string, reason: string) => void): Map<string, Set<string>> {
  const done = new Map<string, Set<string>>();
  const visit = (name: string, stack: string[]): Set<string> => {
    const have = done.get(name);
    if (have) return have;
    const def = raw.get(name);
    const out = new Set<string>();
    if (!def) return out;
    if (stack.includes(name)) {
      onError(def.where, `word class &${name} includes itself (${[...stack, name].join(" → ")})`);
      return out;
    }
    for (const m of def.members) {
      if (!m.startsWith("&")) out.add(m);
      else if (!raw.has(m.slice(1))) onError(def.where, `unknown word class ${m}`);
      else for (const x of visit(m.slice(1), [...stack, name])) out.add(x);
    }
    done.set(name, out);
    return out;
  };
  for (const name of raw.keys()) visit(name, []);
  return done;
}
