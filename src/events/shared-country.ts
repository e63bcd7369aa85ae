// Coordinated agents share the words that qualify the whole coordination: "Danish media and government"
// (DNKMED, DNKGOV), "lawmakers and officials in Fornost" (FORLEG, FORGOV). The parser hangs such a word on
// one conjunct only, so a sector-only conjunct ("government" → GOV) borrows the country prefix of the
// conjunct that carries it: the first conjunct for a word before it, the last for a phrase after it.
import type { Tree } from "./tree.js";
import { isGeneric, type Participant } from "./participants.js";

/** The country (and qualifier) prefix a participant gives its coordination: "DNKMUS" of DNKMUSMED, "FOR" of FOR. */
function prefixOf(p: Participant): string | null {
  const a = p.actor;
  if (!p.coded || !a.code || !a.country || a.org) return null;
  const sectors = a.sectors ?? [];
  // a qualified agent ("Danish media") lends its prefix without its own sector; a country named in a modifier lends itself
  const last = sectors[sectors.length - 1];
  if (p.via === "mention" && last && a.code.endsWith(last)) return a.code.slice(0, a.code.length - last.length) || null;
  return p.via === "modifier" || p.via === "place" ? a.code : null;
}

/**
 * `groups[i]` are the participants of argument head `heads[i]`; returns them with sector-only participants
 * coordinated with a qualified one given its prefix (the others unchanged).
 */
export function shareCountries(tree: Tree, heads: readonly number[], groups: Participant[][]): Participant[][] {
  if (heads.length < 2) return groups;
  return groups.map((ps, i) => {
    const h = heads[i];
    if (!ps.length || !ps.every((p) => p.coded && isGeneric(p.actor) && p.actor.code)) return ps;
    const conj = tree.conjuncts(tree.firstConjunct(h));
    if (conj.length < 2) return ps;
    const first = Math.min(...conj), last = Math.max(...conj);
    const prefixes: string[] = [];
    heads.forEach((k, j) => {
      if (j === i || !conj.includes(k)) return;
      for (const p of groups[j]) {
        const before = k === first && p.actor.start < tree.tok(first).start;
        const after = k === last && p.actor.end > tree.tok(last).end;
        const pre = before || after ? prefixOf(p) : null;
        if (pre && !prefixes.includes(pre)) prefixes.push(pre);
      }
    });
    if (!prefixes.length) return ps;
    return prefixes.flatMap((pre) => ps.map((p): Participant => ({
      ...p,
      actor: { ...p.actor, code: pre + p.actor.code, country: pre.slice(0, 3) },
    })));
  });
}
