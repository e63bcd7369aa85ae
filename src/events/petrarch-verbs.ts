// Imports PETRARCH-2 (CAMEO.2.0.txt) and PETRARCH-1/TABARI (PETR.Validate.verbs.txt) verb dictionaries
// into parley's Lexicon. Those files hold synonym sets ("&NAME" then "+MEMBER" lines), verb blocks
// ("--- VERB [code] ---" then verb lines "WORD {FORMS} [code]"), and patterns "- words * words [code]"
// where "*" is the verb, "(PREP …)" a prepositional phrase, "{…}" a noun phrase, "_" joins adjacent
// words, "$"/"+" mark where the source/target stand, "%" a reciprocal compound, "^" a skipped phrase.
// Each pattern is mapped onto the structured fields as far as they go; the full word sequences and the
// original text are kept (precedingWords/followingWords/origin) for matchers that want them.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { SourceError } from "../errors.js";
import { NO_EVENT, type Lexicon, type Transformation, type VerbPattern } from "./lexicon-types.js";
import { parseTransformation } from "./transformation-format.js";
import { loadFunctionWords, type FunctionWords } from "./function-words.js";
import { addPattern, emptyLexicon, expandClasses, sortLexicon } from "./lexicon-build.js";
import { formatPattern } from "./lexicon-format.js";
import { cutAt, replaceDelimited, skipSpace, trimEndOf } from "../util/scan.js";

export interface RejectedLine {
  where: string;
  text: string;
  reason: string;
}

export interface PetrarchImport {
  lexicon: Lexicon;
  /** Verb blocks ("--- VERB [code] ---"). */
  blocks: number;
  /** Verb entries (main verbs, synonyms and multi-word verbs) across blocks. */
  verbs: number;
  /** Pattern lines ("- … [code]") read. */
  patternLines: number;
  /** VerbPattern objects produced (defaults plus each pattern line for each verb of its block). */
  patterns: number;
  classes: number;
  rejected: RejectedLine[];
}

const CODE_RE = /^[0-9A-Za-z+]{2,6}$/;

/** Whether a text is a PETRARCH/TABARI verb dictionary (it has "--- VERB [code] ---" block headers). */
export function looksLikePetrarch(text: string): boolean {
  // Line by line: the same pattern with the m flag over the whole file backtracked across lines.
  return text.split("\n").some((line) => line.startsWith("---") && /^---\s*[^\s[]+\s*\[[^\]]*\]\s*---\s*$/.test(line));
}

interface RawVerb {
  lemma: string;
  particles: string[];
  preceding: string[];
  code: string | null; // own default code, or null to use the block's
  reverse?: string; // own "[a:b]" reverse code
  where: string;
}
interface RawPattern {
  where: string;
  body: string;
  code: string;
  text: string;
}
interface Block {
  name: string;
  code: string;
  /** The block's "[a:b]" reverse code, for its verbs without a code of their own. */
  reverse?: string;
  where: string;
  verbs: RawVerb[];
  patterns: RawPattern[];
}

function parseCode(s: string): { code: string; reverse?: string } | null {
  const [a, b] = s.trim().split(":").map((x) => x.trim());
  const norm = (c: string) => (c === "---" || c === "" ? NO_EVENT : c);
  if (!(a === "---" || (a === "" && b !== undefined) || CODE_RE.test(a)) || (b !== undefined && !(b === "---" || CODE_RE.test(b)))) return null;
  return b === undefined ? { code: norm(a) } : { code: norm(a), reverse: norm(b) };
}

const word = (w: string) => trimEndOf(w, "_").toLowerCase();
const className = (w: string) => trimEndOf(w.replace(/^&/, ""), "_").toUpperCase();

/** "KLM_NOP_+RST" → verb "rst" preceded by "klm nop"; "+BREAK_DOWN" → "break" + particle "down"; "COME_AFTER" → "come" + "after". */
function parseVerbWord(raw: string): { lemma: string; particles: string[]; preceding: string[] } {
  const parts = raw.split("_").filter(Boolean);
  let k = parts.findIndex((p) => p.startsWith("+"));
  if (k < 0) k = 0;
  const clean = parts.map((p) => word(p.replace(/^\+/, "")));
  return { lemma: clean[k], particles: clean.slice(k + 1), preceding: clean.slice(0, k) };
}

/** Reads the file into synonym sets and verb blocks; lines it cannot read go to `rejected`. */
function readBlocks(text: string, label: string, rejected: RejectedLine[]) {
  const classes = new Map<string, { members: string[]; where: string }>();
  const forms = new Map<string, string>();
  const blocks: Block[] = [];
  const transformations: Transformation[] = [];
  let block: Block | null = null;
  let synset: string | null = null;
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, k) => {
    const where = `${label}:${k + 1}`;
    // Comments: XML-style, "#" to the end of the line, and TABARI's ";" after a verb's forms.
    const text = cutAt(cutAt(replaceDelimited(raw, "<!--", "-->", () => " "), "#"), ";").trim();
    const reject = (reason: string) => rejected.push({ where, text: raw.trim(), reason });
    if (raw.trim().startsWith("---")) {
      // Block header "--- NAME [code] ---"; tolerated variants: no code ("--- SEND ###"), a name with a space
      // ("--- LASH OUT [122] ---"), glued or extra dashes, a second bracket (the first one counts).
      const h = blockHeader(raw.trim());
      if (!h) return reject("bad verb block header");
      let code = parseCode(h.code ?? "---");
      if (!code) {
        // Keep the block (so its verbs and patterns do not fall into the previous one) without a default code.
        reject(`bad block code [${h.code}]; block kept without a default code`);
        code = { code: NO_EVENT };
      }
      synset = null;
      block = { name: h.name.replace(/\s+/g, "_"), code: code.code, reverse: code.reverse, where, verbs: [], patterns: [] };
      blocks.push(block);
      return;
    }
    if (text.startsWith("&")) {
      const m = /^&([A-Za-z0-9_]+)$/.exec(text);
      if (!m) return reject("expected a synonym-set name \"&NAME\" alone on its line");
      synset = className(m[1]);
      if (!classes.has(synset)) classes.set(synset, { members: [], where });
      return;
    }
    if (text.startsWith("+") && synset) {
      // Synonym member: words joined by spaces or "_", maybe in parentheses ("+(TO THE END)"), or a nested "&SET".
      const member = text.slice(1).replace(/[(){}]/g, " ").trim();
      if (!member) return reject("empty synonym-set member");
      classes.get(synset)!.members.push(member.startsWith("&") ? "&" + className(member) : member.split(/[\s_]+/).filter(Boolean).map(word).join("_"));
      return;
    }
    if (!text) return;
    synset = null;
    if (text.startsWith("~")) {
      try {
        transformations.push(parseTransformation(where, text));
      } catch (err) {
        if (!(err instanceof SourceError)) throw err;
        reject(err.reason);
      }
      return;
    }
    if (text.startsWith("-")) {
      const m = patternLine(text);
      if (!block) return reject("pattern outside a verb block");
      if (!m) return reject("pattern without a [code]");
      if (m.rest) return reject(`unexpected text after the code: "${m.rest}"`);
      if (!m.body.includes("*")) return reject("pattern without the verb marker *");
      block.patterns.push({ where, body: m.body, code: m.code, text: raw.trim() });
      return;
    }
    // Verb line "WORD {FORMS} [code]" in capitals (the code may also come first); "LASH OUT" is read as "LASH_OUT".
    const v = verbLine(text);
    if (!v) return reject("not a verb, pattern, synonym set or block header");
    const codeText = v.code ?? v.code2;
    if (!block) return reject("verb outside a verb block");
    let code: string | null = null;
    let reverse: string | undefined;
    if (codeText !== undefined) {
      const c = parseCode(codeText);
      if (!c) return reject(`bad verb code [${codeText}]`);
      code = c.code;
      reverse = c.reverse;
    }
    const verb = parseVerbWord(v.word.replace(/ +/g, "_"));
    if (!verb.lemma) return reject("empty verb");
    block.verbs.push({ ...verb, code, ...(reverse ? { reverse } : {}), where });
    for (const f of (v.forms ?? "").split(/\s+/).filter(Boolean)) {
      const form = parseVerbWord(f);
      if (form.lemma && form.lemma !== verb.lemma) forms.set(form.lemma, verb.lemma);
    }
  });
  return { classes, forms, blocks, transformations };
}

// The three line forms, read by hand in one pass each: as regular expressions they backtracked
// polynomially (a 900-byte line took a minute).

/** "--- NAME [code] ---" (also "--- NAME ###", "--- LASH OUT [122] ---", extra dashes, a second bracket). */
function blockHeader(line: string): { name: string; code?: string } | null {
  const s = line.slice(3);
  let end = 0;
  while (end < s.length && s[end] !== "[" && s[end] !== "#") end++;
  const name = trimEndOf(s.slice(0, end), HEADER_TAIL).trim();
  if (!name) return null;
  let at = end;
  let code: string | undefined;
  if (s[at] === "[") {
    const close = s.indexOf("]", at + 1);
    if (close >= 0) {
      code = s.slice(at + 1, close);
      at = close + 1;
    }
  }
  while (at < s.length && HEADER_TAIL.includes(s[at])) at++;
  return at === s.length || s[at] === "#" ? { name, code } : null;
}
const HEADER_TAIL = " \t\v\f\r\u00a0-[]:0123456789";

/** "- words * words [code]", with nothing after the code. */
function patternLine(text: string): { body: string; code: string; rest: string } | null {
  const open = text.indexOf("[");
  const close = open < 0 ? -1 : text.indexOf("]", open + 1);
  if (close < 0) return null;
  return { body: text.slice(1, open).trim(), code: text.slice(open + 1, close), rest: text.slice(close + 1).trim() };
}

const VERB_CHARS = /[A-Z0-9'.+\-]/;

/** "WORD {FORMS} [code]", "WORD [code] {FORMS}", "LASH OUT [122]": the word, then optional [code] {forms} [code]. */
function verbLine(text: string): { word: string; code?: string; forms?: string; code2?: string } | null {
  if (!VERB_CHARS.test(text[0] ?? "")) return null;
  let end = 1;
  while (end < text.length && (VERB_CHARS.test(text[end]) || text[end] === "_" || text[end] === " ")) end++;
  const out: { word: string; code?: string; forms?: string; code2?: string } = { word: text.slice(0, end).trimEnd() };
  let at = end;
  const group = (open: string, close: string): string | undefined => {
    at = skipSpace(text, at);
    if (text[at] !== open) return undefined;
    const k = text.indexOf(close, at + 1);
    if (k < 0) return undefined;
    const inner = text.slice(at + 1, k);
    at = k + 1;
    return inner;
  };
  out.code = group("[", "]");
  out.forms = group("{", "}");
  out.code2 = group("[", "]");
  return skipSpace(text, at) === text.length ? out : null;
}

interface Group {
  prep: string | null;
  words: string[];
}

/** Splits a pattern body into the words before "*" and groups after it (object phrase, then prepositional phrases). */
function analysePattern(body: string, fw: FunctionWords, knownVerbs: Set<string>, where: string): Omit<VerbPattern, "lemma" | "code" | "origin"> {
  // "*SCEPTICAL" and "SAID*" are read as "* SCEPTICAL" and "SAID *"; "IN_*" keeps its "_" (adjacency).
  const spaced = body.replace(/([(){}])/g, " $1 ").replace(/\*(?=[^\s_])/g, "* ").replace(/(?<=[^\s_])\*/g, " *");
  // joinedToPrev: "_" binds the word to the one before it (adjacent in the text), the verb marker aside
  const tokens: { w: string; attachedToVerb: boolean; joinedToPrev: boolean }[] = [];
  for (const chunk of spaced.split(/\s+/).filter(Boolean)) {
    const parts = chunk.split("_").filter(Boolean);
    const star = parts.indexOf("*");
    parts.forEach((p, i) => tokens.push({
      w: p,
      attachedToVerb: star >= 0 && i !== star && Math.abs(i - star) === 1,
      joinedToPrev: i > 0 && p !== "*" && parts[i - 1] !== "*",
    }));
  }
  const norm = (w: string) => (w.startsWith("&") ? "&" + className(w) : /^[$+%^*]$/.test(w) ? w : word(w));
  const star = tokens.findIndex((t) => t.w === "*");
  const pre = tokens.slice(0, star).filter((t) => !/^[(){}]$/.test(t.w)).map((t) => norm(t.w));
  const out: Omit<VerbPattern, "lemma" | "code" | "origin"> = {};
  const particles: string[] = [];
  const groups: Group[] = [{ prep: null, words: [] }];
  const following: string[] = [];
  let inParen = false;
  let inBrace = false;
  let braceWords = 0;
  let braceAt = 0;
  let expectPrep = false;
  for (const [i, t] of tokens.slice(star + 1).entries()) {
    if (t.w === "(") { inParen = true; expectPrep = true; continue; }
    if (t.w === ")") { inParen = false; continue; }
    if (t.w === "{") { inBrace = true; braceWords = 0; braceAt = following.length; continue; }
    if (t.w === "}") {
      // the noun and the word before it must be adjacent, earlier words only in order: "{NEW &TIETYPES
      // RELATIONS}" fits "new global economic relations", not "new global economic trade relations"
      const entry = following[braceAt];
      if (braceWords > 2 && following.length === braceAt + 1 && entry) {
        const parts = entry.split("_");
        following.splice(braceAt, 1, ...parts.slice(0, -2), parts.slice(-2).join("_"));
      }
      inBrace = false;
      continue;
    }
    const w = norm(t.w);
    // "NEW_&TIETYPES_RELATIONS", and the words of a braced noun phrase "{&TIETYPES MEMOS}": one "_"-joined
    // entry, so a matcher can ask for adjacent words
    const joined = t.joinedToPrev || (inBrace && braceWords++ > 0);
    if (joined && following.length && !/^[$+%^]$/.test(w) && !/^[$+%^]$/.test(following[following.length - 1])) following[following.length - 1] += "_" + w;
    else following.push(w);
    if (i === 0 || (t.attachedToVerb && particles.length === i)) {
      // A particle right after the verb: "*_OUT", "* DOWN NEWS".
      if ((t.attachedToVerb && !/^[$+%^&]/.test(w) && !inParen) || (fw.particle.has(w) && !inParen)) {
        particles.push(w);
        continue;
      }
    }
    if (expectPrep || (!inBrace && !inParen && fw.prep.has(w))) {
      groups.push({ prep: w, words: [] });
      expectPrep = false;
      continue;
    }
    groups[groups.length - 1].words.push(w);
  }
  const content = (ws: string[]) => ws.filter((w) => !/^[$+%^]$/.test(w) && !fw.det.has(w));
  if (particles.length) out.particles = particles;
  const objWords = content(groups[0].words);
  if (objWords.length) out.object = [objWords[objWords.length - 1]];
  const preps = groups.slice(1);
  const chosen = preps.find((g) => g.words.includes("+")) ?? preps[0];
  if (chosen) {
    const ws = content(chosen.words);
    if (chosen.prep === "to" && ws.length && knownVerbs.has(ws[0])) out.complement = [ws[0]];
    else out.prep = ws.length ? { word: chosen.prep!, object: [ws[ws.length - 1]] } : { word: chosen.prep! };
  }
  if (pre.includes("+")) out.target = "subj";
  // "(IN ^) +": the actor of the phrase is skipped and the target comes after it, so the phrase is no target slot
  else if (chosen?.words.includes("+") && out.prep && !chosen.words.slice(0, chosen.words.indexOf("+")).includes("^")) out.target = "prep";
  const srcGroup = preps.find((g) => g.words.includes("$"));
  if (groups[0].words.includes("$")) out.source = "obj";
  else if (srcGroup) {
    out.source = "prep";
    out.sourcePrep = srcGroup.prep!;
  }
  if (pre.includes("%") || following.includes("%")) out.reciprocal = true;
  // "* TABASKI ^ $": the source comes after the verb (past the actors "^" skips) and, with no "+", the
  // subject is the target
  if (following.includes("$") && !pre.includes("$")) {
    const skips = following.slice(0, following.indexOf("$")).filter((w) => w === "^").length;
    if (skips) out.sourceSkip = skips;
    if (!out.target && !pre.includes("+") && !following.includes("+")) out.target = "subj";
  }
  const skipped = preps.filter((g) => g.words.includes("^") && !(g === chosen && out.target === "prep")).map((g) => g.prep!);
  if (skipped.length) out.skipPreps = skipped;
  if (pre.some((w) => fw.neg.has(w) || (w.startsWith("&") && w.includes("NEG")))) out.negated = true;
  if (pre.length) out.precedingWords = pre;
  // "RECENTLY *" wants "recently allowed", not "recently did allow"; a braced noun phrase before the verb
  // ("{DEATH TOLL} *") is its subject and may stand further off ("death toll has risen")
  if (pre.some((w) => !/^[$+%^]$/.test(w)) && !tokens.slice(0, star).some((t) => t.w === "{")) out.precedingAdjacent = true;
  if (following.length) out.followingWords = following;
  if (inParen || inBrace) throw new SourceError(where, "unbalanced ( or {");
  return out;
}

function keyOf(p: VerbPattern): string {
  return formatPattern(p);
}

/** Imports a PETRARCH/TABARI verb dictionary, returning the lexicon with counts and the rejected lines. */
export function importPetrarchVerbsDetailed(path: string, fw: FunctionWords = loadFunctionWords()): PetrarchImport {
  return parsePetrarchVerbs(readFileSync(path, "utf8"), basename(path), fw);
}

/** The same from the text of such a dictionary; `label` names it in rejected lines ("label:line"). */
export function parsePetrarchVerbs(text: string, label: string, fw: FunctionWords = loadFunctionWords()): PetrarchImport {
  const rejected: RejectedLine[] = [];
  const { classes: rawClasses, forms, blocks, transformations } = readBlocks(text, label, rejected);
  const lex = emptyLexicon();
  lex.forms = forms;
  if (transformations.length) lex.transformations = transformations;
  lex.petrarch = true;
  // PETRARCH files sometimes use a set they never define; an empty class keeps the pattern (it just cannot match).
  lex.classes = expandClasses(rawClasses, (where, reason) => rejected.push({ where, text: "", reason }));
  const knownVerbs = new Set<string>([...forms.keys()]);
  for (const b of blocks) for (const v of b.verbs) knownVerbs.add(v.lemma);
  let verbs = 0;
  let patternLines = 0;
  const seen = new Set<string>();
  const add = (p: VerbPattern) => {
    for (const ref of [...(p.object ?? []), ...(p.prep?.object ?? []), ...(p.complement ?? []), ...(p.precedingWords ?? []), ...(p.followingWords ?? [])]) {
      // word sequences join adjacent words with "_" ("&AIRCRAFT_fighters"): each part may be a class
      for (const part of ref.split("_")) if (part.startsWith("&") && !lex.classes.has(part.slice(1))) lex.classes.set(part.slice(1), new Set());
    }
    const k = keyOf(p);
    if (seen.has(k)) return;
    seen.add(k);
    addPattern(lex, p);
  };
  for (const b of blocks) {
    verbs += b.verbs.length;
    const analysed: { raw: RawPattern; shape: ReturnType<typeof analysePattern>; code: { code: string; reverse?: string } }[] = [];
    for (const raw of b.patterns) {
      const code = parseCode(raw.code);
      if (!code) {
        rejected.push({ where: raw.where, text: raw.text, reason: `bad code [${raw.code}]` });
        continue;
      }
      try {
        analysed.push({ raw, shape: analysePattern(raw.body, fw, knownVerbs, raw.where), code });
        patternLines++;
      } catch (err) {
        if (!(err instanceof SourceError)) throw err;
        rejected.push({ where: raw.where, text: raw.text, reason: err.reason });
      }
    }
    for (const v of b.verbs) {
      const base: Pick<VerbPattern, "lemma" | "particles" | "precedingWords"> = { lemma: v.lemma };
      if (v.particles.length) base.particles = v.particles;
      if (v.preceding.length) base.precedingWords = v.preceding;
      const def = v.code ?? b.code;
      // a verb's own code comes with its own reverse code; the block's default with the block's ("LEFT [042:043]")
      const defReverse = v.code !== null ? v.reverse : b.reverse;
      if (def !== NO_EVENT) {
        add({ ...base, code: def, ...(defReverse && defReverse !== NO_EVENT ? { reverseCode: defReverse } : {}), origin: `${v.where} (block ${b.name} [${b.code}])` });
      }
      for (const { raw, shape, code } of analysed) {
        const p: VerbPattern = { ...base, ...shape, code: code.code, origin: `${raw.where} ${raw.text}` };
        if (base.particles || shape.particles) p.particles = [...(base.particles ?? []), ...(shape.particles ?? [])];
        if (base.precedingWords || shape.precedingWords) p.precedingWords = [...(base.precedingWords ?? []), ...(shape.precedingWords ?? [])];
        if (code.reverse) p.reverseCode = code.reverse;
        add(p);
      }
    }
  }
  sortLexicon(lex);
  let patterns = 0;
  for (const l of lex.byLemma.values()) patterns += l.length;
  const lineNo = (w: string) => Number(w.slice(w.lastIndexOf(":") + 1));
  rejected.sort((a, b) => lineNo(a.where) - lineNo(b.where));
  return { lexicon: lex, blocks: blocks.length, verbs, patternLines, patterns, classes: lex.classes.size, rejected };
}

/** The lexicon of a PETRARCH/TABARI verb dictionary (rejected lines are left out; see importPetrarchVerbsDetailed). */
export function importPetrarchVerbs(path: string): Lexicon {
  return importPetrarchVerbsDetailed(path).lexicon;
}
