// Lemmatizer: suffix rules learned per Penn tag ("-ied" → "-y" for VBD), plus exceptions for the
// words where the rules go wrong ("went" → "go"), both learned from UD treebanks with gold lemmas.
// The model is a small JSON file (see models/README.md).
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import type { ConlluSentence } from "./conllu.js";
import { readConllu } from "./conllu.js";
import { sharedDir } from "../paths.js";
import { SourceError } from "../errors.js";
import { straightQuote } from "./chars.js";

/**
 * rules[xpos][suffix] = edit "k|add": drop k chars from the (lowercased) form, then append `add`.
 * The longest suffix of the form found in rules[xpos] wins; "" is the tag's default.
 * exceptions[xpos][lowercased form] = lemma, consulted first.
 */
export interface LemmatizerModel {
  format: "parley-lemmatizer/1";
  maxSuffix: number;
  rules: Record<string, Record<string, string>>;
  exceptions: Record<string, Record<string, string>>;
}

const MAX_SUFFIX = 6;
/** A suffix rule must be seen this often before it may override its shorter parent. */
const MIN_RULE_COUNT = 2;

/** The edit turning `form` into `lemma` (both lowercased): "k|add". */
function editFor(form: string, lemma: string): string {
  let p = 0;
  const n = Math.min(form.length, lemma.length);
  while (p < n && form.charCodeAt(p) === lemma.charCodeAt(p)) p++;
  return `${form.length - p}|${lemma.slice(p)}`;
}

function applyEdit(form: string, edit: string): string {
  const bar = edit.indexOf("|");
  const k = Number(edit.slice(0, bar));
  if (k >= form.length) return form; // the rule does not fit this word
  return form.slice(0, form.length - k) + edit.slice(bar + 1);
}

/** Proper nouns keep their case (EWT lemmas of "enron", "NASA" are the forms); other words go to lower case. */
function isProper(upos: string, xpos: string): boolean {
  return upos === "PROPN" || xpos === "NNP" || xpos === "NNPS";
}

function baseForm(form: string, proper: boolean): string {
  return proper ? form : form.toLowerCase();
}

/** "27,585" → "27585", as EWT writes number lemmas. */
const GROUPED_NUMBER = /^\d{1,3}(,\d{3})+(\.\d+)?$/;

function straighten(form: string): string {
  for (let k = 0; k < form.length; k++) {
    const c = form.charCodeAt(k);
    if (straightQuote(c) !== c) {
      let out = "";
      for (let j = 0; j < form.length; j++) out += String.fromCharCode(straightQuote(form.charCodeAt(j)));
      return out;
    }
  }
  return form;
}

type Counts = Map<string, Map<string, number>>;

function bump(m: Counts, key: string, value: string): void {
  let inner = m.get(key);
  if (!inner) m.set(key, (inner = new Map()));
  inner.set(value, (inner.get(value) ?? 0) + 1);
}

/** Most frequent value; ties go to the alphabetically first, so training is deterministic. */
function best(inner: Map<string, number>): [string, number] {
  let top = "";
  let n = -1;
  for (const [v, c] of inner) if (c > n || (c === n && v < top)) { top = v; n = c; }
  return [top, n];
}

function total(inner: Map<string, number>): number {
  let n = 0;
  for (const c of inner.values()) n += c;
  return n;
}

/** Learn suffix rules and exceptions from sentences with gold forms, tags and lemmas. */
export function trainLemmatizer(sents: ConlluSentence[]): LemmatizerModel {
  // Per tag: suffix → edit counts, and word → lemma counts.
  const suffixCounts = new Map<string, Counts>();
  const wordCounts = new Map<string, Counts>();
  for (const s of sents) {
    for (const t of s.tokens) {
      if (!t.xpos || t.xpos === "_" || t.lemma === "_") continue;
      const form = straighten(t.form);
      const cased = isProper(t.upos, t.xpos);
      const edit = editFor(baseForm(form, cased), t.lemma);
      let sc = suffixCounts.get(t.xpos);
      if (!sc) suffixCounts.set(t.xpos, (sc = new Map()));
      const lower = form.toLowerCase();
      for (let L = 0; L <= Math.min(MAX_SUFFIX, lower.length); L++) bump(sc, lower.slice(lower.length - L), edit);
      if (cased) continue; // proper nouns and acronyms are left to the rules
      let wc = wordCounts.get(t.xpos);
      if (!wc) wordCounts.set(t.xpos, (wc = new Map()));
      bump(wc, lower, t.lemma);
    }
  }
  const rules: LemmatizerModel["rules"] = {};
  for (const xpos of [...suffixCounts.keys()].sort()) {
    const sc = suffixCounts.get(xpos)!;
    const table: Record<string, string> = {};
    // Shorter suffixes first so each longer one is compared with the rule it would inherit.
    const suffixes = [...sc.keys()].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
    const chosen = new Map<string, string>();
    for (const suf of suffixes) {
      const inner = sc.get(suf)!;
      // Only edits confined to the suffix itself may be attached to it.
      const [edit, n] = best(fitting(inner, suf.length));
      if (n < 0) continue;
      const inherited = inheritedRule(chosen, suf);
      if (suf === "") { chosen.set(suf, edit); table[suf] = edit; continue; }
      if (n >= MIN_RULE_COUNT && edit !== inherited && n > (inner.get(inherited ?? "") ?? 0)) {
        chosen.set(suf, edit);
        table[suf] = edit;
      }
    }
    rules[xpos] = table;
  }
  const model: LemmatizerModel = { format: "parley-lemmatizer/1", maxSuffix: MAX_SUFFIX, rules, exceptions: {} };
  // Exceptions: words whose most frequent lemma the rules do not produce.
  const lem = new Lemmatizer(model);
  for (const xpos of [...wordCounts.keys()].sort()) {
    const wc = wordCounts.get(xpos)!;
    const table: Record<string, string> = {};
    for (const word of [...wc.keys()].sort()) {
      const inner = wc.get(word)!;
      const [lemma, n] = best(inner);
      if (n * 2 < total(inner)) continue; // no clear majority: leave it to the rules
      if (lem.ruleLemma(word, xpos) !== lemma) table[word] = lemma;
    }
    if (Object.keys(table).length) model.exceptions[xpos] = table;
  }
  return model;
}

function fitting(inner: Map<string, number>, len: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const [edit, n] of inner) if (Number(edit.slice(0, edit.indexOf("|"))) <= len) out.set(edit, n);
  return out;
}

function inheritedRule(chosen: Map<string, string>, suf: string): string | undefined {
  for (let L = suf.length - 1; L >= 0; L--) {
    const r = chosen.get(suf.slice(suf.length - L));
    if (r !== undefined) return r;
  }
  return undefined;
}

export class Lemmatizer {
  constructor(readonly model: LemmatizerModel) {}

  /** Lemma of a word given its UPOS and Penn tag. */
  lemma(form: string, upos: string, xpos: string): string {
    const f = straighten(form);
    const proper = isProper(upos, xpos);
    if (!proper) {
      const exc = this.model.exceptions[xpos]?.[f.toLowerCase()];
      if (exc !== undefined) return exc;
      if (xpos === "CD" && GROUPED_NUMBER.test(f)) return f.replace(/,/g, "");
    }
    return this.ruleLemma(baseForm(f, proper), xpos);
  }

  /** The suffix rules alone (no exceptions), on a form already put through baseForm. */
  ruleLemma(form: string, xpos: string): string {
    const table = this.model.rules[xpos];
    if (!table) return form;
    const lower = form.toLowerCase();
    for (let L = Math.min(this.model.maxSuffix, lower.length); L >= 0; L--) {
      const edit = table[lower.slice(lower.length - L)];
      if (edit !== undefined) return applyEdit(form, edit);
    }
    return form;
  }

  static load(path: string): Lemmatizer {
    let model: LemmatizerModel;
    try {
      model = JSON.parse(readFileSync(path, "utf8")) as LemmatizerModel;
    } catch (e) {
      throw new SourceError(path, `cannot read lemmatizer model (${(e as Error).message})`);
    }
    if (model?.format !== "parley-lemmatizer/1") throw new SourceError(path, "not a parley-lemmatizer/1 model");
    return new Lemmatizer(model);
  }

  save(path: string): void {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify(this.model) + "\n");
  }
}

/** Train on EWT and GUM train from ../shared and save the model; returns the exception count. */
export function trainLemmatizerFromShared(outPath: string): { entries: number } {
  const files = [
    join(sharedDir, "corpora", "ud-ewt", "en_ewt-ud-train.conllu"),
    join(sharedDir, "corpora", "gum", "gum-open-train.conllu"),
  ];
  const sents = files.flatMap((f) => readConllu(f));
  const model = trainLemmatizer(sents);
  new Lemmatizer(model).save(outPath);
  const entries = Object.values(model.exceptions).reduce((a, t) => a + Object.keys(t).length, 0);
  return { entries };
}

/** Share (0..100) of words whose predicted lemma equals the gold one, using gold tags. */
export function lemmaAccuracy(lem: Lemmatizer, sents: ConlluSentence[]): number {
  let ok = 0;
  let n = 0;
  for (const s of sents) for (const t of s.tokens) {
    n++;
    if (lem.lemma(t.form, t.upos, t.xpos) === t.lemma) ok++;
  }
  return n ? (100 * ok) / n : 0;
}
