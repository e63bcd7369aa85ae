// Named word lists kept as human-editable data: one list a line, "name<TAB>word word …", "#" comments.
// A word may stand in several lists, and a list keeps its order (where order matters, it says so).
// Every file is checked against the names its reader expects: an unknown or missing list name is an
// error naming the file and line, so a typo in the data cannot silently empty a list.
import { join } from "node:path";
import { dataDir } from "../paths.js";
import { SourceError } from "../errors.js";
import { readDataLines } from "./data-lines.js";

/**
 * The schema: every word-list file and the lists it must hold (files under data/words/ by name; others by
 * their path under data/). A file is checked against all its names whichever reader opens it first.
 */
export const WORD_LIST_FILES = {
  "negation.tsv": ["adverb", "determiner", "conjunction"],
  "prepositions.tsv": ["counterpart", "party", "not-target", "before-place", "locative"],
  "pronouns.tsv": ["relative", "wh-relative", "personal", "possessive-marks"],
  "particles.tsv": ["adverb-like"],
  "places.tsv": ["place-nouns", "place-modifiers"],
  "names.tsv": ["determiners", "name-links", "calendar", "org-designators"],
  "event-nouns.tsv": ["participation", "patient-possessor"],
  "framing.tsv": ["naming", "derogatory", "denial", "obligation", "or-face", "consequence"],
  "attachment.tsv": ["operating", "undergo"],
  "non-agents.tsv": ["structure", "nature", "illness", "concept", "abstract-object", "mishap", "mishap-verb"],
  "actors/sector-kinds.tsv": ["domestic", "armed", "located", "operating", "resident", "power"],
  "ontology/plover-stance.tsv": ["promised", "hostile"],
  "negotiations/words.tsv": [
    "proposal-nouns", "context-nouns", "offer-verbs", "propose-verbs", "draft-verbs", "deliver-verbs", "request-verbs", "revision-marks",
    "counter-marks", "response-nouns", "definite-marks", "topic-nouns", "meeting-nouns", "meeting-verbs", "briefing-marks", "failed-marks",
    "mediator-nouns", "urge-verbs", "agreement-nouns", "past-marks", "between-nouns", "party-pronouns", "say-verbs",
    "undertaking-modals", "proposal-pronouns", "vote-verbs", "vote-cases", "clause-proposing-verbs", "agreement-verbs", "appeal-verbs",
    "reversal-verbs", "seek-verbs", "threat-verbs", "coercive-roots", "wish-modals", "side-nouns", "stop-verbs", "go-on-verbs",
  ],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/** The names a word-list file must hold (its readers take them from here, so a list is named once). */
export type WordListNames<F extends keyof typeof WORD_LIST_FILES> = (typeof WORD_LIST_FILES)[F][number];

const cache = new Map<string, ReadonlyMap<string, readonly string[]>>();

/** The path of a listed file: "negation.tsv" is data/words/negation.tsv, "actors/x.tsv" is data/actors/x.tsv. */
export function wordListPath(file: string): string {
  return join(dataDir, file.includes("/") ? "" : "words", file);
}

/**
 * Reads a word-list file (a key of WORD_LIST_FILES) and returns the lists named in `names`. Words are taken as
 * written (lower-case by convention); an entry "_" stands for an empty word (no case word).
 */
export function loadWordLists<K extends string>(file: string, names: readonly K[], path = wordListPath(file)): Record<K, readonly string[]> {
  const schema: readonly string[] | undefined = (WORD_LIST_FILES as Readonly<Record<string, readonly string[]>>)[file];
  if (!schema) throw new Error(`word lists: ${file} is not a known word-list file (add it to WORD_LIST_FILES)`);
  let lists = cache.get(path);
  if (!lists) {
    const read = new Map<string, readonly string[]>();
    for (const { where, text } of readDataLines(path)) {
      const tab = text.indexOf("\t");
      const name = (tab < 0 ? text : text.slice(0, tab)).trim();
      const words = tab < 0 ? [] : text.slice(tab + 1).trim().split(/\s+/).filter(Boolean).map((w) => (w === "_" ? "" : w));
      if (!schema.includes(name)) throw new SourceError(where, `unknown list "${name}" (expected one of: ${schema.join(", ")})`);
      if (read.has(name)) throw new SourceError(where, `list "${name}" is given twice`);
      if (!words.length) throw new SourceError(where, `list "${name}" has no words (format: name<TAB>word word …)`);
      read.set(name, words);
    }
    const missing = schema.find((n) => !read.has(n));
    if (missing) throw new SourceError(path, `missing list "${missing}"`);
    lists = read;
    cache.set(path, lists);
  }
  const out = {} as Record<K, readonly string[]>;
  for (const n of names) {
    const words = lists.get(n);
    if (!words) throw new SourceError(path, `missing list "${n}"`);
    out[n] = words;
  }
  return out;
}

/** The same lists as sets, for membership tests. */
export function loadWordSets<K extends string>(file: string, names: readonly K[], path?: string): Record<K, ReadonlySet<string>> {
  const lists = loadWordLists(file, names, path);
  const out = {} as Record<K, ReadonlySet<string>>;
  for (const n of names) out[n] = new Set(lists[n]);
  return out;
}
