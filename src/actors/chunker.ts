// Finds candidate actor phrases in one sentence: dictionary matches (longest first), runs of
// capitalised unknown words, and the small words between them, grouped into noun-phrase chunks
// such as "Israeli Prime Minister Benjamin Netanyahu" or "Qatari and Egyptian mediators".
// Works on tokens alone; POS tags and NER spans, when the Doc has them, only sharpen it.
import type { Doc, Token } from "../text/doc.js";
import type { ActorDictionary, DictMatch, MatchKind } from "./dictionary.js";
import { keyOf, stripPossessive } from "./text-key.js";
import { loadWordSets } from "../util/word-lists.js";

export interface Item {
  /** Token range [start, end). */
  start: number;
  end: number;
  kind: MatchKind | "name";
  matches: DictMatch[];
  /** Followed by a possessive ("America's", "Hamas'"). */
  poss: boolean;
  /** NER label covering it, "" when none. */
  ner: string;
}

export interface Chunk {
  items: Item[];
  start: number;
  end: number;
  /** Countries of a coordinated or "from/of" list, each with its item ("the US, Qatar and Egypt"). */
  list: Item[];
  /** The chunk opens with "a"/"an": an indefinite description names no particular office holder. */
  indefinite: boolean;
}

/** Determiners, name links and calendar words (names.tsv); possessive marks (pronouns.tsv). */
let words: { determiners: ReadonlySet<string>; nameLinks: ReadonlySet<string>; calendar: ReadonlySet<string>; possessive: ReadonlySet<string> } | undefined;
function wordSets() {
  if (!words) {
    const n = loadWordSets("names.tsv", ["determiners", "name-links", "calendar"]);
    words = { determiners: n.determiners, nameLinks: n["name-links"], calendar: n.calendar, possessive: loadWordSets("pronouns.tsv", ["possessive-marks"])["possessive-marks"] };
  }
  return words;
}
const NUMBERS = /^(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozen|half dozen|dozens|hundreds|thousands)$/;
const PROPER: Set<MatchKind> = new Set(["country", "adjective", "demonym", "capital", "org", "person", "partial", "actor"]);
const KIND_ORDER: (MatchKind | "name")[] = ["person", "org", "actor", "country", "capital", "demonym", "adjective", "agent", "modifier", "partial"];

const RANK: Record<string, number> = {
  country: 1, adjective: 1, capital: 1, org: 1, actor: 1, modifier: 2, agent: 3, demonym: 3, person: 4, partial: 4, name: 4,
};

function isCap(text: string): boolean {
  return /^[A-Z0-9]/.test(text);
}

/** A title's last token tagged as an adjective, before a common noun that no dictionary entry starts: no agent. */
export function titleReadAsAdjective(lastUpos: string, nextUpos: string, nextNamed: boolean): boolean {
  return lastUpos === "ADJ" && nextUpos === "NOUN" && !nextNamed;
}

export function isFiller(tok: Token): boolean {
  if (wordSets().possessive.has(tok.text)) return true;
  const k = keyOf(tok.text);
  return wordSets().determiners.has(k) || NUMBERS.test(k) || /^[\d-]+$/.test(tok.text) || /^half-dozen$/i.test(tok.text);
}

export class SentenceScanner {
  private readonly keys: string[] = [];
  private readonly poss: boolean[] = [];
  private readonly nerAt: string[] = [];

  constructor(
    private readonly doc: Doc, private readonly dict: ActorDictionary, readonly from: number, readonly to: number,
    /** Rule participants.title-read-as-adjective (src/pipeline/actor-rules.ts) is on. */
    private readonly titleAdjectives = true,
  ) {
    for (let i = from; i < to; i++) {
      const t = doc.tokens[i];
      const sp = stripPossessive(t.text);
      const next = doc.tokens[i + 1];
      this.keys.push(wordSets().possessive.has(t.text) ? "" : keyOf(sp.base));
      this.poss.push(sp.poss || (!!next && i + 1 < to && wordSets().possessive.has(next.text)));
      this.nerAt.push("");
    }
    for (const e of doc.entities)
      for (let i = Math.max(e.tokenStart, from); i < Math.min(e.tokenEnd, to); i++) this.nerAt[i - from] = e.label;
  }

  key(i: number): string {
    return this.keys[i - this.from] ?? "";
  }

  /** Longest dictionary match starting at token i (case rules applied), or null. */
  matchAt(i: number): Item | null {
    if (!this.key(i) || /[$€£¥]/.test(this.doc.tokens[i].text)) return null;   // "US$" is money, not the US
    let best: Item | null = null;
    let phrase = "";
    let words = 0;
    for (let j = i; j < this.to; j++) {
      const k = this.key(j);
      if (!k) {
        if (/^[-.]$/.test(this.doc.tokens[j].text) && j > i) continue;   // "U.S" + "." or "Al" "-" "Hayya"
        break;
      }
      phrase = phrase ? `${phrase} ${k}` : k;
      words += k.split(" ").length;
      if (words > this.dict.maxWords) break;
      const ms = this.dict.lookup(phrase).filter((m) => this.caseOk(m, i, j + 1));
      if (ms.length) best = { start: i, end: j + 1, kind: pickKind(ms), matches: ms, poss: this.poss[j - this.from], ner: this.nerAt[i - this.from] };
      if (this.poss[j - this.from]) {
        // A name may go on past a possessive ("People's Liberation Army", "Kurdistan Workers' Party"): its key
        // folds "'s" to "s" and drops a bare "'"; the shorter match before it keeps its possessive.
        const mark = this.possessiveMark(j);
        if (!mark) break;
        if (/s$/i.test(mark.text)) phrase += "s";
        j = mark.skip;
      }
    }
    return best;
  }

  /** The possessive mark of token j: its own "'s"/"'" or the next token's; `skip` is the last token it spans. */
  private possessiveMark(j: number): { text: string; skip: number } | null {
    const own = /['’]s?$/i.exec(this.doc.tokens[j].text);
    if (own && own.index > 0) return { text: own[0], skip: j };
    const next = this.doc.tokens[j + 1];
    if (next && j + 1 < this.to && wordSets().possessive.has(next.text)) return { text: next.text, skip: j + 1 };
    return null;
  }

  private caseOk(m: DictMatch, start: number, end: number): boolean {
    const text = this.doc.spanText(start, end);
    if (m.acronym) return text.replace(/[^A-Za-z]/g, "") === text.replace(/[^A-Za-z]/g, "").toUpperCase();
    // a name the dictionary itself writes in lower case ("al-Qaeda") matches as written
    if (PROPER.has(m.kind)) return isCap(this.doc.tokens[start].text) || !!m.entry?.names.some((n) => n.startsWith(text.slice(0, 3)) && keyOf(n) === keyOf(text));
    return true;
  }

  /** All items of the sentence, left to right. */
  items(): Item[] {
    const out: Item[] = [];
    for (let i = this.from; i < this.to;) {
      if (this.glued(i)) { i++; continue; }
      const m = this.matchAt(i);
      // A surname alone followed by an unknown capitalised word is another person's full name
      // ("Wang" + "Wentao": Wang Wentao, not Wang Yi), read as one unknown name.
      const longer = m && m.kind === "partial" && m.end < this.to && !this.matchAt(m.end) ? this.nameAt(i) : null;
      if (longer && longer.end > m!.end) { out.push(longer); i = longer.end; continue; }
      if (m && this.titleAdjectives && this.adjectiveOfNoun(m)) { i = m.end; continue; }
      if (m) { out.push(m); i = m.end; continue; }
      const name = this.nameAt(i);
      if (name) { out.push(name); i = name.end; continue; }
      i++;
    }
    return out;
  }

  /**
   * A person's title the tagger read as an adjective of the common noun after it, a noun no dictionary
   * names: "a general strike", where "general" is no army officer. Sector words stay agents before any noun
   * ("military brass"), as titles do before an agent noun.
   */
  private adjectiveOfNoun(m: Item): boolean {
    if (m.kind !== "agent" || m.end >= this.to) return false;
    const titles = m.matches.filter((x) => x.kind === "agent" && x.entry?.codes.some((c) => c.roles.length));
    if (!titles.length || !m.matches.every((x) => x.kind === "modifier" || titles.includes(x))) return false;
    return titleReadAsAdjective(this.doc.tokens[m.end - 1].upos, this.doc.tokens[m.end].upos, !!this.matchAt(m.end));
  }

  /** Token i continues a hyphenated word ("think-tank", "Al-Sultan"): no match may start there. */
  private glued(i: number): boolean {
    const prev = this.doc.tokens[i - 1];
    return i > this.from && (prev.text === "-" || prev.text.endsWith("-")) && prev.end === this.doc.tokens[i].start;
  }

  /** A run of capitalised words not in the dictionary ("Osama Hamdan"), joined by "al"/"bin"/hyphens. */
  private nameAt(i: number): Item | null {
    const ok = (j: number) => {
      const t = this.doc.tokens[j];
      if (!/^[A-Z][A-Za-z'’-]*$/.test(t.text) || wordSets().calendar.has(this.key(j))) return false;
      if (t.upos && t.upos !== "PROPN" && !this.nerAt[j - this.from]) return false;
      return true;
    };
    if (!ok(i)) return null;
    let j = i + 1;
    while (j < this.to) {
      // A capitalised agent word that ends a name is part of it ("Gaza Fishers Union"); one followed by
      // more capitals is a title before a name ("Deputy Prime Minister Telemar").
      const m = ok(j) ? this.matchAt(j) : null;
      if (ok(j) && (!m || (m.matches.every((x) => x.kind === "agent" || x.kind === "modifier") && !(m.end < this.to && ok(m.end))))) { j = m ? m.end : j + 1; continue; }
      if (wordSets().nameLinks.has(this.key(j)) && j + 1 < this.to && ok(j + 1)) { j += 2; continue; }
      break;
    }
    return { start: i, end: j, kind: "name", matches: [], poss: this.poss[j - 1 - this.from], ner: this.nerAt[i - this.from] };
  }

  /** Group items into chunks: fillers and modifiers join, and ranks never go down (see joins()). */
  chunks(items: Item[]): Chunk[] {
    const out: Chunk[] = [];
    let cur: Chunk | null = null;
    const toks = this.doc.tokens;
    // Fillers (determiners, numbers) directly before an item belong to its chunk.
    const fillStart = (i: number) => {
      let s = i;
      while (s - 1 >= this.from && isFiller(toks[s - 1]) && !wordSets().possessive.has(toks[s - 1].text)) s--;
      while (s < i && !/^[A-Za-z0-9]/.test(toks[s].text)) s++;
      return s;
    };
    for (let n = 0; n < items.length; n++) {
      const it = items[n];
      const last = cur?.items[cur.items.length - 1];
      const gapOk = cur && last && range(last.end, it.start).every((k) => isFiller(toks[k]));
      if (cur && last && gapOk && joins(last, it)) {
        cur.items.push(it);
        cur.end = it.end;
        continue;
      }
      // Coordinated countries before one agent: "Qatari and Egyptian mediators", "US and Israeli spy chiefs".
      if (isCountryish(it)) {
        const list = [it];
        let k = n;
        const joined = (a: Item, b: Item) => b.start > a.end && range(a.end, b.start).every((t) => /^(,|and|&)$/.test(toks[t].text) || isFiller(toks[t]));
        while (k + 1 < items.length && isCountryish(items[k + 1]) && joined(items[k], items[k + 1])) list.push(items[++k]);
        const after = items[k + 1];
        if (list.length > 1 && after && (after.kind === "agent" || after.kind === "modifier") && range(items[k].end, after.start).every((t) => isFiller(toks[t]))) {
          if (cur) out.push(cur);
          const start = fillStart(it.start);
          cur = { items: [it, ...list.slice(1), after], start, end: after.end, list, indefinite: /^an?$/i.test(toks[start].text) };
          n = k + 1;
          continue;
        }
      }
      if (cur) out.push(cur);
      const start = fillStart(it.start);
      cur = { items: [it], start, end: it.end, list: [], indefinite: /^an?$/i.test(toks[start].text) };
    }
    if (cur) out.push(cur);
    // Phrases that only look like agents ("military aggression") close a chunk without joining it.
    for (const c of out) {
      while (c.items.length && c.items[c.items.length - 1].kind === "modifier") c.items.pop();
      if (c.items.length) c.end = c.items[c.items.length - 1].end;
    }
    // Only a country standing alone may join a list ("Members of the Gaza Fishers Union" takes none).
    const alone = new Set(out.filter((c) => c.items.length === 1).map((c) => c.items[0]));
    for (let c = 0; c < out.length; c++) this.attachList(out[c], items.filter((i) => alone.has(i)));
    // Countries taken into a "from/of" list belong to that chunk, not to chunks of their own.
    const listed = new Set<Item>();
    for (const c of out) for (const it of c.list) if (!c.items.includes(it)) listed.add(it);
    return out.filter((c) => c.items.length && !c.items.every((i) => listed.has(i)));
  }

  /** "Mediators from the US, Qatar and Egypt", "the foreign minister of Qatar": agents take a country list. */
  private attachList(ch: Chunk, items: Item[]): void {
    if (!ch.items.every((i) => i.kind === "agent" || i.kind === "modifier") || ch.list.length) return;
    const toks = this.doc.tokens;
    if (/^(its|their|his|her|our)$/i.test(toks[ch.start].text)) return;   // "withdraw its troops from Gaza"
    let t = ch.end;
    if (t >= this.to) return;
    // "in" only for people who are where they are named ("lawmakers in Arnor"), not for forces ("troops in Gaza").
    const armed = ch.items.some((i) => i.matches.some((m) => /MIL|REB|COP/.test(m.entry?.codes[0]?.code ?? "")));
    if (!/^(from|of)$/i.test(toks[t].text) && !(/^in$/i.test(toks[t].text) && !armed)) return;
    t++;
    const list: Item[] = [];
    for (;;) {
      while (t < this.to && (isFiller(toks[t]))) t++;
      const it = items.find((x) => x.start === t);
      if (!it || !isStateName(it)) break;
      list.push(it);
      t = it.end;
      if (t < this.to && /^(,|and)$/.test(toks[t].text)) {
        const t2 = t + 1 < this.to && toks[t + 1].text === "and" ? t + 2 : t + 1;
        const nextItem = items.find((x) => x.start >= t2 && range(t2, x.start).every((k) => isFiller(toks[k])));
        if (nextItem && isStateName(nextItem)) { t = t2; continue; }
      }
      break;
    }
    if (!list.length) return;
    ch.list = list;
    ch.end = list[list.length - 1].end;
  }
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let k = a; k < b; k++) out.push(k);
  return out;
}

/** A country name, or an imported actor whose code is a bare country code ("GON"). */
export function isStateName(it: Item): boolean {
  if (it.kind === "country") return true;
  return it.kind === "actor" && it.matches.some((m) => m.kind === "actor" && /^[A-Z]{3}$/.test(m.entry?.codes[0]?.code ?? ""));
}

function isCountryish(it: Item): boolean {
  return it.kind === "country" || it.kind === "adjective";
}

/** May `next` extend a chunk ending in `last`? Modifiers come before titles, titles before names. */
function joins(last: Item, next: Item): boolean {
  if (last.poss) return true;                                         // "Gaza's health ministry"
  const a = RANK[last.kind], b = RANK[next.kind];
  if (a === 1 && b === 1) return last.kind === "adjective";          // "Palestinian Hamas", not "Israel Hamas"
  if (a === 4 && b === 4) return false;
  if (last.kind === "demonym") return false;
  if (last.kind === "capital" && b >= 3) return next.kind === "agent";
  if (last.kind === "agent" && next.kind === "actor") return true;    // imported person entries: "Prime Minister Telemar"
  return b >= a;
}

function pickKind(ms: DictMatch[]): MatchKind {
  for (const k of KIND_ORDER) if (ms.some((m) => m.kind === k)) return k as MatchKind;
  return ms[0].kind;
}
