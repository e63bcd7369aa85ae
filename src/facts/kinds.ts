// What a number counts: the people it counts (the noun it modifies, or the of-phrase after it) and what
// happened to them, from the verb or adjective that governs or modifies them ("were killed", "took 253
// hostages", "displaced Palestinians"), else from the noun itself ("253 hostages", "25 deaths"), else a
// plain count of people. Numbers that count no people, or that no kind fits, are no figure.
import type { FigureKind } from "../text/annotations.js";
import type { Mention } from "../text/annotations.js";
import type { RuleSwitch } from "../rules/rule.js";
import type { FigureView } from "./rules.js";
import { ACCORDING_LIST, PARTITIVE, TOLL, TOLL_WORDS } from "./rules.js";
import type { NumberPhrase } from "./numbers.js";

export interface Classified {
  kind: FigureKind;
  /** The token that places the figure's noun phrase in the clause (the counted noun, or the number heading it). */
  anchor: number;
  /** The people counted, or null when the words leave them out ("killing 107 or more"). */
  noun: number | null;
  /** The word that says what happened to them, when one does. */
  trigger: number | null;
  /** A toll noun the number gives the value of ("the death toll rose to 50"), else -1. */
  toll: number;
  /** No word of the figure names its people or what happened to them ("… and 11 injured", "there are now 1,125"). */
  bare: boolean;
  rules: string[];
}

const CORE = new Set(["obj", "nsubj", "nsubj:pass", "iobj", "nsubj:outer", "csubj"]);

export class KindFinder {
  constructor(private readonly v: FigureView, private readonly mentions: readonly Mention[], private readonly rules: RuleSwitch) {}

  /** The lemma keys a noun is looked up by: "asylum seeker" (compound + head) before "seeker". */
  nounKeys(n: number): string[] {
    const tr = this.v.tree;
    const keys: string[] = [];
    for (const c of tr.childrenExact(n, "compound")) keys.push(`${tr.lemma(c)} ${tr.lemma(n)}`, `${tr.lower(c)} ${tr.lower(n)}`);
    keys.push(tr.lemma(n), tr.lower(n));
    return keys;
  }

  isPeople(n: number): boolean {
    const tr = this.v.tree;
    if (this.nounKeys(n).some((k) => this.v.lex.people.has(k) || this.v.lex.nouns.has(k))) return true;
    if (tr.upos(n) === "PRON") return ["them", "those", "others", "they", "whom"].includes(tr.lower(n));
    // "Palestinians", "Israelis": a nationality names people; a coded organisation ("five delegations") does not
    return this.mentions.some((m) => m.headToken === n && m.type === "NORP" && !m.media);
  }

  private isUnit(n: number): boolean {
    return this.nounKeys(n).some((k) => this.v.lex.units.has(k) || this.v.lex.units.has(k.replace(/s$/, "")));
  }

  /** The counted noun of a number phrase: the noun its number modifies, else the head of its of-phrase. */
  private countedNoun(p: NumberPhrase): number | null {
    const tr = this.v.tree;
    const last = p.numberTokens[p.numberTokens.length - 1];
    const inPhrase = (k: number) => k >= p.first && k <= p.last;
    if (p.ofAt !== null) {
      // the of-phrase: through the tree when it hangs on the number, else by its words
      const viaTree = p.numberTokens.flatMap((k) => tr.children(k, "nmod")).find((k) => tr.caseWord(k) === "of" && k >= p.ofAt!);
      if (viaTree !== undefined && ["NOUN", "PROPN", "PRON"].includes(tr.upos(viaTree))) return viaTree;
      return this.rules.on(PARTITIVE) ? PARTITIVE.apply(this.v, p.ofAt) : null;
    }
    let h = tr.head(last);
    // "2.3 million people", "Two hundred prisoners": through the number's own multiplier chain
    while (h >= 0 && inPhrase(h)) h = tr.head(h);
    if (h > p.last && ["NOUN", "PROPN"].includes(tr.upos(h)) && ["nummod", "compound", "amod", "det", "nmod"].includes(tr.baseRel(last))) return h;
    // a misparse that left the number off its noun: the next noun, when it counts people and nothing but modifiers stand between
    for (let k = p.last + 1; k < tr.doc.tokens.length && k <= p.last + 4 && tr.tok(k).sent === tr.tok(last).sent; k++) {
      const u = tr.upos(k);
      if ((u === "NOUN" || u === "PROPN") && !(tr.upos(k + 1) === "NOUN" && tr.tok(k + 1)?.sent === tr.tok(k).sent)) return this.isPeople(k) ? k : null;
      const participle = u === "VERB" && ["VBN", "VBG"].includes(tr.tok(k).xpos);
      if (!["ADJ", "NOUN", "PROPN", "PUNCT"].includes(u) && !participle || (u === "PUNCT" && tr.lower(k) !== "-")) return null;
    }
    return null;
  }

  /** The syntactic head of the number words: the one whose head lies outside them. */
  private phraseHead(p: NumberPhrase): number {
    const tr = this.v.tree;
    const inside = new Set(p.numberTokens);
    return p.numberTokens.find((k) => !inside.has(tr.head(k))) ?? p.numberTokens[p.numberTokens.length - 1];
  }

  /** The kind of a number phrase, or null when it is no figure of people. */
  classify(p: NumberPhrase): Classified | null {
    const tr = this.v.tree;
    const lex = this.v.lex;
    const rules: string[] = [...p.rules];
    let noun = this.countedNoun(p);
    if (noun !== null && p.ofAt !== null) rules.push(PARTITIVE.id);
    const head = this.phraseHead(p);
    const aid = noun !== null ? this.aidKind(noun) : null;
    if (aid) return { kind: aid, anchor: noun!, noun: null, trigger: null, toll: -1, bare: false, rules };
    if (noun !== null && this.isUnit(noun)) return null;
    let anchor = head;
    if (noun !== null) anchor = tr.ancestors(head).includes(noun) || p.ofAt === null ? noun : head;
    // "saved 200 more": the number modifies "more", which stands for the noun left out
    else if (tr.head(head) > p.last && ["more", "other"].includes(tr.lower(tr.head(head)))) anchor = tr.head(head);
    // the people of a toll: "the number of refugees … to 230,000", "the death toll rose to 50"
    let toll = this.rules.on(TOLL) && noun === null ? TOLL.apply(this.v, anchor) : -1;
    if (toll >= 0) rules.push(TOLL.id);
    else if (noun === null && this.rules.on(TOLL_WORDS)) {
      toll = TOLL_WORDS.apply(this.v, p.first);
      if (toll >= 0) rules.push(TOLL_WORDS.id);
    }
    if (toll >= 0) {
      const of = tr.children(toll, "nmod").find((k) => tr.caseWord(k) === "of");
      const kindMod = [...tr.childrenExact(toll, "compound", "amod"), ...(of !== undefined ? [of] : [])].map((k) => lex.kindNouns.get(tr.lemma(k)) ?? lex.nouns.get(tr.lemma(k)));
      if (of !== undefined && this.isPeople(of)) noun = of;
      const kind = kindMod.find((k): k is FigureKind => k !== undefined && k !== "released");
      if (kind || noun !== null) {
        const k: FigureKind = kind ?? (noun !== null ? this.nounKind(noun) ?? "count" : "count");
        return { kind: k, anchor: toll, noun, trigger: null, toll, bare: false, rules };
      }
    }
    const nounKeys = noun !== null ? this.nounKeys(noun) : [];
    const nounKind = noun !== null ? this.nounKind(noun) : undefined;
    const bare = noun === null;
    const verb = this.verbKind(anchor, head, noun, nounKeys, rules);
    if (verb && !(verb.weak && nounKind)) return { kind: verb.kind, anchor, noun, trigger: verb.token, toll: -1, bare, rules };
    if (nounKind) return { kind: nounKind, anchor, noun, trigger: null, toll: -1, bare, rules };
    // "25 deaths", "the arrest of another five people", "injuries to eight security personnel"
    const named = this.kindNoun(anchor, noun) ?? this.kindNounBefore(p, noun);
    if (named) return { kind: named.kind, anchor, noun: named.people, trigger: named.token, toll: -1, bare: false, rules };
    if (noun !== null && this.isPeople(noun) && !this.nounKeys(noun).some((k) => this.v.lex.notCounted.has(k))) {
      return { kind: "count", anchor, noun, trigger: null, toll: -1, bare: false, rules };
    }
    return null;
  }

  /** "200 aid trucks", "40 trucks of humanitarian supplies", "1,000 tonnes of food": aid, counted in trucks or tonnes. */
  private aidKind(noun: number): FigureKind | null {
    const tr = this.v.tree;
    const aid = this.v.lex.aid;
    const keys = this.nounKeys(noun).map((k) => k.replace(/s$/, ""));
    const trucks = keys.some((k) => aid.trucks.has(k));
    const tonnes = keys.some((k) => aid.tonnes.has(k));
    if (!trucks && !tonnes) return null;
    const words = [...tr.childrenExact(noun, "compound", "amod"), ...tr.children(noun, "nmod").flatMap((k) => [k, ...tr.children(k, "compound", "amod")])];
    if (!words.some((k) => aid.words.has(tr.lemma(k)) || aid.words.has(tr.lower(k)))) return null;
    return trucks ? "aid_trucks" : "aid_tonnes";
  }

  private nounKind(noun: number): FigureKind | undefined {
    for (const k of this.nounKeys(noun)) {
      const kind = this.v.lex.nouns.get(k);
      if (kind) return kind;
    }
    return undefined;
  }

  /** The kind a verb or adjective gives (with the token), trying the clause's predicate, the number's own head, then the noun's modifiers. */
  private verbKind(anchor: number, head: number, noun: number | null, nounKeys: string[], rules: string[]): { kind: FigureKind; token: number; weak: boolean } | null {
    const tr = this.v.tree;
    const candidates: number[] = [];
    const secondary: string[] = [];
    let first = tr.firstConjunct(anchor);
    // "taken 100 passengers hostage" parsed as a compound "passengers hostage": the compound's head speaks for it
    while (tr.rel(first) === "compound" && tr.head(first) > first && ["NOUN", "PROPN"].includes(tr.upos(tr.head(first)))) {
      first = tr.head(first);
      secondary.push(tr.lemma(first));
    }
    let rel = tr.rel(first);
    let h = tr.head(first);
    const listed = this.rules.on(ACCORDING_LIST) ? ACCORDING_LIST.apply(this.v, anchor) : -1;
    if (listed >= 0) {
      rules.push(ACCORDING_LIST.id);
      [h, rel] = [listed, "nsubj:pass"];
    }
    if (h >= 0 && CORE.has(rel)) {
      candidates.push(h, ...tr.children(h, "xcomp"));
      // "took 253 hostages", "taken 100 passengers hostage", "sought shelter": the verb's own nouns
      for (const c of tr.children(h, "obj", "xcomp", "obl", "advmod")) if (c !== first) secondary.push(tr.lemma(c));
    }
    // "11 injured": the number hangs on the word that says what happened
    const numberHead = tr.head(head);
    if (noun === null && numberHead >= 0 && !candidates.includes(numberHead) && ["VERB", "ADJ"].includes(tr.upos(numberHead))) candidates.push(numberHead);
    // "people killed", "displaced Palestinians", "17 injured people", "Palestinians … confirmed killed"
    for (const n of noun !== null && noun !== anchor ? [anchor, noun] : [anchor]) {
      for (const c of tr.children(n, "amod", "acl", "acl:relcl", "ccomp", "dep")) {
        if (!["VERB", "ADJ"].includes(tr.upos(c))) continue;
        candidates.push(c, ...tr.children(c, "xcomp"));
      }
    }
    const nouns = [...nounKeys, ...secondary];
    for (const c of candidates) {
      const row = this.row(c, nouns, noun === null || this.isPeople(noun));
      if (row) return { kind: row, token: c, weak: this.v.lex.weakKinds.has(row) };
    }
    return null;
  }

  /** The kind of the row for predicate c, most specific noun first; "*" rows only for people (or no noun at all). */
  private row(c: number, nouns: string[], anyNoun: boolean): FigureKind | null {
    const tr = this.v.tree;
    const words = [tr.lemma(c), tr.lower(c)];
    const rows = this.v.lex.verbs.filter(([w]) => words.includes(w));
    for (const n of nouns) {
      const r = rows.find(([, rn]) => rn === n);
      if (r) return r[2];
    }
    const any = rows.find(([, rn]) => rn === "*");
    return any && anyNoun ? any[2] : null;
  }

  /** "injuries to eight security personnel" however parsed: a kind noun and its case word right before the number. */
  private kindNounBefore(p: NumberPhrase, noun: number | null): { kind: FigureKind; token: number; people: number | null } | null {
    const tr = this.v.tree;
    if (noun === null || !this.isPeople(noun)) return null;
    let k = p.first - 1;
    const sent = tr.tok(p.first).sent;
    while (k >= 0 && tr.tok(k).sent === sent && ["the", "another", "all", "some"].includes(tr.lower(k))) k--;
    if (k < 1 || tr.tok(k - 1).sent !== sent || !["of", "to", "among"].includes(tr.lower(k))) return null;
    const kind = this.v.lex.kindNouns.get(tr.lemma(k - 1));
    if (!kind) return null;
    if (kind === "released") {
      const r = this.nounKeys(noun).map((x) => this.v.lex.releaseKinds.get(x)).find((x) => x !== undefined);
      return r ? { kind: r, token: k - 1, people: noun } : null;
    }
    return { kind, token: k - 1, people: noun };
  }

  /** A noun naming what happened: the figure's own noun ("25 deaths") or the one its phrase hangs on ("injuries to eight"). */
  private kindNoun(anchor: number, noun: number | null): { kind: FigureKind; token: number; people: number | null } | null {
    const tr = this.v.tree;
    const lex = this.v.lex;
    const own = noun ?? anchor;
    const ownKind = lex.kindNouns.get(tr.lemma(own));
    if (ownKind && ownKind !== "released") {
      const of = tr.children(own, "nmod").find((k) => tr.caseWord(k) === "of" && this.isPeople(k));
      return { kind: ownKind, token: own, people: of ?? null };
    }
    const h = tr.head(anchor);
    if (h < 0 || !["nmod", "obl"].includes(tr.baseRel(anchor)) || !["of", "to", "among"].includes(tr.caseWord(anchor))) return null;
    const kind = lex.kindNouns.get(tr.lemma(h));
    if (!kind || noun === null) return null;
    if (kind === "released") {
      const r = this.nounKeys(noun).map((k) => lex.releaseKinds.get(k)).find((x) => x !== undefined);
      return r ? { kind: r, token: h, people: noun } : null;
    }
    return this.isPeople(noun) ? { kind, token: h, people: noun } : null;
  }
}
