// The loaded actor dictionary: every name as a matching key, dated codes, and an index of who held
// which office when, so "the Israeli leader" on 2024-02-08 finds Netanyahu.
import type { CountryRecord, DatedCode, DictEntry } from "./format.js";
import { isAcronym, keyOf, pluralOf } from "./text-key.js";
import { parseCode, type SectorTable } from "./codes.js";

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

/** Surname forms a person may be referred to by after a first full mention. */
function partialNames(name: string): string[] {
  const words = name.split(/\s+/);
  if (words.length < 2) return [];
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
    readonly orgHeads: Set<string> = new Set()) {
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
      for (const n of e.names) {
        this.add(n, { kind, entry: e });
        if (kind === "agent" && !isAcronym(n)) this.add(pluralOf(n), { kind, entry: e });
        if (kind === "person") for (const p of partialNames(n)) this.add(p, { kind: "partial", entry: e });
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
