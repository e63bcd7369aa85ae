// The "~" lines of PETRARCH-2 verb dictionaries and of parley verb files (the same syntax, verb names in
// lower case in parley's): read and written here, applied by src/events/transformations.ts. Kept apart
// from the rule so the lexicon readers need none of the coder's modules.
import { SourceError } from "../errors.js";
import type { Transformation } from "./lexicon-types.js";

const LINE = /^~\s*([a-z])\s*\(\s*([a-z_.])\s+([a-z_.])\s+([A-Za-z_]+)\s*\)\s*([A-Za-z_]+)\s*=\s*([a-z])\s+([a-z])\s+(\w+)\s*$/;

/** One "~" line, read case-insensitively for the verbs; a SourceError names `where` when it is not one. */
export function parseTransformation(where: string, text: string): Transformation {
  const m = LINE.exec(text.trim());
  if (!m) throw new SourceError(where, `not a transformation "~ a (b c VERB) VERB = a b CODE"`);
  const [, outer, innerSource, innerTarget, innerVerb, verb, source, target, code] = m;
  const known = new Set([outer, innerSource, innerTarget]);
  for (const v of [source, target]) if (!known.has(v)) throw new SourceError(where, `"${v}" after "=" is no actor of the rule`);
  if (source !== outer) throw new SourceError(where, `the event's source must be the outer subject "${outer}"`);
  if (code !== "Q" && !/^\d{2,4}$/.test(code)) throw new SourceError(where, `bad code "${code}" (a CAMEO code or Q)`);
  return { verb: verb.toLowerCase(), outer, innerSource, innerTarget, innerVerb: innerVerb === "Q" ? "Q" : innerVerb.toLowerCase(), source, target, code, origin: where };
}

export function formatTransformation(t: Transformation): string {
  return `~ ${t.outer} (${t.innerSource} ${t.innerTarget} ${t.innerVerb}) ${t.verb} = ${t.source} ${t.target} ${t.code}`;
}

