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
  const out: NamePhrase[] = [];
  for (const m of matches) if (ORG_KINDS.has(m.kind) && capitalised(words[m.start])) out.push({ start: m.start, end: m.end });
  for (const p of namePhrases(words)) {
    if (p.end - p.start < 2) continue;
    if (isOrgWord(gz, lower[p.end - 1]) || isOrgWord(gz, lower[p.start])) out.push(p);
  }
  return out;
}

/** Capitalised words of a document that sit in organisation-shaped names, and those that follow a first name. */
export class DocNames {
  readonly orgWords = new Set<string>();
  readonly personWords = new Set<string>();

  constructor(sentences: readonly (readonly string[])[], gz: Gazetteer) {
    for (const ws of sentences) {
      const lower = ws.map((w) => w.toLowerCase());
      for (const s of orgLikeSpans(ws, gz, lower)) {
        for (let k = s.start; k < s.end; k++) if (capitalised(ws[k]) && !isOrgWord(gz, lower[k])) this.orgWords.add(ws[k]);
      }
      // "John Azurix" names a person Azurix: a word after a listed first name, itself not a listed first name.
      for (let k = 1; k < ws.length; k++) {
        if (capitalised(ws[k]) && capitalised(ws[k - 1]) && gz.isA(lower[k - 1], "first") && !gz.isA(lower[k], "first")) this.personWords.add(ws[k]);
      }
    }
  }
}

/**
 * Per-token features: "dorg" / "dper" when the document elsewhere puts the word in an organisation-shaped
 * name / after a first name; "coorg=l" on the first word of a name joined by "/", "and", "&", "," or "or"
 * to an organisation-like name on its left, "coorg=r" on the last word of one joined to one on its right.
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
  const endsAt = new Set(orgs.map((s) => s.end));
  const startsAt = new Set(orgs.map((s) => s.start));
  for (const p of namePhrases(words)) {
    const left = p.start - 1;
    if (left > 0 && JOINERS.has(lower[left]) && endsAt.has(left)) out[p.start].push("coorg=l");
    if (p.end + 1 < words.length && JOINERS.has(lower[p.end]) && startsAt.has(p.end + 1)) out[p.end - 1].push("coorg=r");
  }
  return out;
}
