// PETRARCH-2's transformation rules: a verb whose complement clause is a coded act, recoded as one event
// between the two clauses' actors ("~ a (b . ATTACK) SAY = a b 112": a says that b attacked someone, so a
// accuses b). Read from a PETRARCH-2 verb dictionary's "~" lines and from parley verb files, which keep
// the same line (verb names in lower case); applied by rule framing.petrarch-transformation.
//
// Letters stand for actors: the first is the outer verb's subject; inside the brackets come the framed
// act's subject and target, then the act's verb (or "Q", any coded act); after "=" the event's source,
// target and code ("Q": the framed act's own code). "_" is an act with no subject of its own (one taken
// from the outer clause, "wants to attack b"), "." any actor or none.
import type { Frame } from "../text/annotations.js";
import type { Rule } from "../rules/rule.js";
import type { Lexicon, Transformation } from "./lexicon-types.js";
import { NO_EVENT } from "./lexicon-types.js";
import type { CodingContext } from "./context.js";
import type { PatternMatch } from "./match.js";
import { sameActor } from "./rules/pairs.js";
import { formatTransformation } from "./transformation-format.js";
import { unconstrained } from "./lexicon-build.js";

/** The code a framed act must have: the default code of the named verb in this lexicon ("attack" → "190"), null if it has none. */
export function innerCode(lex: Lexicon, t: Transformation): string | null {
  if (t.innerVerb === "Q") return "Q";
  const def = (lex.byLemma.get(t.innerVerb) ?? []).find((p) => unconstrained(p) && !p.particles?.length);
  return def && def.code !== NO_EVENT ? def.code : null;
}

/** A framed act's code matches the named verb's code: "190" stands for its whole root ("193" too), "186" for itself and below. */
function codeFits(want: string, code: string): boolean {
  return want === "Q" || code.startsWith(want.replace(/0+$/, ""));
}

export interface TransformationPass {
  /** Outer predicates recoded, with the match (code and target slot) the rule gives them. */
  recoded: Map<number, PatternMatch>;
  /** Framed acts a transformation took in: coded no more on their own. */
  consumed: Set<number>;
}

export const PETRARCH_TRANSFORMATION: Rule<(ctx: CodingContext, frames: readonly Frame[], matches: ReadonlyMap<number, PatternMatch | null>) => TransformationPass> = {
  id: "framing.petrarch-transformation",
  stage: "framing",
  description: "a PETRARCH-2 transformation of the verb dictionary ('~ a (b . ATTACK) SAY = a b 112') recodes a verb and the act its complement clause frames as one event between their actors, in place of the act",
  example: "Israel said Hamas attacked the convoy.",
  apply(ctx, frames, matches) {
    const out: TransformationPass = { recoded: new Map(), consumed: new Set() };
    const rules = ctx.lexicon.transformations ?? [];
    if (!rules.length) return out;
    const lemmaOf = (f: Frame) => ctx.lexicon.forms?.get(ctx.tree.lower(f.predicate)) ?? f.lemma;
    for (const outer of frames) {
      if (outer.nominal || out.consumed.has(outer.predicate)) continue;
      const applicable = rules.filter((t) => t.verb === lemmaOf(outer));
      if (!applicable.length) continue;
      for (const k of outer.complements) {
        const inner = ctx.clauses.byPredicate.get(k);
        const m = matches.get(k);
        if (!inner || !m || m.pattern.code === NO_EVENT || out.consumed.has(k)) continue;
        // "attempted to assassinate": the clause layer may hand the subject down to the attempted act
        const heads = outer.subjects.length ? outer.subjects : inner.subjectOrigin === "inherited" ? inner.subjects : [];
        const speakers = ctx.participants(heads, outer).filter((p) => p.coded);
        if (!speakers.length) continue;
        const doers = inner.subjectOrigin === "own" ? ctx.participants(inner.subjects, inner).filter((p) => p.coded) : [];
        const own = doers.length > 0 && !doers.every((d) => speakers.some((s) => sameActor(s.actor, d.actor)));
        const byOuter = inner.subjectOrigin !== "own" || (doers.length > 0 && !own);
        const objects = ctx.participants(inner.objects, inner).filter((p) => p.coded);
        const t = applicable.find((r) => {
          const want = innerCode(ctx.lexicon, r);
          if (!want || !codeFits(want, m.pattern.code)) return false;
          const subjOk = r.innerSource === "." || (r.innerSource === "_" ? inner.subjectOrigin !== "own" : r.innerSource === r.outer ? byOuter : own);
          const targetVar = r.target;
          const targetOk = targetVar === r.innerSource ? own : targetVar === r.innerTarget ? objects.length > 0 : false;
          return subjOk && targetOk;
        });
        if (!t) continue;
        const code = t.code === "Q" ? m.pattern.code : t.code;
        const origin = `${t.origin} ${formatTransformation(t)}`;
        if (!outer.subjects.length) {
          // the subject lives on the framed act only: recode that act, its object the target
          if (t.target !== t.innerTarget) continue;
          out.recoded.set(k, { ...m, pattern: { ...m.pattern, code, target: "obj", origin } });
          break;
        }
        const slot = t.target === t.innerSource ? "complement-subject" : "complement-object";
        const match = out.recoded.get(outer.predicate) ?? matches.get(outer.predicate);
        const base: PatternMatch = match ?? { pattern: { lemma: outer.lemma, code, origin: t.origin }, specificity: 0, targetHeads: [], repairedBy: null };
        out.recoded.set(outer.predicate, { ...base, pattern: { ...base.pattern, code, target: slot, origin } });
        out.consumed.add(k);
        break;
      }
    }
    return out;
  },
};
