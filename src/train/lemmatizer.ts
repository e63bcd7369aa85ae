// Learning the lemmatizer's suffix rules and exceptions from UD treebanks with gold lemmas.
import { join } from "node:path";
import type { ConlluSentence } from "../nlp/conllu.js";
import { readConllu } from "../nlp/conllu.js";
import { sharedDir } from "../paths.js";
import { Lemmatizer, baseForm, isProper, straighten, type LemmatizerModel } from "../nlp/lemmatizer.js";

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
