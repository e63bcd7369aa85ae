// Parley's verb lexicon: reads the human-editable files under data/verbs/ (format in data/verbs/README.md),
// or imported PETRARCH/TABARI verb dictionaries, into the Lexicon type the coder matches frames against.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { dataDir, packageRoot } from "../paths.js";
import { SourceError, UserError } from "../errors.js";
import { readDataLines, type DataLine } from "../util/data-lines.js";
import type { Lexicon, VerbPattern } from "./lexicon-types.js";
import { importPetrarchVerbs, looksLikePetrarch } from "./petrarch-verbs.js";
import { addPattern, emptyLexicon, expandClasses, sortLexicon } from "./lexicon-build.js";

import { parseTransformation } from "./transformation-format.js";
export { addPattern, emptyLexicon, expandClasses, matchesWord, patternsFor, sortLexicon, specificity } from "./lexicon-build.js";

export const builtInVerbsDir = join(dataDir, "verbs");

const TARGETS = ["obj", "iobj", "prep", "complement-subject", "complement-object", "subj", "none"] as const;
const SOURCES = ["subj", "obj", "prep", "none"] as const;
const CODE_RE = /^(---|[0-9A-Za-z+]{2,6})$/;
// A word: "&CLASS", or a lower-case lemma/phrase with no space or format character (| , = : # &).
const WORD_RE = /^(&[A-Z][A-Z0-9_]*|[^\s&|,=:#A-Z][^\s|,=:#A-Z]*)$/;

/** Adjacent words joined by "_" in pre=/post= ("foreign_&PEOPLE", "&AIRCRAFT_fighters"): each part a word or &CLASS. */
const joinedWords = (w: string) => w.includes("_") && w.split("_").every((part) => part !== "" && WORD_RE.test(part));

function list(where: string, key: string, value: string, sep: string): string[] {
  const items = value.split(sep).map((s) => s.trim()).filter(Boolean);
  if (!items.length) throw new SourceError(where, `${key}= needs a value`);
  for (const w of items) {
    if (!WORD_RE.test(w) && !(sep === "," && (/^[$+%^*]$/.test(w) || joinedWords(w)))) throw new SourceError(where, `bad word "${w}" in ${key}= (lower-case lemmas or &CLASS)`);
  }
  return items;
}

/** Parses one pattern line "CODE LEMMA key=value… flag…" of parley's format. */
export function parsePatternLine(where: string, text: string): VerbPattern {
  const [code, head, ...rest] = text.split(/\s+/);
  if (!code || !CODE_RE.test(code)) throw new SourceError(where, `expected "CODE LEMMA …" with a CAMEO code first, got "${code ?? ""}"`);
  if (!head || !WORD_RE.test(head) || head.startsWith("&")) throw new SourceError(where, `expected a lower-case lemma after the code, got "${head ?? ""}"`);
  const [lemma, ...particles] = head.split("_");
  const p: VerbPattern = { lemma, code, origin: where };
  if (particles.length) p.particles = particles;
  for (const tok of rest) {
    const eq = tok.indexOf("=");
    if (eq < 0) {
      if (tok === "noun") p.noun = true;
      else if (tok === "neg") p.negated = true;
      else if (tok === "recip") p.reciprocal = true;
      else if (tok === "dyad") p.dyad = true;
      else throw new SourceError(where, `unknown flag "${tok}" (flags: noun, neg, recip, dyad; or key=value)`);
      continue;
    }
    const key = tok.slice(0, eq);
    const value = tok.slice(eq + 1);
    switch (key) {
      case "obj": p.object = list(where, key, value, "|"); break;
      case "comp": p.complement = list(where, key, value, "|"); break;
      case "prep": {
        const [word, objs] = value.split(":");
        if (!word || !WORD_RE.test(word) || word.startsWith("&")) throw new SourceError(where, `prep= needs a preposition, got "${value}"`);
        p.prep = objs === undefined ? { word } : { word, object: list(where, key, objs, "|") };
        break;
      }
      case "target":
        if (!(TARGETS as readonly string[]).includes(value)) throw new SourceError(where, `target= must be one of ${TARGETS.join(", ")}`);
        p.target = value as VerbPattern["target"];
        break;
      case "source":
        if (!(SOURCES as readonly string[]).includes(value)) throw new SourceError(where, `source= must be one of ${SOURCES.join(", ")}`);
        p.source = value as VerbPattern["source"];
        break;
      case "sprep": p.sourcePrep = value; break;
      case "pre": p.precedingWords = list(where, key, value, ","); break;
      case "post": p.followingWords = list(where, key, value, ","); break;
      case "rev":
        if (!CODE_RE.test(value)) throw new SourceError(where, `rev= needs a code, got "${value}"`);
        p.reverseCode = value;
        break;
      default:
        throw new SourceError(where, `unknown key "${key}=" (keys: obj, prep, comp, target, source, sprep, pre, post, rev)`);
    }
  }
  if (p.target === "prep" && !p.prep) throw new SourceError(where, `target=prep needs a prep=WORD`);
  return p;
}

function classRefs(p: VerbPattern): string[] {
  return [...(p.object ?? []), ...(p.complement ?? []), ...(p.prep?.object ?? [])].filter((w) => w.startsWith("&"));
}

/** Reads parley-format verb files (patterns and "&CLASS = …" lines) into one lexicon. */
export function readParleyVerbFiles(files: string[]): Lexicon {
  const lex = emptyLexicon();
  const rawClasses = new Map<string, { members: string[]; where: string }>();
  const patterns: VerbPattern[] = [];
  for (const file of files) {
    const label = displayPath(file);
    for (const { where, text } of readDataLines(file, label) as DataLine[]) {
      if (text.startsWith("&")) {
        const m = /^&([A-Z][A-Z0-9_]*)\s*=\s*(.*)$/s.exec(text);
        if (!m) throw new SourceError(where, `expected "&NAME = word word …" (class names in capitals)`);
        const members = m[2].split(/\s+/).filter(Boolean);
        for (const w of members) if (!WORD_RE.test(w)) throw new SourceError(where, `bad class member "${w}" (lower-case lemmas, "_" for multi-word, or &CLASS)`);
        const def = rawClasses.get(m[1]);
        if (def) def.members.push(...members);
        else rawClasses.set(m[1], { members, where });
      } else if (text.startsWith("~")) {
        (lex.transformations ??= []).push(parseTransformation(where, text));
      } else {
        patterns.push(parsePatternLine(where, text));
      }
    }
  }
  lex.classes = expandClasses(rawClasses, (where, reason) => {
    throw new SourceError(where, reason);
  });
  for (const p of patterns) {
    for (const c of classRefs(p)) if (!lex.classes.has(c.slice(1))) throw new SourceError(p.origin, `unknown word class ${c}`);
    addPattern(lex, p);
  }
  return sortLexicon(lex);
}

/** Merges lexicons (later ones add patterns and class members), re-sorting patterns. */
export function mergeLexicons(parts: Lexicon[]): Lexicon {
  if (parts.length === 1) return parts[0];
  const out = emptyLexicon();
  for (const lex of parts) {
    for (const list of lex.byLemma.values()) for (const p of list) addPattern(out, p);
    for (const [name, set] of lex.classes) {
      const have = out.classes.get(name);
      if (have) for (const w of set) have.add(w);
      else out.classes.set(name, new Set(set));
    }
    for (const [f, l] of lex.forms ?? []) out.forms!.set(f, l);
    if (lex.transformations?.length) (out.transformations ??= []).push(...lex.transformations);
  }
  return sortLexicon(out);
}

function displayPath(file: string): string {
  const rel = relative(packageRoot, file);
  return rel.startsWith("..") ? file : rel;
}

function filesOf(path: string): string[] {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new UserError(`verb dictionary not found: ${path}`);
  }
  if (!st.isDirectory()) return [path];
  return readdirSync(path).filter((f) => f.endsWith(".txt")).sort().map((f) => join(path, f));
}

/**
 * Loads verb dictionaries: parley's own format (files or folders of *.txt) or PETRARCH/TABARI verb files,
 * told apart by their "--- VERB [code] ---" block headers. With no paths, the built-in data/verbs lexicon.
 */
export function loadLexicon(paths?: string[]): Lexicon {
  const files = (paths && paths.length ? paths : [builtInVerbsDir]).flatMap(filesOf);
  const parley: string[] = [];
  const parts: Lexicon[] = [];
  for (const f of files) {
    if (looksLikePetrarch(readFileSync(f, "utf8"))) parts.push(importPetrarchVerbs(f));
    else parley.push(f);
  }
  if (parley.length) parts.unshift(readParleyVerbFiles(parley));
  if (!parts.length) throw new UserError(`no verb dictionary files in ${(paths ?? [builtInVerbsDir]).join(", ")}`);
  const lex = mergeLexicons(parts);
  if (!paths?.length) lex.builtIn = true;
  return lex;
}

/** Counts for reports: lemmas, patterns, classes. */
export function lexiconStats(lex: Lexicon): { lemmas: number; patterns: number; classes: number; nouns: number } {
  let patterns = 0;
  let nouns = 0;
  for (const list of lex.byLemma.values()) {
    patterns += list.length;
    nouns += list.filter((p) => p.noun).length;
  }
  return { lemmas: lex.byLemma.size, patterns, classes: lex.classes.size, nouns };
}

