// The negotiation board's data: word lists (data/negotiations/words.tsv), the stance triggers
// (stances.tsv) and the term patterns (terms.tsv), read once and checked line by line.
import { join } from "node:path";
import { dataDir } from "../paths.js";
import { SourceError } from "../errors.js";
import { readTsv } from "../util/data-lines.js";
import { loadWordSets, WORD_LIST_FILES, type WordListNames } from "../util/word-lists.js";
import { TERM_KINDS, type StanceClass, type TermKind } from "../text/annotations.js";

/** The lists of words.tsv, named once in the word-list schema (util/word-lists.ts). */
const LISTS = WORD_LIST_FILES["negotiations/words.tsv"];
export type NegotiationWords = Record<WordListNames<"negotiations/words.tsv">, ReadonlySet<string>>;

export const STANCE_NEEDS = ["topic", "space", "gap", "poss", "if", "exchange", "clause", "from", "seek", "talks", "answer"] as const;
export type StanceNeed = (typeof STANCE_NEEDS)[number];
const STANCE_CLASSES: readonly StanceClass[] = ["accept", "reject", "positive", "conditions"];
const STANCE_POS = ["VERB", "ADJ", "NOUN"];

export interface StanceTrigger {
  /** The verb's lemma, with its particle for a phrasal verb ("go along", "turn down"). */
  lemma: string;
  pos: string;
  stance: string;
  stanceClass: StanceClass;
  /** Alternatives: the trigger counts when one of them holds. */
  needs: StanceNeed[];
  /** The class when the trigger is negated ("wouldn't consider": reject), null when a negated trigger is no response. */
  negated: StanceClass | null;
  /** "stances.tsv:12" */
  rule: string;
}

export interface TermPattern {
  kind: TermKind;
  value: string;
  pattern: RegExp;
  rule: string;
}

export interface NegotiationLexicon {
  words: NegotiationWords;
  /** Triggers by "lemma/POS" ("go along/VERB" for a phrasal verb). */
  stances: ReadonlyMap<string, StanceTrigger>;
  terms: readonly TermPattern[];
}

const dir = join(dataDir, "negotiations");
const short = (where: string) => where.slice(where.lastIndexOf("/") + 1);

export function loadStances(path = join(dir, "stances.tsv")): Map<string, StanceTrigger> {
  const out = new Map<string, StanceTrigger>();
  for (const { where, cells } of readTsv(path, ["lemma", "pos", "stance", "class", "needs", "negated"])) {
    if (!STANCE_POS.includes(cells.pos)) throw new SourceError(where, `pos must be ${STANCE_POS.join(", ")}, not "${cells.pos}"`);
    if (!STANCE_CLASSES.includes(cells.class as StanceClass)) throw new SourceError(where, `class must be ${STANCE_CLASSES.join(", ")}, not "${cells.class}"`);
    const needs = cells.needs.split(",").map((n) => n.trim());
    const bad = needs.find((n) => !STANCE_NEEDS.includes(n as StanceNeed));
    if (bad !== undefined) throw new SourceError(where, `needs must be ${STANCE_NEEDS.join(", ")} (or several, comma-separated), not "${bad}"`);
    if (cells.negated !== "-" && !STANCE_CLASSES.includes(cells.negated as StanceClass)) throw new SourceError(where, `negated must be ${STANCE_CLASSES.join(", ")} or -, not "${cells.negated}"`);
    if (cells.lemma.split(" ").length > 2 || (cells.lemma.includes(" ") && cells.pos !== "VERB")) throw new SourceError(where, `a lemma of two words is a phrasal verb (verb and particle, pos VERB): "${cells.lemma}"`);
    const key = `${cells.lemma}/${cells.pos}`;
    if (out.has(key)) throw new SourceError(where, `${key} is given twice`);
    out.set(key, {
      lemma: cells.lemma, pos: cells.pos, stance: cells.stance, stanceClass: cells.class as StanceClass, needs: needs as StanceNeed[],
      negated: cells.negated === "-" ? null : (cells.negated as StanceClass), rule: short(where),
    });
  }
  return out;
}

const CASE_SENSITIVE = "(?-i)";

export function loadTermPatterns(path = join(dir, "terms.tsv")): TermPattern[] {
  return readTsv(path, ["kind", "value", "pattern"]).map(({ where, cells }) => {
    if (!TERM_KINDS.includes(cells.kind as TermKind)) throw new SourceError(where, `kind must be one of ${TERM_KINDS.join(", ")}, not "${cells.kind}"`);
    let pattern: RegExp;
    // "(?-i)" before a pattern makes it case-sensitive, for patterns that need a capital ("\p{Lu}": a name)
    const sensitive = cells.pattern.startsWith(CASE_SENSITIVE);
    try {
      pattern = new RegExp(sensitive ? cells.pattern.slice(CASE_SENSITIVE.length) : cells.pattern, sensitive ? "gu" : "giu");
    } catch (e) {
      throw new SourceError(where, `pattern is no regular expression: ${(e as Error).message}`);
    }
    return { kind: cells.kind as TermKind, value: cells.value, pattern, rule: short(where) };
  });
}

let cached: NegotiationLexicon | null = null;

/** The built-in lexicon, read once. */
export function loadNegotiationLexicon(): NegotiationLexicon {
  cached ??= { words: loadWordSets("negotiations/words.tsv", LISTS), stances: loadStances(), terms: loadTermPatterns() };
  return cached;
}
