// The word lists the frame builder reads (reporting verbs, modals, intention verbs, …), kept as data
// in data/events/frame-cues.json so an analyst can extend them without touching code.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dataDir } from "../paths.js";
import { SourceError } from "../errors.js";
import { loadWordLists } from "../util/word-lists.js";

export interface FrameCues {
  reporting: Set<string>;
  intention: Set<string>;
  proposal: Set<string>;
  /** Verbs whose complement is asked of someone ("urged factions to go on fighting"): the complement is proposed, not done. */
  directive: Set<string>;
  futureModals: Set<string>;
  hypotheticalModals: Set<string>;
  conditionalMarks: Set<string>;
  /** Clause negators, from data/words/negation.tsv (adverb). */
  negation: Set<string>;
  accordingTo: Set<string>;
  placeCases: Set<string>;
  agentCases: Set<string>;
  /** Words that introduce a clause but that parsers often take for prepositions ("after Hamas militants … killed"). */
  clausePrepositions: Set<string>;
  /** Prepositions whose gerund clause stands for a prepositional phrase ("attacked X for refusing"): rule frames.gerund-as-oblique. */
  gerundPrepositions: Set<string>;
  /** Verbs of an event's course whose subject is the event itself ("riots are continuing", "fighting erupted"). */
  aspectual: Set<string>;
  pronouns: Set<string>;
  /** Verbs whose passive with "in" says what the subject takes part in ("were engaged in"): rule frames.stative-passive. */
  stativePassives: Set<string>;
  /** Verbs of attempt: "tried to seize" reports an attempt, which may have happened, not a plan (stance rules). */
  attempt: Set<string>;
}

const KEYS: Exclude<keyof FrameCues, "negation">[] = [
  "reporting", "intention", "proposal", "directive", "futureModals", "hypotheticalModals", "conditionalMarks",
  "accordingTo", "placeCases", "agentCases", "clausePrepositions", "gerundPrepositions", "aspectual", "pronouns", "stativePassives", "attempt",
];

export const defaultCuesPath = join(dataDir, "events", "frame-cues.json");

/** Read a cue file: a JSON object with one array of lower-case words per key. */
export function loadFrameCues(path = defaultCuesPath): FrameCues {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new SourceError(path, `cannot read frame cues (${(e as Error).message})`);
  }
  const obj = raw as Record<string, unknown>;
  const out = {} as FrameCues;
  for (const k of KEYS) {
    const v = obj[k];
    if (!Array.isArray(v) || !v.every((w) => typeof w === "string")) {
      throw new SourceError(path, `field "${k}" must be an array of strings`);
    }
    out[k] = new Set(v.map((w: string) => w.toLowerCase()));
  }
  out.negation = new Set(loadWordLists("negation.tsv", ["adverb"]).adverb);
  return out;
}
