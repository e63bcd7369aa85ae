// Repairs of the tagger's spans after the dictionary matcher, as named rules that can be switched off
// (`NerOptions.disabledRepairs`) so that what each buys can be measured. Each one corrects a kind of error
// the tagger makes and the name lists can settle: a weekday run into a place name, a listed organisation
// or country given another type, a listed town read as a surname.
import type { Gazetteer } from "./gazetteer.js";
import type { TagSpan } from "./spans.js";
import { loadWordSets } from "../../util/word-lists.js";
import { namePhrases } from "./phrases.js";
import { sentenceCase } from "./features.js";

export interface NerRepair {
  /** Stable id, "ner.<name>". */
  readonly id: string;
  readonly description: string;
  /** A sentence the rule is made for. */
  readonly example: string;
  readonly apply: (words: readonly string[], spans: readonly TagSpan[], gz: Gazetteer) => TagSpan[];
}

let calendar: ReadonlySet<string> | undefined;
/** Weekday and month names (data/words/names.tsv, "calendar"). */
const CALENDAR = () => (calendar ??= loadWordSets("names.tsv", ["calendar"]).calendar);

let nameLinks: ReadonlySet<string> | undefined;
/** Lower-case words inside a person's name: "al", "bin", "van" (data/words/names.tsv, "name-links"). */
const NAME_LINKS = () => (nameLinks ??= loadWordSets("names.tsv", ["name-links"])["name-links"]);

let determiners: ReadonlySet<string> | undefined;
/** Words that open a noun phrase (data/words/names.tsv, "determiners"). */
const DETERMINERS = () => (determiners ??= loadWordSets("names.tsv", ["determiners"]).determiners);
const POSSESSIVES = new Set(["my", "your", "his", "her", "our", "their", "its"]);

let designators: ReadonlySet<string> | undefined;
/** Words that end organisation names only (data/words/names.tsv, "org-designators"). */
const DESIGNATORS = () => (designators ??= loadWordSets("names.tsv", ["org-designators"])["org-designators"]);

const text = (words: readonly string[], s: TagSpan) => words.slice(s.start, s.end).join(" ");
const hasAny = (kinds: readonly string[], of: readonly string[]) => of.some((k) => kinds.includes(k));

/** A repair giving `label` to every span of another type whose whole text has gazetteer kinds that `listed` accepts. */
function relabelListed(label: string, listed: (kinds: readonly string[]) => boolean): NerRepair["apply"] {
  return (words, spans, gz) => spans.map((s) => (s.label !== label && listed(gz.kindsOf(text(words, s))) ? { ...s, label } : s));
}

export const CALENDAR_EDGE: NerRepair = {
  id: "ner.calendar-edge",
  description: "a weekday or month name at the edge of a place or organisation name is the date, not part of the name (people keep theirs: Theresa May)",
  example: "Fighting resumed in Fallujah Wednesday.",
  apply: (words, spans) => spans.map((s) => {
    if (s.label === "PER") return s;
    const cal = CALENDAR();
    let start = s.start, end = s.end;
    while (end - start > 1 && cal.has(words[end - 1].toLowerCase())) end--;
    while (end - start > 1 && cal.has(words[start].toLowerCase())) start++;
    return start === s.start && end === s.end ? s : { ...s, start, end };
  }),
};

export const LISTED_ORGANISATION: NerRepair = {
  id: "ner.listed-organisation",
  description: "a span whose whole text is a listed organisation (organisation list or actor dictionaries) and no listed country, town or person is an ORG",
  example: "Random House published the book.",
  apply: relabelListed("ORG", (kinds) => hasAny(kinds, ["org", "actororg"]) && !hasAny(kinds, ["country", "city", "capital", "person"])),
};

export const LISTED_COUNTRY: NerRepair = {
  id: "ner.listed-country",
  description: "a span whose whole text is a country name (and no listed organisation) is a LOC",
  example: "North Korea fired a missile.",
  apply: relabelListed("LOC", (kinds) => kinds.includes("country") && !hasAny(kinds, ["org", "actororg"])),
};

export const TOWN_NOT_PERSON: NerRepair = {
  id: "ner.town-not-person",
  description: "a one-word PER that is a listed town or place and no listed first name, surname or person is a LOC",
  example: "Clashes were reported in Gurgaon.",
  apply: (words, spans, gz) => spans.map((s) => {
    if (s.label !== "PER" || s.end - s.start !== 1) return s;
    const kinds = gz.kindsOf(words[s.start]);
    return hasAny(kinds, ["city", "place"]) && !hasAny(kinds, ["name", "first", "person"]) ? { ...s, label: "LOC" } : s;
  }),
};

const capitalised = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w);

export const ORGANISATION_HEAD: NerRepair = {
  id: "ner.organisation-head",
  description: "a capitalised name ending in an organisation designator (Corporation, Books, Motorsports …) whose last tagged part the tagger typed PER or LOC is one ORG from that part to the designator",
  example: "Please forward a copy of the J.M. Huber Corporation guaranty.",
  apply: (words, spans) => {
    // Capitals mean little in all-lowercase or all-capitals text.
    if (sentenceCase(words) !== "mixed") return [...spans];
    const heads = DESIGNATORS();
    let out = [...spans];
    for (const p of namePhrases(words)) {
      const end = p.end;
      // The designator follows a capitalised word of the name: "NASA & Company", "Peters and Co." are not names.
      if (end - p.start < 2 || !heads.has(words[end - 1].toLowerCase()) || !capitalised(words[end - 2])) continue;
      const inside = out.filter((s) => s.start < end && p.start < s.end);
      // Only a name the tagger saw something in, and nothing it tagged across the name's edges.
      if (!inside.length || inside.some((s) => s.start < p.start || s.end > end)) continue;
      const last = inside[inside.length - 1];
      if (last.label === "ORG") continue;
      out = out.filter((s) => s !== last);
      out.push({ start: last.start, end, label: "ORG" });
    }
    return out.sort((a, b) => a.start - b.start);
  },
};

const QUOTES = new Set(['"', "“", "”", "'"]);
const oneWordName = (w: string | undefined) => w !== undefined && /^\p{Lu}[\p{L}'’-]*$/u.test(w);

export const SURNAME_COMMA_GIVEN: NerRepair = {
  id: "ner.surname-comma-given",
  description: "an e-mail display name written \"Surname , Given\" between quotation marks, whose words the tagger tagged apart (one of them a PER, or both some name), is one PER",
  example: "From: \" Lenhart , Matthew \" <mlenhart@example.com>",
  apply: (words, spans) => {
    let out = [...spans];
    for (let i = 0; i + 4 < words.length; i++) {
      if (!QUOTES.has(words[i]) || words[i + 4] !== words[i] && !(words[i] === "“" && words[i + 4] === "”")) continue;
      if (words[i + 2] !== "," || !oneWordName(words[i + 1]) || !oneWordName(words[i + 3])) continue;
      const a = out.find((s) => s.start === i + 1 && s.end === i + 2), b = out.find((s) => s.start === i + 3 && s.end === i + 4);
      if (!a || !b || (a.label !== "PER" && b.label !== "PER" && a.label !== b.label)) continue;
      if (out.some((s) => s !== a && s !== b && s.start < i + 4 && i + 1 < s.end)) continue;
      out = out.filter((s) => s !== a && s !== b);
      out.push({ start: i + 1, end: i + 4, label: "PER" });
    }
    return out.sort((x, y) => x.start - y.start);
  },
};

export const NAME_LINK: NerRepair = {
  id: "ner.name-link",
  description: "a lower-case name link (bin, al, van …) and the capitalised word after it continue the person's name it follows (\"Abdul Wahhab al - Janabi\"); one before a person's name in lower-case text starts it (\"to bin Laden\")",
  example: "They look to bin Laden for their cues.",
  apply: (words, spans) => {
    const links = NAME_LINKS();
    const taken = (k: number, self: TagSpan) => spans.some((s) => s !== self && s.start <= k && k < s.end);
    return spans.map((s) => {
      if (s.label !== "PER") return s;
      let { start, end } = s;
      // rightwards: "… al - Janabi", "… bin Laden"
      for (;;) {
        const link = words[end];
        if (link === undefined || !links.has(link)) break;
        const next = words[end + 1] === "-" ? end + 2 : end + 1;
        if (!capitalised(words[next]) || taken(next, s) || taken(end, s)) break;
        end = next + 1;
      }
      // leftwards, where the word before the link starts no name: "to bin Laden"
      const link = words[start - 1];
      if (link !== undefined && links.has(link) && !capitalised(words[start - 2]) && !taken(start - 1, s)) start--;
      return start === s.start && end === s.end ? s : { ...s, start, end };
    });
  },
};

/** Gazetteer kinds that stop a lower-case word from being read as a place ("brittany", "gulf states", "israeli"). */
const NOT_PLACE_KINDS = ["first", "orgword", "agent", "demonym"];

export const LOWER_CASE_PLACE: NerRepair = {
  id: "ner.lower-case-place",
  description: "an untagged lower-case word that is a listed country, capital or place (or a listed town unknown to the word counts) and that general English writes only with a capital (no lower-case SUBTLEX count) is a LOC: place names typed in lower case (\"going to baguio\", \"pizza from chicago\")",
  example: "i ll be going to baguio alone",
  apply: (words, spans, gz) => {
    const taken = new Uint8Array(words.length + 2);
    for (const s of spans) taken.fill(1, s.start + 1, s.end + 1);
    const out = [...spans];
    words.forEach((w, i) => {
      // neither inside nor right beside a tagged name (it may be part of it: "tampa bay")
      if (taken[i] || taken[i + 1] || taken[i + 2] || w.length < 3 || !/^\p{Ll}[\p{Ll}-]*$/u.test(w)) return;
      // a common noun's slot: "the gulf war", "my jersey"
      if (i > 0 && (DETERMINERS().has(words[i - 1].toLowerCase()) || POSSESSIVES.has(words[i - 1].toLowerCase()))) return;
      if (gz.wordCounts.get(w) !== undefined) return;
      const kinds = gz.kindsOf(w);
      if (hasAny(kinds, NOT_PLACE_KINDS)) return;
      const listed = hasAny(kinds, ["country", "capital", "place"]);
      const town = kinds.includes("city") && w.length >= 5 && gz.wordCounts.get(w[0].toUpperCase() + w.slice(1)) === undefined;
      if (listed || town) out.push({ start: i, end: i + 1, label: "LOC" });
    });
    return out.sort((a, b) => a.start - b.start);
  },
};

/** Every repair, in the order they run. */
export const NER_REPAIRS: readonly NerRepair[] = [CALENDAR_EDGE, LISTED_ORGANISATION, LISTED_COUNTRY, TOWN_NOT_PERSON, ORGANISATION_HEAD, SURNAME_COMMA_GIVEN, NAME_LINK, LOWER_CASE_PLACE];

/** Apply the repairs not switched off (`disabled`: ids) to one sentence's spans. */
export function repairSpans(words: readonly string[], spans: readonly TagSpan[], gz: Gazetteer, disabled: ReadonlySet<string> = new Set()): TagSpan[] {
  let out = [...spans];
  for (const r of NER_REPAIRS) if (!disabled.has(r.id)) out = r.apply(words, out, gz);
  return out;
}

/** A repair over a whole document's spans (after the per-sentence repairs and the propagation of names). */
export interface NerDocumentRepair {
  /** Stable id, "ner.<name>". */
  readonly id: string;
  readonly description: string;
  readonly example: string;
  /** Changes `spans` (one list a sentence) in place. */
  readonly apply: (words: readonly (readonly string[])[], spans: TagSpan[][], gz: Gazetteer) => void;
}

export const SURNAME_OF_PERSON: NerDocumentRepair = {
  id: "ner.surname-of-person",
  description: "a one-word name tagged LOC or ORG that is the surname of a person the same document names in full (\"Joshua Norton\" … \"Norton issued decrees\") is a PER, unless it is a listed country, capital or place (\"George Washington\" … \"Washington\")",
  example: "Joshua Norton was a citizen of San Francisco. Later, Norton issued decrees.",
  apply: (words, spans, gz) => {
    const surnames = new Set<string>();
    words.forEach((ws, k) => {
      for (const s of spans[k]) if (s.label === "PER" && s.end - s.start > 1 && /^\p{Lu}\p{Ll}/u.test(ws[s.end - 1])) surnames.add(ws[s.end - 1]);
    });
    if (!surnames.size) return;
    words.forEach((ws, k) => {
      spans[k] = spans[k].map((s) => {
        if (s.label === "PER" || s.end - s.start !== 1 || !surnames.has(ws[s.start])) return s;
        return hasAny(gz.kindsOf(ws[s.start]), ["country", "capital", "place"]) ? s : { ...s, label: "PER" };
      });
    });
  },
};

/** Every document-level repair, in the order they run. */
export const NER_DOCUMENT_REPAIRS: readonly NerDocumentRepair[] = [SURNAME_OF_PERSON];

/** Ids of all span repairs, of sentences and of documents (for --without-repair). */
export const NER_REPAIR_IDS: readonly string[] = [...NER_REPAIRS.map((r) => r.id), ...NER_DOCUMENT_REPAIRS.map((r) => r.id)];

/** Apply the document repairs not switched off to a document's spans (one list a sentence, changed in place). */
export function repairDocument(words: readonly (readonly string[])[], spans: TagSpan[][], gz: Gazetteer, disabled: ReadonlySet<string> = new Set()): void {
  for (const r of NER_DOCUMENT_REPAIRS) if (!disabled.has(r.id)) r.apply(words, spans, gz);
}
