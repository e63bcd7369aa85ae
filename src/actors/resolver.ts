// Codes the chunks of each sentence into actor mentions, with the article's date for dated roles,
// and links later references (surnames, "he", unknown names repeated) to earlier mentions.
import type { Doc } from "../text/doc.js";
import type { Article } from "../text/article.js";
import type { ActorCode, Mention, Place } from "../text/annotations.js";
import type { CountryRecord, DatedCode, DictEntry } from "./format.js";
import { codeOn, inRange, type ActorDictionary } from "./dictionary.js";
import type { Gazetteer } from "./gazetteer.js";
import { SentenceScanner, type Chunk, type Item } from "./chunker.js";
import { findPlaces, datelinePlaces } from "./places.js";
import { blocks, parseCode, withSectors } from "./codes.js";
import { keyOf } from "./text-key.js";
import { loadWordSets } from "../util/word-lists.js";
import { sectorKinds } from "./codes.js";


/** A name right after these is a place, not an actor (prepositions.tsv); pronouns linked to persons (pronouns.tsv). */
let words: { beforePlace: ReadonlySet<string>; personal: ReadonlySet<string> } | undefined;
const wordSets = () => (words ??= {
  beforePlace: loadWordSets("prepositions.tsv", ["before-place"])["before-place"],
  personal: loadWordSets("pronouns.tsv", ["personal"]).personal,
});
/** Offices from highest to lowest, to choose among namesakes in office on the same date. */
const OFFICE_RANK = ["hos", "hog", "pres", "fm", "def", "int", "ldr", "spk"];
/** How many sentences back "he" may reach for its antecedent. */
const PRONOUN_REACH = 2;

/** Per-article memory for in-document linking. */
class ArticleState {
  readonly seen = new Set<DictEntry>();
  readonly names = new Map<string, Mention>();
  readonly people: Mention[] = [];
  /** Countries the article names anywhere (countries, adjectives, capitals). */
  countries: ReadonlySet<string> = new Set();
  group = 0;
  constructor(readonly date: string) {}
}

interface Coded {
  code: string | null;
  person: string | null;
  via: string;
  media?: boolean;
  country?: string | null;
}

/** Switches for the actor layer's named rules (src/pipeline/actor-rules.ts); all on by default. */
export interface ResolveOptions {
  /** participants.title-read-as-adjective */
  titleAdjectives?: boolean;
}

export class Resolver {
  constructor(private readonly dict: ActorDictionary, private readonly gaz: Gazetteer) {}

  resolve(doc: Doc, article: Article, opts: ResolveOptions = {}): { mentions: Mention[]; places: Place[] } {
    const st = new ArticleState(article.date);
    const titleAdjectives = opts.titleAdjectives ?? true;
    const scanners = doc.sentences.map((s) => new SentenceScanner(doc, this.dict, s.tokenStart, s.tokenEnd, titleAdjectives));
    const items = scanners.map((sc) => sc.items());
    const preferred = new Set<string>();
    for (const its of items) for (const it of its) for (const m of it.matches) if (m.country) preferred.add(m.country.code);
    st.countries = preferred;
    const places: Place[] = article.dateline
      ? datelinePlaces(article.text, article.dateline, article.dateline.places, this.gaz, preferred, keyOf) : [];
    const mentions: Mention[] = [];
    scanners.forEach((sc, n) => {
      const sentPlaces = findPlaces(doc, sc, this.gaz, preferred);
      places.push(...sentPlaces);
      for (const ch of sc.chunks(items[n])) {
        if (insidePlace(doc, ch, sentPlaces)) continue;
        mentions.push(...this.codeChunk(doc, ch, st, sentPlaces));
      }
      mentions.push(...this.pronouns(doc, sc.from, sc.to, st, n));
    });
    mentions.sort((a, b) => a.start - b.start || a.tokenStart - b.tokenStart);
    linkAppositives(doc, mentions);
    mergeTitleIntoBody(doc, mentions);
    headOfBody(doc, mentions, this.dict);
    places.sort((a, b) => a.start - b.start);
    return { mentions, places };
  }

  /** Code one token range as a phrase, without article memory: for callers that build their own spans. */
  codeSpan(doc: Doc, article: Article, tokenStart: number, tokenEnd: number): Mention[] {
    const sc = new SentenceScanner(doc, this.dict, tokenStart, tokenEnd);
    const st = new ArticleState(article.date);
    return sc.chunks(sc.items()).flatMap((ch) => this.codeChunk(doc, ch, st, []));
  }

  private codeChunk(doc: Doc, ch: Chunk, st: ArticleState, sentPlaces: Place[]): Mention[] {
    const date = st.date;
    const head = ch.items[ch.items.length - 1];
    let person: DictEntry | null = null;
    let personVia = "dictionary";
    let name: Item | null = null;
    let org: DatedCode | null = null;
    let orgEntry: DictEntry | null = null;
    const countries: { rec: CountryRecord; item: Item }[] = [];
    const agents: { code: DatedCode; item: Item }[] = [];
    for (const it of ch.items) {
      const m = it.matches.find((x) => x.kind === it.kind);
      if (it.kind === "person" && m?.entry) person = m.entry;
      else if (it.kind === "partial") {
        const e = this.partial(it, st, doc);
        if (e) { person = e; personVia = st.seen.has(e) ? "partial-name" : "partial-date"; } else name = it;
      } else if (it.kind === "name") name = it;
      else if ((it.kind === "org" || it.kind === "actor") && m?.entry && !org) {
        org = codeOn(m.entry, date);
        orgEntry = m.entry;
      } else if (m?.country) countries.push({ rec: m.country, item: it });
      else if (it.kind === "agent" && m?.entry) {
        const c = codeOn(m.entry, date);
        if (c) agents.push({ code: c, item: it });
      }
    }
    const type = head.ner || typeOf(head.kind);
    const personal = person !== null || name !== null;
    const role = !personal && !ch.indefinite && head.kind === "agent" && !isPlural(head, doc)
      ? agents[agents.length - 1]?.code.roles.find((r) => r !== "title" && r !== "media") ?? null : null;
    const mediaAgent = agents.some((a) => a.code.roles.includes("media") || a.code.code.includes("MED"));

    // 1. A known person: their code on the article's date, else what the title says, else their country.
    if (person) {
      st.seen.add(person);
      const pc = codeOn(person, date);
      const ctx = pc ? null : this.context(org, orgEntry, countries, agents, null, date);
      const code = pc?.code ?? ctx?.[0]?.code ?? this.countryOf(person);
      return [this.mention(doc, ch, head, type || "PER", { code, person: person.names[0], via: pc ? personVia : ctx?.length ? "title" : "person-out-of-office" }, st)];
    }
    // 2. An unknown name: an earlier mention of it, else its title, else unresolved.
    if (name) {
      if (/^(LOC|GPE|FAC)$/.test(name.ner) && ch.items.length === 1) return [];   // a place: see places.ts
      const text = doc.spanText(name.start, name.end);
      const prev = st.names.get(keyOf(text)) ?? st.names.get(lastWord(text));
      if (prev && ch.items.length === 1 && prev.tokenEnd === ch.start - 1 && doc.tokens[ch.start - 1].text === "(") return [];   // "(GFU)" itself
      if (prev && ch.items.length === 1) {
        return [this.mention(doc, ch, head, prev.type, { code: prev.actor?.code ?? null, person: prev.actor?.person ?? null, via: "coref-name", country: prev.country }, st)];
      }
      if (!org && !agents.length && countries.length) {
        // "Cameroon Livestock Ministry", "Puntland Security Forces": an unknown body in a country whose
        // name ends in an agent noun is that country's body of the agent's sector
        const shaped = this.agentHead(text, date);
        if (shaped) {
          const code = withSectors(countries[0].rec.code, shaped);
          const m = this.mention(doc, ch, head, name.ner || "ORG", { code, person: null, via: "name-shape", country: countries[0].rec.code }, st);
          remember(doc, ch, text, m, st, false);
          return [m];
        }
        // "the Israel Democracy Institute": an unknown body in a country, not the country itself.
        const m = this.mention(doc, ch, head, name.ner || "", { code: null, person: null, via: "unresolved", country: countries[0].rec.code }, st);
        remember(doc, ch, text, m, st, false);
        return [m];
      }
      const ctx = this.context(org, orgEntry, countries, agents, null, date)[0];
      if (!ctx && !name.ner) return [];
      const orgName = this.dict.orgHeads.has(lastWord(text));
      const titled = agents.length > 0 && !orgName;
      const m = this.mention(doc, ch, head, name.ner || (titled ? "PER" : orgName ? "ORG" : ""), ctx
        ? { code: ctx.code, person: titled ? text : null, via: "title", country: ctx.code ? parseCode(ctx.code, this.dict.sectors).country : null }
        : { code: null, person: null, via: "unresolved", country: null }, st);
      remember(doc, ch, text, m, st, !orgName);
      return [m];
    }
    // 3. Capitals stand for governments only when they act ("Washington has cast"), not "in Cairo".
    if (head.kind === "capital" && ch.items.length === 1) {
      const before = doc.tokens[ch.start - 1];
      const after = doc.tokens[ch.end];
      if (before && before.sent === doc.tokens[ch.start].sent && wordSets().beforePlace.has(before.text.toLowerCase())) return [];
      if (after && /^[:/,–—-]$/.test(after.text)) return [];          // a dateline ("Doha/Tel Aviv:") or a list of places
      return [this.mention(doc, ch, head, "GPE", { code: withSectors(countries[0].rec.code, ["GOV"]), person: null, via: "capital" }, st)];
    }
    const coded = this.context(org, orgEntry, countries, agents, role, date, ch, sentPlaces);
    if (!coded.length) return [];
    const group = coded.length > 1 ? ++st.group : undefined;
    return coded.map((c) => {
      const m = this.mention(doc, ch, head, type || (c.person ? "PER" : ""), { ...c, media: c.media || mediaAgent }, st);
      if (group !== undefined) m.group = group;
      return m;
    });
  }

  /**
   * The sectors of the agent noun a name ends in ("… Livestock Ministry" → GOV, "… Security Forces" → COP),
   * from the agents dictionary (titles such as "official" and modifiers are not body names), else the sector
   * org-heads.txt gives the name's last word ("… Shipping Lines" → BUS).
   */
  private agentHead(name: string, date: string): string[] | null {
    const words = keyOf(name).split(" ");
    for (const n of [2, 1]) {
      if (words.length <= n) continue;
      const tail = words.slice(-n).join(" ");
      const m = this.dict.lookup(tail).find((x) => x.kind === "agent" && x.entry);
      const c = m?.entry ? codeOn(m.entry, date) : null;
      if (!c || c.prefix || c.roles.some((r) => r !== "media")) continue;
      const sectors = blocks(c.code);
      if (sectors.length) return sectors;
    }
    // "Iran Shipping Lines" → BUS; a state body's word names the body alone too ("Malawi's Department of …")
    const sector = this.dict.orgHeadSectors.get(words[words.length - 1]);
    return sector && (words.length > 1 || sector === "GOV") ? [sector] : null;
  }

  /** Codes from organisation, countries and agents; several for a compound list of countries. */
  private context(org: DatedCode | null, orgEntry: DictEntry | null, countries: { rec: CountryRecord; item: Item }[],
    agents: { code: DatedCode; item: Item }[], role: string | null, date: string, ch?: Chunk, sentPlaces: Place[] = []): Coded[] {
    if (org && orgEntry) {
      // Titles ("official", "leader", "spokesman") leave an organisation's code alone; sectors ("media") extend it.
      const extending = agents.filter((a) => a.code.roles.every((r) => r === "media"));
      const sectors = extending.filter((a) => !a.code.prefix).flatMap((a) => blocks(a.code.code));
      // prefix agents ("[NGO~]" in PETRARCH dictionaries) go before the code: "MSF Arnor" → NGOARN
      const code = extending.filter((a) => a.code.prefix).map((a) => a.code.code).join("") + withSectors(org.code, sectors);
      const scope = parseCode(org.code, this.dict.sectors).org;
      const holder = role && scope ? this.dict.holder(`org:${scope}`, role, date) : null;
      if (holder) return [{ code: holder.code.code, person: holder.entry.names[0], via: "role" }];
      return [{ code, person: null, via: agents.length ? "title" : "dictionary", media: org.roles.includes("media") }];
    }
    const list: { code: string; kind: string }[] = ch?.list.length
      ? ch.list.map((it) => ({ code: this.stateCode(it, date), kind: it.kind }))
      : countries.slice(0, 1).map((c) => ({ code: c.rec.code, kind: c.item.kind }));
    // Titles ("official", "spokesman") give GOV only when nothing more specific ("military spokesman") does.
    const specific = agents.filter((a) => !a.code.roles.some((r) => r !== "media"));
    const chosen = specific.length ? specific : agents;
    const sectors = chosen.filter((a) => !a.code.prefix).flatMap((a) => blocks(a.code.code));
    const leading = chosen.filter((a) => a.code.prefix).map((a) => a.code.code).join("");
    if (list.length) {
      return list.map(({ code, kind }) => {
        if (!agents.length) return { code, person: null, via: kind === "adjective" || kind === "demonym" ? "demonym" : "dictionary" };
        const holder = role && !specific.length ? this.dict.holder(code, role, date) : null;
        if (holder) return { code: holder.code.code, person: holder.entry.names[0], via: "role" };
        return { code: leading + withSectors(code, sectors), person: null, via: "title" };
      });
    }
    if (!sectors.length && !leading) return [];
    // An agent alone ("residents said"): the country of the places named in the same sentence, if just one.
    const where = [...new Set(sentPlaces.map((p) => p.country).filter(Boolean))];
    if (where.length === 1 && sectors.every((s) => sectorKinds().located.has(s))) return [{ code: withSectors(where[0]!, sectors), person: null, via: "agent-place" }];
    return [{ code: leading + sectors.join(""), person: null, via: "agent", country: null }];
  }

  /** The country code an item names: a country's ISO code, or an imported actor's code on the date. */
  private stateCode(it: Item, date: string): string {
    const m = it.matches.find((x) => x.country) ?? it.matches.find((x) => x.entry);
    if (m?.country) return m.country.code;
    return (m?.entry && codeOn(m.entry, date)?.code) || "";
  }

  /** A surname alone: the person mentioned in full earlier, else the only one of that name in office. */
  private partial(it: Item, st: ArticleState, doc: Doc): DictEntry | null {
    const next = doc.tokens[it.end];
    if (next && next.sent === doc.tokens[it.start].sent && /^[A-Z][a-z]/.test(next.text)) return null;   // "Khan Younis"
    const cands = it.matches.filter((m) => m.kind === "partial" && m.entry).map((m) => m.entry!);
    const seen = cands.find((e) => st.seen.has(e));
    if (seen) return seen;
    const byDate = it.matches.filter((m) => m.kind === "partial" && m.entry && !m.seenOnly).map((m) => m.entry!);
    const inOffice = byDate.filter((e) => e.codes.some((c) => (c.from || c.to) && inRange(c, st.date)));
    if (inOffice.length <= 1) return inOffice[0] ?? null;
    // Several of that name in office: those of a country the article names ("Harris" beside "the US" is
    // Kamala Harris, not Ireland's Simon Harris), then the one in the highest office ("Assad": Bashar, not Maher).
    const local = inOffice.filter((e) => st.countries.has(this.countryOf(e) ?? ""));
    const pool = local.length ? local : inOffice;
    if (pool.length === 1) return pool[0];
    const rank = (e: DictEntry) => Math.min(...e.codes.filter((c) => inRange(c, st.date))
      .flatMap((c) => c.roles.map((r) => OFFICE_RANK.indexOf(r)).filter((k) => k >= 0)), OFFICE_RANK.length);
    const best = Math.min(...pool.map(rank));
    const top = pool.filter((e) => rank(e) === best);
    return top.length === 1 && best < OFFICE_RANK.length ? top[0] : null;
  }

  private countryOf(e: DictEntry): string | null {
    for (const c of e.codes) {
      const country = parseCode(c.code, this.dict.sectors).country;
      if (country) return country;
    }
    return null;
  }

  private mention(doc: Doc, ch: Chunk, head: Item, type: string, c: Coded, st: ArticleState): Mention {
    const actor: ActorCode | null = c.code ? parseCode(c.code, this.dict.sectors, c.person) : null;
    const m: Mention = {
      start: doc.tokens[ch.start].start, end: doc.tokens[ch.end - 1].end, tokenStart: ch.start, tokenEnd: ch.end,
      headToken: syntacticHead(doc, ch.start, ch.end) ?? head.end - 1, text: doc.spanText(ch.start, ch.end), type, actor, via: c.via,
    };
    if (c.media || actor?.sectors.includes("MED")) m.media = true;
    const country = c.country !== undefined ? c.country : actor?.country;
    if (country !== undefined) m.country = country;
    if (type === "PER" && actor) st.people.push(m);
    return m;
  }

  /** "he"/"she"/"him" → the latest person mention before it, within a couple of sentences. */
  private pronouns(doc: Doc, from: number, to: number, st: ArticleState, sent: number): Mention[] {
    const out: Mention[] = [];
    for (let i = from; i < to; i++) {
      if (!wordSets().personal.has(doc.tokens[i].text.toLowerCase())) continue;
      const ante = [...st.people].reverse().find((p) => p.tokenEnd <= i && sent - doc.tokens[p.tokenStart].sent <= PRONOUN_REACH);
      if (!ante?.actor) continue;
      const t = doc.tokens[i];
      out.push({ start: t.start, end: t.end, tokenStart: i, tokenEnd: i + 1, headToken: i, text: t.text, type: "PER",
        actor: { ...ante.actor }, via: "coref-pronoun", country: ante.actor.country });
    }
    return out;
  }
}

/**
 * "Hamas, the militant group that rules Gaza": a generic description set off by a comma right after a
 * specific actor (or attached to it as "appos" in a parse) is that actor.
 */
function linkAppositives(doc: Doc, mentions: Mention[]): void {
  const specific = (m: Mention) => !!m.actor && (!!m.actor.country || !!m.actor.org) && m.group === undefined;
  for (const b of mentions) {
    if (b.actor && (b.actor.country || b.actor.org)) continue;
    const headTok = doc.tokens[b.headToken];
    const a = headTok.deprel === "appos"
      ? mentions.find((m) => m !== b && specific(m) && m.tokenStart <= headTok.head && headTok.head < m.tokenEnd)
      : doc.tokens[b.tokenStart - 1]?.text === "," && /^(the|a|an)$/i.test(doc.tokens[b.tokenStart].text)
        ? mentions.find((m) => specific(m) && m.tokenEnd === b.tokenStart - 1 && doc.tokens[m.tokenStart - 1]?.text !== ",")
        : undefined;
    if (!a?.actor) continue;
    b.actor = { ...a.actor };
    b.via = "appositive";
    b.country = a.actor.country;
  }
}

/** A mention coded with a sector alone (no country, no organisation), outside any compound actor. */
function sectorOnly(m: Mention): m is Mention & { actor: ActorCode } {
  return !!m.actor && !m.actor.country && !m.actor.org && m.group === undefined;
}

/**
 * "Cameroon Livestock Ministry official Denise Abanda": a title with no country of its own right after a
 * named body is one of that body's people. The two mentions become one actor with the body's code, so that
 * one person is not read as two coordinated actors (who would then meet each other).
 */
function mergeTitleIntoBody(doc: Doc, mentions: Mention[]): void {
  for (let k = mentions.length - 1; k > 0; k--) {
    const a = mentions[k - 1], b = mentions[k];
    if (b.via !== "title" || !sectorOnly(b)) continue;
    if (!a.actor || !(a.actor.country || a.actor.org) || a.group !== undefined || a.tokenEnd !== b.tokenStart) continue;
    if (doc.tokens[a.tokenStart].sent !== doc.tokens[b.tokenStart].sent) continue;
    mentions.splice(k - 1, 2, { ...b, start: a.start, tokenStart: a.tokenStart, text: doc.text.slice(a.start, b.end), actor: { ...a.actor, person: b.actor.person ?? a.actor.person }, via: "title", country: a.actor.country });
  }
}

/**
 * "heads of private companies", "the leader of the opposition": a bare leading title ("head", "leader", role
 * `lead` in agents.txt, which alone reads as GOV) followed by "of" and a named body or agent stands for that
 * body, not for a government.
 */
function headOfBody(doc: Doc, mentions: Mention[], dict: ActorDictionary): void {
  for (const b of mentions) {
    if (b.via !== "agent" || !sectorOnly(b)) continue;
    const heads = dict.lookup(keyOf(doc.tokens[b.tokenEnd - 1].text));   // plurals are indexed too
    if (!heads.some((m) => m.entry?.codes.some((c) => c.roles.includes("lead")))) continue;
    const of = doc.tokens[b.tokenEnd];
    if (!of || of.text.toLowerCase() !== "of" || of.sent !== doc.tokens[b.tokenStart].sent) continue;
    // the body's phrase starts right after "of", or after up to two plain words ("of private companies")
    const plain = (k: number) => /^[a-z]+$/.test(doc.tokens[k].text) && doc.tokens[k].text !== "and";
    const a = mentions.find((m) => m !== b && m.actor && m.tokenStart > b.tokenEnd && m.tokenStart <= b.tokenEnd + 3
      && Array.from({ length: m.tokenStart - b.tokenEnd - 1 }, (_, j) => b.tokenEnd + 1 + j).every(plain));
    if (!a?.actor) continue;
    b.actor = { ...a.actor };
    b.via = "head-of";
    b.country = a.actor.country;
  }
}

/** With a parse, the one token of [start, end) whose head lies outside it; null before parsing or if not unique. */
function syntacticHead(doc: Doc, start: number, end: number): number | null {
  if (!doc.tokens[start].deprel) return null;
  const heads: number[] = [];
  for (let i = start; i < end; i++) {
    const h = doc.tokens[i].head;
    if ((h < start || h >= end) && /^[A-Za-z0-9]/.test(doc.tokens[i].text)) heads.push(i);
  }
  return heads.length === 1 ? heads[0] : null;
}

/** A chunk of common words or a bare surname inside a place name ("Khan" of "Khan Younis"). */
function insidePlace(doc: Doc, ch: Chunk, places: Place[]): boolean {
  const start = doc.tokens[ch.start].start, end = doc.tokens[ch.end - 1].end;
  if (ch.items.some((i) => ["country", "org", "person", "actor", "adjective", "demonym"].includes(i.kind))) return false;
  return places.some((p) => p.start <= start && end <= p.end);
}

/**
 * Let later mentions of an unknown name find this one: the full name, the surname for people, and an
 * acronym given in brackets right after it ("the Israel Democracy Institute (IDI)").
 */
function remember(doc: Doc, ch: Chunk, text: string, m: Mention, st: ArticleState, surname: boolean): void {
  st.names.set(keyOf(text), m);
  if (surname) st.names.set(lastWord(text), m);
  const [open, acr, close] = doc.tokens.slice(ch.end, ch.end + 3);
  if (open?.text === "(" && close?.text === ")" && /^[A-Z]{2,6}$/.test(acr.text)) st.names.set(keyOf(acr.text), m);
}

function typeOf(kind: string): string {
  switch (kind) {
    case "person": case "partial": case "name": return "PER";
    case "org": case "actor": return "ORG";
    case "country": case "capital": return "GPE";
    case "adjective": case "demonym": return "NORP";
    default: return "";
  }
}

function lastWord(text: string): string {
  const k = keyOf(text).split(" ");
  return k[k.length - 1];
}

/** The matched text is a generated plural, not one of the entry's own names ("leaders" vs "leader"). */
function isPlural(it: Item, doc: Doc): boolean {
  const key = keyOf(doc.spanText(it.start, it.end));
  return !it.matches.some((m) => m.entry?.names.some((n) => keyOf(n) === key));
}
