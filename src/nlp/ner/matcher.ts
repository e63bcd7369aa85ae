// A direct dictionary matcher run after the tagger: names of the actor dictionaries, the organisation
// list and countries that the model left untagged (or tagged only in part) become entities of the
// dictionary's type.
// The dictionaries are curated, so an exact, capitalised, whole-name match is strong evidence even where the
// sentence gives the model little ("Hamas fired …" at the start of a headline).
import type { Gazetteer, GazetteerMatch } from "./gazetteer.js";
import type { TagSpan } from "./spans.js";

/** Gazetteer kinds whose entries the matcher trusts, and the entity type each gives. */
export const MATCHED_KINDS: Readonly<Record<string, string>> = { actororg: "ORG", org: "ORG", person: "PER", country: "LOC" };

const capitalised = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w);

/**
 * Add dictionary names to one sentence's spans (sorted by start; returned anew). A match is taken when it is
 * written with a capital, is a whole name (no capitalised word right before or after it) and either overlaps
 * no span or strictly contains the spans it overlaps ("Islamic Jihad" inside "Palestinian Islamic Jihad").
 */
export function matchDictionaryNames(words: readonly string[], spans: readonly TagSpan[], gz: Gazetteer, all?: readonly GazetteerMatch[]): TagSpan[] {
  let out = [...spans];
  // Only whole names can match: a capitalised word after a word that is not. `all`, the sentence's
  // gz.matches when known, holds the same matches from each start, in the same order.
  const whole = (i: number) => capitalised(words[i]) && !capitalised(words[i - 1]);
  let found: readonly GazetteerMatch[];
  if (all) found = all.filter((m) => whole(m.start));
  else {
    const from: GazetteerMatch[] = [];
    let lower: string[] | null = null;
    for (let i = 0; i < words.length; i++) {
      if (!whole(i)) continue;
      lower ??= words.map((w) => w.toLowerCase());
      gz.matchesFrom(lower, words, i, from);
    }
    found = from;
  }
  for (const m of found) {
    const label = MATCHED_KINDS[m.kind];
    if (!label || capitalised(words[m.end])) continue;
    const overlapping = out.filter((s) => s.start < m.end && m.start < s.end);
    const inside = overlapping.every((s) => s.start >= m.start && s.end <= m.end);
    if (!inside || overlapping.some((s) => s.start === m.start && s.end === m.end)) continue;
    out = out.filter((s) => !overlapping.includes(s));
    out.push({ start: m.start, end: m.end, label });
  }
  return out.sort((a, b) => a.start - b.start);
}
