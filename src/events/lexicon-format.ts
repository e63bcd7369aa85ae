// Writes a Lexicon in parley's verb-file format (data/verbs/README.md), e.g. after importing a
// PETRARCH dictionary, so the result can be read back by loadLexicon and edited by hand.
import type { Lexicon, VerbPattern } from "./lexicon-types.js";
import { formatTransformation } from "./transformation-format.js";

export function formatPattern(p: VerbPattern): string {
  const parts = [p.code, [p.lemma, ...(p.particles ?? [])].join("_")];
  if (p.object) parts.push(`obj=${p.object.join("|")}`);
  if (p.prep) parts.push(`prep=${p.prep.word}${p.prep.object ? ":" + p.prep.object.join("|") : ""}`);
  if (p.complement) parts.push(`comp=${p.complement.join("|")}`);
  if (p.target) parts.push(`target=${p.target}`);
  if (p.source) parts.push(`source=${p.source}`);
  if (p.sourcePrep) parts.push(`sprep=${p.sourcePrep}`);
  if (p.precedingWords) parts.push(`pre=${p.precedingWords.join(",")}`);
  if (p.followingWords) parts.push(`post=${p.followingWords.join(",")}`);
  if (p.reverseCode) parts.push(`rev=${p.reverseCode}`);
  if (p.noun) parts.push("noun");
  if (p.negated) parts.push("neg");
  if (p.reciprocal) parts.push("recip");
  if (p.dyad) parts.push("dyad");
  return parts.join(" ");
}

/** The whole lexicon as text: classes first, then patterns by lemma, each with its origin as a comment. */
export function formatLexicon(lex: Lexicon, header: string[] = []): string {
  const lines = header.map((h) => `# ${h}`);
  lines.push("", "# Word classes");
  for (const name of [...lex.classes.keys()].sort()) {
    lines.push(`&${name} = ${[...lex.classes.get(name)!].join(" ")}`.trimEnd());
  }
  lines.push("", "# Patterns");
  for (const lemma of [...lex.byLemma.keys()].sort()) {
    for (const p of lex.byLemma.get(lemma)!) lines.push(`${formatPattern(p).padEnd(48)} # ${p.origin.replace(/\s+/g, " ")}`);
  }
  if (lex.transformations?.length) {
    lines.push("", "# Transformations (PETRARCH-2): a verb and the act its complement frames, coded as one event");
    for (const t of lex.transformations) lines.push(`${formatTransformation(t).padEnd(48)} # ${t.origin}`);
  }
  return lines.join("\n") + "\n";
}
