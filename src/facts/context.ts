// What a figure's clause says around the number: who gives it (claimant), who did it (perpetrator), where
// and over what stretch of time (place, period, as-of date), and how sure the text is (verification).
// Read from the shared clause layer: frames, their reporters, the place finder over clause obliques.
import type { AnalysedDoc } from "../text/analysed.js";
import type { EventActor, FigureKind, FigurePeriod, FigurePlace, Frame, Verification } from "../text/annotations.js";
import type { ClauseAnalysis } from "../clauses/index.js";
import { PlaceFinder } from "../clauses/place.js";
import { resolveTimeExpression } from "../clauses/time.js";
import type { RuleSwitch } from "../rules/rule.js";
import { AS_REPORTED, ATTACK_PERPETRATOR, CLAIM_VERB, CONFIRMED, SINCE_THEN, TRAILING_REPORTER, UNREAL, WHERE_CLAUSE, type FigureView } from "./rules.js";
import { isSpaceCode } from "../util/scan.js";

/** Kinds that something was done to, so the sentence may say by whom. */
const DONE_TO = new Set<FigureKind>([
  "killed", "injured", "casualties", "hostages_taken", "hostages_held", "hostages_released", "hostages_dead",
  "prisoners_held", "prisoners_released", "detained", "displaced", "missing", "rescued",
]);

const LOCATION = new Set(["GPE", "LOC"]);
const NEGATION = new Set(["not", "n't", "never", "no"]);

export interface FigureContext {
  claimant: EventActor | null;
  perpetrator: EventActor | null;
  place: FigurePlace | null;
  period: FigurePeriod;
  asOf: string;
  verification: Verification;
  rules: string[];
}

export class ContextReader {
  private readonly places: PlaceFinder;
  private readonly dateMemo = new Map<number, { date: string; text: string } | null>();

  constructor(private readonly doc: AnalysedDoc, private readonly clauses: ClauseAnalysis, private readonly v: FigureView, private readonly rules: RuleSwitch) {
    this.places = new PlaceFinder(clauses.tree, doc.places, doc.mentions, clauses.builder.cues.placeCases, true);
  }

  /** The frame predicate a figure's words belong to: its trigger when that is a predicate, else the nearest one above. */
  clauseOf(anchor: number, trigger: number | null): number {
    const b = this.clauses.builder;
    if (trigger !== null && b.isPredicate(trigger)) return trigger;
    return b.governorOf(trigger ?? anchor);
  }

  /** Whether the clause reports no real figure: hypothetical, proposed, planned, negated, a forecast or a capacity. */
  unreal(p: number, anchor: number): boolean {
    if (!this.rules.on(UNREAL)) return false;
    const tr = this.clauses.tree;
    // "the death toll would have been more than a thousand": the modal hangs on the number itself
    const ownModals = tr.children(anchor, "aux").map((k) => tr.lower(k));
    if (ownModals.length && UNREAL.apply("hypothetical", ownModals, false)) return true;
    if (p < 0) return false;
    // estimating verbs ("put the number at") are not proposals, whatever the frame builder's proposal list says
    if (this.v.lex.claimVerbs.has(tr.lemma(p))) return false;
    const { modality, cues } = this.clauses.builder.modality(p);
    const forecast = this.v.lex.forecastVerbs.has(tr.lemma(p));
    return UNREAL.apply(modality, cues, forecast);
  }

  /** The figure's own frame, its with-clauses and conjuncts, then the clauses it hangs on: where its time and place words are. */
  private scope(p: number): Frame[] {
    if (p < 0) return [];
    const tr = this.clauses.tree;
    const own = this.clauses.byPredicate.get(p);
    if (!own) return [];
    const out: Frame[] = [own];
    const siblings = this.clauses.bySentence.get(own.sentence) ?? [];
    const first = tr.firstConjunct(p);
    const add = (f: Frame | undefined) => {
      if (f && !out.includes(f)) out.push(f);
    };
    for (const f of siblings) if (f !== own && tr.firstConjunct(f.predicate) === first && (f.predicate === first || f.relation.startsWith("conj"))) add(f);
    let cur = own;
    for (let depth = 0; depth < 4; depth++) {
      const rel = cur.relation.split(":")[0];
      const g = this.clauses.byPredicate.get(cur.governor);
      if (!g || !(cur.nominal || ["xcomp", "advcl", "conj", "acl"].includes(rel)) || cur.relation === "acl:relcl") break;
      add(g);
      cur = g;
    }
    // "…, with thousands more feared buried … since then": an absolute with-clause speaks of the whole clause
    for (const f of [...out]) {
      for (const c of tr.children(f.predicate, "advcl")) {
        if (tr.children(c, "mark").some((m) => tr.lower(m) === "with")) add(this.clauses.byPredicate.get(c));
      }
    }
    return out;
  }

  /** Time phrase heads of a frame: its obliques and adverbs (own), and those a parser hung on its arguments. */
  private timeHeads(f: Frame): { h: number; own: boolean }[] {
    const tr = this.clauses.tree;
    const own = [...f.obliques.map((o) => o.heads[0]), ...tr.children(f.predicate, "advmod")].map((h) => ({ h, own: true }));
    const onArgs = [...f.subjects, ...f.objects].flatMap((a) => tr.childrenExact(a, "nmod", "nmod:tmod", "nmod:npmod")).map((h) => ({ h, own: false }));
    return [...own, ...onArgs].sort((a, b) => a.h - b.h);
  }

  private words(h: number): { text: string; start: number; end: number } {
    const tr = this.clauses.tree;
    const toks = tr.subtree(h, (k) => ["acl:relcl", "parataxis"].includes(tr.rel(k)));
    while (toks.length > 1 && tr.upos(toks[toks.length - 1]) === "PUNCT") toks.pop();
    return tr.span(toks);
  }

  read(p: number, anchor: number, trigger: number | null, kind: FigureKind, nounTokens: readonly number[]): FigureContext {
    const rules: string[] = [];
    const scope = this.scope(p);
    const where = this.rules.on(WHERE_CLAUSE) ? this.whereClause(scope) : null;
    if (where) rules.push(WHERE_CLAUSE.id);
    const claimant = this.claimant(p, where !== null, rules);
    const perpetrator = DONE_TO.has(kind) ? this.perpetrator(p, trigger, scope, nounTokens, rules) : null;
    const place = where?.place ?? this.place(scope);
    const { period, asOf } = this.period(scope, rules);
    const verification = this.verification(anchor, trigger, rules);
    return { claimant, perpetrator, place, period, asOf, verification, rules };
  }

  // ── claimant ──

  private claimant(p: number, writers: boolean, rules: string[]): EventActor | null {
    if (p < 0) return null;
    const tr = this.clauses.tree;
    // a where-clause is the writer's description, unless it names its own source
    const own = tr.children(p, "obl").filter((o) => this.clauses.builder.cues.accordingTo.has(tr.caseWord(o)));
    let heads = writers ? own : this.clauses.builder.reporter(p);
    // the figure stands in what a reporting verb says ("…,” he said): its speaker gives it
    if (!heads.length && !writers && this.v.isReporting(p)) heads = this.clauses.byPredicate.get(p)?.subjects ?? [];
    if (!heads.length && !writers && this.rules.on(TRAILING_REPORTER)) {
      heads = TRAILING_REPORTER.apply(this.v, p);
      if (heads.length) rules.push(TRAILING_REPORTER.id);
    }
    // "According to security sources": the lemmatizer may read "According" as "accord"
    if (!heads.length) {
      for (const k of [p, ...tr.ancestors(p)].slice(0, 4)) {
        const o = tr.children(k, "obl").find((x) => tr.children(x, "case").some((c) => tr.lower(c) === "according"));
        if (o !== undefined) {
          heads = tr.conjuncts(o).slice(0, 1);
          break;
        }
      }
    }
    if (!heads.length && !writers && this.rules.on(CLAIM_VERB)) {
      heads = CLAIM_VERB.apply(this.v, p);
      if (heads.length) rules.push(CLAIM_VERB.id);
    }
    if (!heads.length && !writers && this.rules.on(AS_REPORTED)) {
      heads = AS_REPORTED.apply(this.v, p);
      if (heads.length) rules.push(AS_REPORTED.id);
    }
    return heads.length ? this.actor(heads[0]) : null;
  }

  /** A noun phrase as an actor: its words (without its preposition or a trailing possessive) and the code of the mention heading it. */
  actor(h: number, span?: { start: number; end: number }): EventActor {
    const tr = this.clauses.tree;
    const ph = span ?? this.nounPhrase(h);
    let end = ph.end;
    const text = withoutPossessive(this.doc.text.slice(ph.start, end));
    end = ph.start + text.length;
    const m = this.doc.mentions.find((x) => x.headToken === h) ?? this.doc.mentions.find((x) => x.start <= tr.tok(h).start && tr.tok(h).end <= x.end);
    const a: EventActor = { text, start: ph.start, end };
    if (m?.actor) Object.assign(a, m.actor);
    else if (m?.country) a.country = m.country;
    return a;
  }

  /** The phrase of h without the case words and punctuation at its edges ("after Hamas militants" → "Hamas militants"). */
  private nounPhrase(h: number): { start: number; end: number } {
    const tr = this.clauses.tree;
    const toks = tr.subtree(h, (k) => ["acl", "acl:relcl", "conj", "cc", "punct", "appos", "parataxis", "advcl", "ccomp", "xcomp"].includes(tr.rel(k)));
    // "according to witnesses": the case word and its fixed parts
    const edge = (k: number) => ["case", "mark", "cc", "fixed"].includes(tr.baseRel(k)) || tr.upos(k) === "PUNCT";
    let a = 0;
    let b = toks.length - 1;
    while (a < b && edge(toks[a])) a++;
    while (b > a && edge(toks[b])) b--;
    return { start: tr.tok(toks[a]).start, end: tr.tok(toks[b]).end };
  }

  // ── perpetrator ──

  private perpetrator(p: number, trigger: number | null, scope: Frame[], nounTokens: readonly number[], rules: string[]): EventActor | null {
    const tr = this.clauses.tree;
    const counted = new Set(nounTokens.flatMap((n) => tr.conjuncts(n)));
    const frame = trigger !== null ? this.clauses.byPredicate.get(trigger) : undefined;
    const attack = (n: number): number => (this.rules.on(ATTACK_PERPETRATOR) ? ATTACK_PERPETRATOR.apply(this.v, n) : -1);
    for (const s of frame?.subjects ?? []) {
      if (counted.has(s)) continue;
      const owner = attack(s);
      if (owner >= 0) {
        rules.push(ATTACK_PERPETRATOR.id);
        return this.actor(owner);
      }
      if (this.coded(s)) return this.actor(s);
    }
    // "in Israel's offensive", "during Israeli strikes": the owner of an attack the clause places it in
    for (const f of scope) {
      for (const o of f.obliques) {
        for (const k of tr.subtree(o.heads[0], (x) => ["acl:relcl", "parataxis", "advcl"].includes(tr.rel(x)))) {
          const owner = attack(k);
          if (owner >= 0 && !counted.has(owner)) {
            rules.push(ATTACK_PERPETRATOR.id);
            return this.actor(owner);
          }
        }
      }
    }
    return null;
  }

  /** Whether a token heads a mention the actor coder gave a code. */
  private coded(k: number): boolean {
    return this.doc.mentions.some((m) => m.headToken === k && m.actor !== null && !m.media);
  }

  // ── place ──

  /** A where-clause in the scope, and the place it describes (its antecedent, else the place named right before it). */
  private whereClause(scope: Frame[]): { place: FigurePlace | null } | null {
    const tr = this.clauses.tree;
    for (const f of scope) {
      const w = WHERE_CLAUSE.apply(this.v, f.predicate);
      if (w < 0) continue;
      const ante = f.relation === "acl:relcl" ? tr.head(f.predicate) : -1;
      const placed = ante >= 0 ? this.placeAt(ante) : null;
      if (placed) return { place: placed };
      // the nearest place named before "where" that is not a modifier ("Rafah, the southern Gaza city where …")
      const sent = tr.tok(w).sent;
      for (let k = w - 1; k >= this.doc.sentences[sent].tokenStart; k--) {
        if (["compound", "amod"].includes(tr.rel(k))) continue;
        const pl = this.placeAt(k);
        if (pl) return { place: pl };
      }
      return { place: null };
    }
    return null;
  }

  /** Whether token k names a place (a gazetteer place, or a location mention). */
  isPlace(k: number): boolean {
    return this.placeAt(k) !== null;
  }

  private placeAt(k: number): FigurePlace | null {
    const t = this.clauses.tree.tok(k);
    const p = this.doc.places.find((x) => x.start <= t.start && t.end <= x.end);
    if (p) return { text: p.text, name: p.name, country: p.country, lat: p.lat, lon: p.lon, origin: "clause" };
    const m = this.doc.mentions.find((x) => LOCATION.has(x.type) && x.start <= t.start && t.end <= x.end);
    return m ? { text: m.text, name: m.text, country: m.actor?.country ?? null, lat: null, lon: null, origin: "clause" } : null;
  }

  private place(scope: Frame[]): FigurePlace | null {
    for (const f of scope) {
      const p = this.places.inFrame(f);
      if (p) return { ...p, origin: "clause" };
    }
    // "killed … on a house in Rafah", "An Israeli strike on a house in Rafah killed 12": a location inside
    // another oblique, or inside the attack that did it
    const tr = this.clauses.tree;
    const cases = this.clauses.builder.cues.placeCases;
    for (const f of scope) {
      const holders = [...f.obliques.flatMap((o) => o.heads), ...f.subjects.filter((s) => this.v.lex.attackNouns.has(tr.lemma(s)))];
      for (const h of holders) {
        for (const n of tr.subtree(h, (k) => ["acl:relcl", "parataxis", "conj"].includes(tr.rel(k)))) {
          if (n === h || !["nmod", "obl"].includes(tr.baseRel(n)) || !cases.has(tr.caseWord(n))) continue;
          const pl = this.placeAt(n);
          if (pl) return pl;
        }
      }
    }
    const d = this.places.dateline(this.doc.article);
    return d ? { ...d, origin: "dateline" } : null;
  }

  // ── period ──

  private period(scope: Frame[], rules: string[]): { period: FigurePeriod; asOf: string } {
    const tr = this.clauses.tree;
    const ref = this.doc.article.date;
    let asOf = ref;
    let incident: FigurePeriod | null = null;
    let since: FigurePeriod | null = null;
    let total = false;
    for (let n = 0; n < scope.length; n++) {
      for (const { h, own } of this.timeHeads(scope[n])) {
        const w = this.words(h);
        const lower = w.text.toLowerCase();
        const caseWord = tr.caseWord(h);
        if (/^as of\b/.test(lower)) {
          const r = resolveTimeExpression(w.text, ref, "past");
          if (r) asOf = r.dateEnd ?? r.date;
          continue;
        }
        if (caseWord === "since" || /^since\b/.test(lower)) {
          if (since) continue;
          const then = this.rules.on(SINCE_THEN) && SINCE_THEN.apply(lower);
          const r = then ? this.earlierDate(tr.tok(h).sent) : resolveTimeExpression(w.text, ref, "past");
          if (then && r) rules.push(SINCE_THEN.id);
          since = { type: "cumulative", text: w.text, start: r?.date ?? null, end: null, resolution: then ? "previous" : n === 0 ? "clause" : "inherited" };
          continue;
        }
        // "so far", "to date" on the clause itself make a running total; "the only truce to date" does not
        if (own && !scope[n].nominal && this.v.lex.cumulative.some((c) => lower === c)) total = true;
        if (!incident) {
          const r = resolveTimeExpression(w.text, ref, "past");
          if (r) incident = { type: "incident", text: r.text, start: r.date, end: r.dateEnd, resolution: n === 0 ? "clause" : "inherited" };
        }
      }
    }
    if (since) return { period: { ...since, end: asOf }, asOf };
    if (total) return { period: { type: "cumulative", text: null, start: null, end: asOf, resolution: "reference" }, asOf };
    return { period: incident ?? { type: "incident", text: null, start: ref, end: null, resolution: "reference" }, asOf };
  }

  /** The first date an earlier sentence gives, nearest first (for "since then"), at most three back. */
  private earlierDate(sent: number): { date: string; text: string } | null {
    for (let s = sent - 1; s >= 0 && s >= sent - 3; s--) {
      if (!this.dateMemo.has(s)) {
        const sentence = this.doc.sentences[s];
        const r = resolveTimeExpression(this.doc.text.slice(sentence.start, sentence.end), this.doc.article.date, "past");
        this.dateMemo.set(s, r ? { date: r.date, text: r.text } : null);
      }
      const found = this.dateMemo.get(s);
      if (found) return found;
    }
    return null;
  }

  // ── verification ──

  private verification(anchor: number, trigger: number | null, rules: string[]): Verification {
    const tr = this.clauses.tree;
    if (this.clauses.unverified.has(tr.tok(anchor).sent)) return "unverified";
    if (!this.rules.on(CONFIRMED)) return "as-reported";
    const from = trigger ?? anchor;
    const near = [from, ...tr.ancestors(from).slice(0, 2), ...tr.children(anchor, "amod")];
    const confirmed = near.filter((k) => this.v.lex.verify.has(tr.lemma(k)) && !tr.children(k, "advmod", "aux").some((x) => NEGATION.has(tr.lower(x))));
    if (confirmed.length && CONFIRMED.apply(this.v, confirmed)) {
      rules.push(CONFIRMED.id);
      return "confirmed";
    }
    return "as-reported";
  }
}

/** A phrase without a trailing possessive ("Israel's", "the rebels'") and the space before it; a scan (/\s*['’]s?$/ was quadratic). */
export function withoutPossessive(text: string): string {
  const quote = (k: number) => text[k] === "'" || text[k] === "’";
  let end = text.length;
  if (text[end - 1] === "s" && quote(end - 2)) end -= 2;
  else if (quote(end - 1)) end -= 1;
  else return text;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return text.slice(0, end);
}
