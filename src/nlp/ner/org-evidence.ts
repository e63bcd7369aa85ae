// Evidence that a capitalised word names an organisation (or a person) from outside its own phrase:
// the same word inside an organisation-shaped name elsewhere in the document ("Azurix Corp." earlier,
// "Azurix" alone later), and a known organisation coordinated with it ("Enron / Azurix", "Hamas and
// Fatah"). Both are features; the tagger learns how far to trust them.
import type { Gazetteer, GazetteerMatch } from "./gazetteer.js";
import { isOrgWord, namePhrases, type NamePhrase } from "./phrases.js";

/** Gazetteer kinds whose entries name organisations. */
export const ORG_KINDS: ReadonlySet<string> = new Set(["actororg", "org", "brand"]);
/** Tokens that join the members of a list of names. */
const JOINERS: ReadonlySet<string> = new Set(["/", "and", "&", ",", "or"]);

const capitalised = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w) && w !== "I";

/**
 * Token ranges of a sentence that look like organisation names: capitalised matches of organisation
 * entries of the gazetteer, and name phrases of two or more words whose last word is an organisation word
 * ("Azurix Corp", "Ministry of Defence" has "Ministry" first: also taken, by its first word).
 */
export function orgLikeSpans(
  words: readonly string[], gz: Gazetteer, lower = words.map((w) => w.toLowerCase()), matches: readonly GazetteerMatch[] = gz.matches(lower, words),
): NamePhrase[] {
  const out = new Map<string, NamePhrase>();
  const add = (p: NamePhrase) => out.set(p.start + ":" + p.end, { start: p.start, end: p.end });
  for (const m of matches) if (ORG_KINDS.has(m.kind) && capitalised(words[m.start])) add(m);
  for (const p of namePhrases(words)) {
    if (p.end - p.start < 2) continue;
    if (isOrgWord(gz, lower[p.end - 1]) || isOrgWord(gz, lower[p.start])) add(p);
  }
  return [...out.values()];
}

/** Capitalised words of a document that sit in organisation-shaped names, and those that follow a first name. */
export class DocNames {
  readonly orgWords = new Set<string>();
  readonly personWords = new Set<string>();
  /** The gazetteer matches of each sentence (by its word array), found once here for the features and the dictionary matcher too. */
  private readonly matchesBySentence = new Map<readonly string[], readonly GazetteerMatch[]>();

  constructor(sentences: readonly (readonly string[])[], private readonly gz: Gazetteer) {
    for (const ws of sentences) {
      const lower = ws.map((w) => w.toLowerCase());
      const matches = gz.matches(lower, ws);
      this.matchesBySentence.set(ws, matches);
      for (const s of orgLikeSpans(ws, gz, lower, matches)) {
        for (let k = s.start; k < s.end; k++) if (capitalised(ws[k]) && !isOrgWord(gz, lower[k])) this.orgWords.add(ws[k]);
      }
      // "John Azurix" names a person Azurix: a word after a listed first name, itself not a listed first name.
      for (let k = 1; k < ws.length; k++) {
        if (capitalised(ws[k]) && capitalised(ws[k - 1]) && gz.isA(lower[k - 1], "first") && !gz.isA(lower[k], "first")) this.personWords.add(ws[k]);
      }
    }
  }

  /** `gz.matches` of a sentence of this document (the same word array), kept from construction; undefined for any other. */
  matchesOf(words: readonly string[], gz: Gazetteer): readonly GazetteerMatch[] | undefined {
    return gz === this.gz ? this.matchesBySentence.get(words) : undefined;
  }
}

/**
 * Per-token features: "dorg" / "dper" when the document elsewhere puts the word in an organisation-shaped
 * name / after a first name; "coorg=l" on a capitalised word right after an organisation-like name and a
 * joiner ("/", "and", "&", "," or "or"), "coorg=r" on one right before a joiner and such a name.
 */
export function orgEvidenceFeatures(words: readonly string[], gz: Gazetteer, doc: DocNames | null, matches?: readonly GazetteerMatch[]): string[][] {
  const out: string[][] = words.map(() => []);
  if (doc) {
    words.forEach((w, i) => {
      if (!capitalised(w)) return;
      if (doc.orgWords.has(w)) out[i].push("dorg");
      if (doc.personWords.has(w)) out[i].push("dper");
    });
  }
  const lower = words.map((w) => w.toLowerCase());
  const orgs = orgLikeSpans(words, gz, lower, matches);
  if (!orgs.length) return out;
  // Joined names are often one name phrase ("Hamas and Fatah"), so the joiner is looked for beside each
  // organisation-like span, not between phrases.
  for (const o of orgs) {
    if (o.end + 1 < words.length && JOINERS.has(lower[o.end]) && capitalised(words[o.end + 1])) out[o.end + 1].push("coorg=l");
    if (o.start > 1 && JOINERS.has(lower[o.start - 1]) && capitalised(words[o.start - 2])) out[o.start - 2].push("coorg=r");
  }
  return out;
}
