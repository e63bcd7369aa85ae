// "Reuters could not independently verify the details": which sentences such a note covers.
// It reaches back over its own paragraph and the one before (the claims it refers to), at most
// `reach` sentences, so a note at the end of an article does not discredit its first paragraph.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Doc } from "../text/doc.js";
import { dataDir } from "../paths.js";
import { SourceError } from "../errors.js";

export interface VerificationCues {
  patterns: RegExp[];
  reach: number;
}

export const defaultVerificationPath = join(dataDir, "facts", "verification.json");

export function loadVerificationCues(path = defaultVerificationPath): VerificationCues {
  let raw: { patterns?: unknown; reach?: unknown };
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new SourceError(path, `cannot read verification cues (${(e as Error).message})`);
  }
  if (!Array.isArray(raw.patterns) || !raw.patterns.every((x) => typeof x === "string")) {
    throw new SourceError(path, `field "patterns" must be an array of regular expressions`);
  }
  if (typeof raw.reach !== "number" || raw.reach < 0) throw new SourceError(path, `field "reach" must be a number of sentences`);
  const patterns = raw.patterns.map((s: string) => {
    try {
      return new RegExp(s, "i");
    } catch {
      throw new SourceError(path, `bad regular expression in "patterns": ${s}`);
    }
  });
  return { patterns, reach: raw.reach };
}

/** Indexes of the sentences an unverifiability note covers. */
export function unverifiedSentences(doc: Doc, cues: VerificationCues): Set<number> {
  const out = new Set<number>();
  const paraStart: number[] = [];
  doc.sentences.forEach((s, k) => {
    const gap = k === 0 ? "\n" : doc.text.slice(doc.sentences[k - 1].end, s.start);
    paraStart.push(gap.includes("\n") ? k : paraStart[k - 1]);
  });
  for (const s of doc.sentences) {
    if (!cues.patterns.some((re) => re.test(doc.text.slice(s.start, s.end)))) continue;
    const own = paraStart[s.i];
    const previous = own > 0 ? paraStart[own - 1] : own;
    for (let k = Math.max(previous, s.i - cues.reach); k <= s.i; k++) out.add(k);
  }
  return out;
}
