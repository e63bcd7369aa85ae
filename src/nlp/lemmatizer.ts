// Lemmatizer: suffix rules learned per Penn tag ("-ied" → "-y" for VBD), plus exceptions for the
// words where the rules go wrong ("went" → "go"), both learned from UD treebanks with gold lemmas
// (training: src/train/lemmatizer.ts). The model is a small JSON file (see models/README.md).
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { ConlluSentence } from "./conllu.js";
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

function applyEdit(form: string, edit: string): string {
  const bar = edit.indexOf("|");
  const k = Number(edit.slice(0, bar));
  if (k >= form.length) return form; // the rule does not fit this word
  return form.slice(0, form.length - k) + edit.slice(bar + 1);
}

/** Proper nouns keep their case (EWT lemmas of "enron", "NASA" are the forms); other words go to lower case. */
export function isProper(upos: string, xpos: string): boolean {
  return upos === "PROPN" || xpos === "NNP" || xpos === "NNPS";
}

export function baseForm(form: string, proper: boolean): string {
  return proper ? form : form.toLowerCase();
}

/** Tags whose exceptions stand in for each other when a word has none under its own tag. */
const SIBLING_TAGS: Record<string, string> = { VBD: "VBN", VBN: "VBD", VB: "VBP", VBP: "VB", JJR: "RBR", RBR: "JJR", JJS: "RBS", RBS: "JJS" };

/** "27,585" → "27585", as EWT writes number lemmas. */
const GROUPED_NUMBER = /^\d{1,3}(,\d{3})+(\.\d+)?$/;

export function straighten(form: string): string {
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

export class Lemmatizer {
  constructor(readonly model: LemmatizerModel) {}

  /** Lemma of a word given its UPOS and Penn tag. */
  lemma(form: string, upos: string, xpos: string): string {
    const f = straighten(form);
    const proper = isProper(upos, xpos);
    if (!proper) {
      const lower = f.toLowerCase();
      const exc = this.model.exceptions[xpos]?.[lower];
      if (exc !== undefined) return exc;
      // A tagger often confuses these pairs ("went" as VBN); an irregular form is irregular under both.
      const sib = SIBLING_TAGS[xpos];
      const alt = sib === undefined ? undefined : this.model.exceptions[sib]?.[lower];
      // The rules are no guide then: "fought" as VBD has no exception, and the VBD rule for "-ought" that
      // makes "thought" "think" made it "fink"; VBN's exception says "fight".
      if (alt !== undefined) return alt;
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
