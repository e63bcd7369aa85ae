// Figures reported in the text ("killed 1,200 people", "at least 27,585 Palestinians have been confirmed
// killed", "about half the enclave's 2.3 million people are penned"): each number phrase read as a value
// range (./numbers.ts), what it counts and what happened to them (./kinds.ts), then who gives it, who did
// it, where, over what period and how sure the text is (./context.ts). Reads the shared clause layer only.
import type { AnalysedDoc } from "../text/analysed.js";
import type { EventActor, Figure, TextSpan } from "../text/annotations.js";
import { clausesOf, type ClauseAnalysis } from "../clauses/index.js";
import { RuleSwitch } from "../rules/rule.js";
import { loadFigureLexicon, type FigureLexicon } from "./lexicon.js";
import { NumberReader, type NumberPhrase } from "./numbers.js";
import { KindFinder, type Classified } from "./kinds.js";
import { ContextReader } from "./context.js";
import { ADDITION, ELIDED_NOUN, FAMILY, FRACTION_OF, PART_OF, POPULATION, SINGLE_PERSON, SOURCE_NOT_SUBJECT, type FigureView } from "./rules.js";

export interface FigureExtractor {
  /** The figures of a document whose clause, mention and place layers are built (the "figures" component). */
  extract(doc: AnalysedDoc): Figure[];
}

export interface FigureExtractorOptions {
  lexicon?: FigureLexicon;
  /** Figure rules switched off (`--without-rule figures.…`). */
  rules?: RuleSwitch;
}

/** Words between a number and its noun that are not the people themselves ("Seven other people"). */
const NOT_PEOPLE_WORDS = new Set(["other", "others", "additional", "more", "remaining", "another", "all", "the", "a", "an", "of", "those", "these"]);

interface Found {
  phrase: NumberPhrase;
  cls: Classified;
  rules: string[];
  subjects: EventActor | null;
}

export function createFigureExtractor(opts: FigureExtractorOptions = {}): FigureExtractor {
  const lex = opts.lexicon ?? loadFigureLexicon();
  const rules = opts.rules ?? new RuleSwitch();
  return { extract: (doc) => new Extraction(doc, clausesOf(doc, "the figure extractor"), lex, rules).run() };
}

/** One document's extraction; holds the per-document readers. */
class Extraction {
  private readonly view: FigureView;
  private readonly numbers: NumberReader;
  private readonly kinds: KindFinder;
  private readonly context: ContextReader;

  constructor(private readonly doc: AnalysedDoc, private readonly clauses: ClauseAnalysis, private readonly lex: FigureLexicon, private readonly rules: RuleSwitch) {
    const b = clauses.builder;
    this.view = {
      tree: clauses.tree, lex,
      isClausal: (i) => b.isClausal(i),
      isReporting: (i) => b.isClausal(i) && b.cues.reporting.has(clauses.tree.lemma(i)),
      reporters: (sentence) => (clauses.bySentence.get(sentence) ?? [])
        .filter((f) => !f.nominal && (b.cues.reporting.has(f.lemma) || lex.claimVerbs.has(f.lemma))),
    };
    this.numbers = new NumberReader(doc, lex, rules);
    this.kinds = new KindFinder(this.view, doc.mentions, rules);
    this.context = new ContextReader(doc, clauses, this.view, rules);
  }

  run(): Figure[] {
    const found: Found[] = [];
    const bare: NumberPhrase[] = [];
    const additions: { phrase: NumberPhrase; clause: number; span: TextSpan }[] = [];
    const tokens = this.doc.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (!this.numbers.starts(i)) continue;
      const phrase = this.numbers.read(i);
      if (!phrase) continue;
      i = phrase.last;
      const addition = this.addition(phrase);
      if (addition) {
        additions.push(addition);
        continue;
      }
      const cls = this.kinds.classify(phrase);
      if (cls) found.push({ phrase, cls, rules: [...cls.rules], subjects: null });
      else bare.push(phrase);
    }
    this.partsOf(found);
    const kept = found.filter((f) => !this.excluded(f));
    for (const f of kept) f.subjects = f.cls.noun !== null ? this.subjects(f) : null;
    this.elided(kept, bare);
    const figures = kept.sort((a, b) => a.phrase.first - b.phrase.first).map((f) => this.record(f));
    for (const a of additions) {
      const owner = figures.filter((f) => f.sentence === tokens[a.phrase.first].sent && f.tokenStart < a.phrase.first).pop();
      if (owner) {
        owner.addition = a.span;
        owner.rules.push(ADDITION.id);
      }
    }
    return figures;
  }

  /** "with thousands more feared buried under rubble": the addition's words, up to the clause's first oblique. */
  private addition(phrase: NumberPhrase): { phrase: NumberPhrase; clause: number; span: TextSpan } | null {
    if (!this.rules.on(ADDITION)) return null;
    const tr = this.clauses.tree;
    const clause = [phrase.numberTokens[0], ...tr.ancestors(phrase.numberTokens[0])].find((k) => this.view.isClausal(k));
    if (clause === undefined || !ADDITION.apply(this.view, phrase.last, clause)) return null;
    const obl = tr.children(clause, "obl").find((k) => k > clause);
    const end = obl ?? clause;
    const span = tr.span([phrase.first, end]);
    return { phrase, clause, span };
  }

  /** "104 passengers, including 58 men, …": a part takes the kind of the figure before it, the whole it is part of. */
  private partsOf(found: Found[]): void {
    if (!this.rules.on(PART_OF)) return;
    const tr = this.clauses.tree;
    const parts = new Set(found.filter((f) => f.cls.noun !== null && PART_OF.apply(this.view, f.cls.noun)));
    for (const f of parts) {
      const sent = tr.tok(f.phrase.first).sent;
      const parent = found.filter((g) => !parts.has(g) && g.phrase.first < f.phrase.first && tr.tok(g.phrase.first).sent === sent).pop();
      if (!parent) continue;
      f.cls = { ...f.cls, kind: parent.cls.kind, trigger: parent.cls.trigger };
      f.rules.push(PART_OF.id);
    }
  }

  private excluded(f: Found): boolean {
    const { cls } = f;
    if (cls.kind === "count" && cls.noun !== null) {
      if (this.rules.on(SINGLE_PERSON) && SINGLE_PERSON.apply(f.phrase.value.best)) return true;
      if (this.rules.on(SOURCE_NOT_SUBJECT) && SOURCE_NOT_SUBJECT.apply(this.view, cls.anchor)) return true;
      if (this.rules.on(FAMILY) && FAMILY.apply(this.view, cls.noun)) return true;
      if (this.rules.on(POPULATION) && !f.phrase.rules.includes(FRACTION_OF.id) && POPULATION.apply(this.view, cls.noun, (k) => this.context.isPlace(k))) return true;
    }
    const p = this.context.clauseOf(cls.anchor, cls.trigger);
    return this.context.unreal(p, cls.anchor);
  }

  /** The people counted, as written: the noun and its modifiers after the number, without "other", "all" or articles. */
  private subjects(f: Found): EventActor | null {
    const tr = this.clauses.tree;
    const n = f.cls.noun!;
    const sent = tr.tok(n).sent;
    let first = n;
    if (n > f.phrase.last) {
      const own = new Set(tr.subtree(n));
      first = f.phrase.last + 1;
      while (first < n && (NOT_PEOPLE_WORDS.has(tr.lower(first)) || tr.upos(first) === "PUNCT" || !own.has(first))) first++;
    } else {
      // a noun before its number is a misparse: the noun's own phrase
      first = tr.phrase(n).start === tr.tok(n).start ? n : tr.subtree(n).find((k) => tr.tok(k).sent === sent) ?? n;
    }
    if (tr.upos(n) === "PRON") return this.context.actor(n, { start: tr.tok(n).start, end: tr.tok(n).end });
    return this.context.actor(n, { start: tr.tok(first).start, end: tr.tok(n).end });
  }

  /** "seven people were killed and 11 injured", "1,542 prisoners … and there are now 1,125": the people (and kind) of the figure coordinated with a bare number. */
  private elided(kept: Found[], bare: NumberPhrase[]): void {
    if (!this.rules.on(ELIDED_NOUN)) return;
    const tr = this.clauses.tree;
    const clause = (f: Found) => this.context.clauseOf(f.cls.anchor, f.cls.trigger);
    const partner = (anchor: number, p: number, sent: number) => kept.find((g) => g.cls.noun !== null && g.subjects
      && tr.tok(g.cls.anchor).sent === sent && g.cls.anchor !== anchor
      && (ELIDED_NOUN.apply(this.view, clause(g), p) || ELIDED_NOUN.apply(this.view, g.cls.anchor, anchor)));
    for (const f of kept) {
      if (!f.cls.bare || f.subjects) continue;
      const g = partner(f.cls.anchor, clause(f), tr.tok(f.cls.anchor).sent);
      if (g) {
        f.subjects = g.subjects;
        f.rules.push(ELIDED_NOUN.id);
      }
    }
    for (const phrase of bare) {
      const anchor = phrase.numberTokens[phrase.numberTokens.length - 1];
      const p = this.clauses.builder.governorOf(anchor);
      if (p < 0 || !["nsubj", "obj", "nsubj:pass", "root", "conj"].includes(tr.baseRel(anchor))) continue;
      const g = partner(anchor, p, tr.tok(anchor).sent);
      if (!g || clause(g) === p) continue;
      const f: Found = { phrase, cls: { ...g.cls, anchor, noun: null, bare: true, trigger: null, rules: [...phrase.rules] }, rules: [...phrase.rules, ELIDED_NOUN.id], subjects: g.subjects };
      if (!this.context.unreal(p, anchor)) kept.push(f);
    }
  }

  private record(f: Found): Figure {
    const tr = this.clauses.tree;
    const { phrase, cls } = f;
    const sent = tr.tok(phrase.first).sent;
    const s = this.doc.sentences[sent];
    const last = Math.max(phrase.last, cls.noun !== null && cls.noun > phrase.last ? cls.noun : -1);
    const start = tr.tok(phrase.first).start;
    const end = tr.tok(last).end;
    const p = this.context.clauseOf(cls.anchor, cls.trigger);
    const nouns = cls.noun !== null ? [cls.noun] : [];
    const ctx = this.context.read(p, cls.anchor, cls.trigger, cls.kind, [...nouns, cls.anchor]);
    const trigger = cls.trigger !== null ? { text: tr.tok(cls.trigger).text, start: tr.tok(cls.trigger).start, end: tr.tok(cls.trigger).end } : null;
    const article = this.doc.article;
    return {
      sentence: sent, kind: cls.kind, value: phrase.value, qualifier: phrase.qualifier, valueRule: phrase.rule,
      trigger, subjects: f.subjects, perpetrator: ctx.perpetrator, place: ctx.place, period: ctx.period, asOf: ctx.asOf,
      claimant: ctx.claimant, outlet: article.publisher ?? article.dateline?.agency ?? null, verification: ctx.verification,
      addition: null, event: null, evidence: { start: s.start, end: s.end }, rules: [...new Set([...f.rules, ...ctx.rules])],
      start, end, text: this.doc.text.slice(start, end), tokenStart: phrase.first, tokenEnd: last + 1,
    };
  }
}
