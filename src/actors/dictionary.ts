// The loaded actor dictionary: every name as a matching key, dated codes, and an index of who held
// which office when, so "the Israeli leader" on 2024-02-08 finds Netanyahu.
import type { CountryRecord, DatedCode, DictEntry } from "./format.js";
import { isAcronym, keyOf, pluralOf } from "./text-key.js";
import { parseCode, type SectorTable } from "./codes.js";
import { loadWordSets } from "../util/word-lists.js";

/** Personal pronouns (pronouns.tsv): never a surname alone, so "He" of "He Lifeng" is no partial name. */
let pronouns: ReadonlySet<string> | undefined;
function personalPronouns(): ReadonlySet<string> {
  return (pronouns ??= loadWordSets("pronouns.tsv", ["personal"]).personal);
}

export type MatchKind =
  | "country" | "adjective" | "demonym" | "capital"   // from the countries table
  | "org" | "person" | "partial" | "actor"           // named actors; "partial" = surname alone
  | "agent" | "modifier";                            // common nouns and titles

export interface DictMatch {
  kind: MatchKind;
  /** Number of words in the key. */
  words: number;
  /** Written as an acronym: the text must be in capitals too. */
  acronym: boolean;
  /**
   * A Chinese family name ("Wang" of "Wang Yi"): so common a surname that it links only to a full
   * mention earlier in the article, never to whoever of that name is in office on the date.
   */
  seenOnly?: boolean;
  country?: CountryRecord;
  entry?: DictEntry;
}

export interface RoleHolder {
  entry: DictEntry;
  code: DatedCode;
}

/** Is `date` inside [from, to)? */
export function inRange(c: DatedCode, date: string): boolean {
  return (!c.from || c.from <= date) && (!c.to || date < c.to);
}

/** The code valid on `date`: the first dated code covering it, else the first undated one. */
export function codeOn(entry: DictEntry, date: string): DatedCode | null {
  return entry.codes.find((c) => (c.from || c.to) && inRange(c, date))
    ?? entry.codes.find((c) => !c.from && !c.to) ?? null;
}

/**
 * Countries whose people's names are written family name first in English-language news ("Wang Yi",
 * "Li Qiang", "Kim Jong Un"): a surname alone is then the first word, not the last.
 */
const FAMILY_NAME_FIRST = new Set(["CHN", "PRK", "KOR"]);

/** Surname forms a person may be referred to by after a first full mention. */
function partialNames(name: string, familyFirst = false): string[] {
  const words = name.split(/\s+/);
  // a generational suffix or regnal number is no surname: "Marcos" of "Ferdinand Marcos Jr.", not "Jr"
  while (words.length > 2 && /^(Jr\.?|Sr\.?|[IVX]+)$/.test(words[words.length - 1])) words.pop();
  if (words.length < 2) return [];
  // "Wang Yi" → "Wang"; names of two to three words only ("Dalai Lama" still gives "Dalai", harmlessly)
  if (familyFirst && words.length <= 3 && words.every((w) => /^[A-Z][a-z]+(-[a-z]+)?$/.test(w))) return [words[0]];
  const last = words[words.length - 1];
  const out = [last];
  // "Kim Jong-un", "Moon Jae-in": a hyphenated given name after the first word is the family-name-first
  // romanisation (Korean): the person is referred to by the first word
  if (words.length === 2 && /^[A-Z][a-z]*-[a-z]+$/.test(last)) return [words[0]];
  const bare = /^(al|el|ad|as|an|ar|at|az|ash|bin|ibn|abu)-(.+)$/i.exec(last);
  if (bare) out.push(bare[2]);
  if (words.length >= 3 && /^(al|el|bin|ibn|abu|de|van|von|bin)$/i.test(words[words.length - 2]))
    out.push(words.slice(-2).join(" "));
  return out;
}

export class ActorDictionary {
  private readonly index = new Map<string, DictMatch[]>();
  /** Longest name in words, bounding the matcher's look-ahead. */
  maxWords = 1;
  readonly countries: Map<string, CountryRecord>;
  private readonly roles = new Map<string, RoleHolder[]>();

  constructor(countries: Map<string, CountryRecord>, readonly entries: DictEntry[], readonly sectors: SectorTable,
    /** Words ending organisation names ("Union", "Department"), lower case. */
    readonly orgHeads: Set<string> = new Set(),
    /** The sector an organisation-name ending gives an unknown body ("airlines" → BUS), where org-heads.txt gives one. */
    readonly orgHeadSectors: ReadonlyMap<string, string> = new Map()) {
    this.countries = countries;
    for (const c of countries.values()) {
      for (const n of c.names) this.add(n, { kind: "country", country: c });
      for (const a of c.adj) {
        this.add(a, { kind: "adjective", country: c });
        if (/(i|an)$/.test(a)) this.add(a + "s", { kind: "demonym", country: c });
      }
      for (const n of c.capital) this.add(n, { kind: "capital", country: c });
    }
    for (const e of entries) {
      const kind: MatchKind = e.section === "people" ? "person" : e.section === "organisations" ? "org"
        : e.section === "agents" ? (e.codes.every((c) => !c.code) ? "modifier" : "agent") : "actor";
      const countries = kind === "person" ? e.codes.map((c) => parseCode(c.code, sectors).country ?? "") : [];
      const familyFirst = countries.length > 0 && countries.every((c) => FAMILY_NAME_FIRST.has(c));
      // Chinese family names are few and shared by many ("Wang", "Li", "Zhang"): link them only to a full mention
      const seenOnly = familyFirst && countries.every((c) => c === "CHN");
      for (const n of e.names) {
        this.add(n, { kind, entry: e });
        if (kind === "agent" && !isAcronym(n)) this.add(pluralOf(n), { kind, entry: e });
        if (kind === "person") {
          for (const p of partialNames(n, familyFirst))
            if (!personalPronouns().has(keyOf(p))) this.add(p, seenOnly ? { kind: "partial", entry: e, seenOnly } : { kind: "partial", entry: e });
        }
      }
      for (const c of e.codes) for (const r of c.roles) this.indexRole(e, c, r);
    }
  }

  private add(name: string, m: Omit<DictMatch, "words" | "acronym">): void {
    const key = keyOf(name);
    if (!key) return;
    const words = key.split(" ").length;
    this.maxWords = Math.max(this.maxWords, words);
    const list = this.index.get(key) ?? [];
    const acronym = isAcronym(name);
    if (!list.some((x) => x.kind === m.kind && x.entry === m.entry && x.country === m.country && x.acronym === acronym))
      list.push({ ...m, words, acronym });
    this.index.set(key, list);
  }

  private indexRole(e: DictEntry, c: DatedCode, role: string): void {
    const parsed = parseCode(c.code, this.sectors);
    const keys = [parsed.country ? `${parsed.country}:${role}` : "", parsed.org ? `org:${parsed.org}:${role}` : ""];
    for (const k of keys.filter(Boolean)) {
      const list = this.roles.get(k) ?? [];
      list.push({ entry: e, code: c });
      this.roles.set(k, list);
    }
  }

  lookup(key: string): DictMatch[] {
    return this.index.get(key) ?? [];
  }

  /**
   * Who held `role` for a country ("ISR") or an organisation ("org:HMS") on `date`.
   * "lead" asks for the head of government, else of state, else the organisation's leader;
   * "pres" for a president where that is not the head of state (Iran), else the head of state.
   */
  holder(scope: string, role: string, date: string): RoleHolder | null {
    const order = role === "lead" ? ["hog", "hos", "ldr"] : role === "pres" ? ["pres", "hos"] : [role];
    for (const r of order) {
      const hit = (this.roles.get(`${scope}:${r}`) ?? []).find((h) => inRange(h.code, date));
      if (hit) return hit;
    }
    return null;
  }

  /** Counts for reports: countries, agents, organisations, people, other actors. */
  counts(): Record<string, number> {
    const by = (s: string) => this.entries.filter((e) => e.section === s).length;
    return { countries: this.countries.size, agents: by("agents"), organisations: by("organisations"), people: by("people"), actors: by("actors") };
  }
}
