// Reader for PETRARCH/TABARI actor and agent dictionaries, converted to parley's entries.
// Handles: "_" joins, "+" aliases, indented code lines, dated codes ([X >YYMMDD], [X <YYMMDD],
// [X YYYYMMDD-YYYYMMDD]), agents ([~MIL], [NGO~]), {plural} lists, !SUBSTITUTION! sets, # and <!-- --> comments.
import type { DatedCode, DictEntry } from "./format.js";
import { cutAt, delimited, hasUnclosed, replaceDelimited, trimEndOf } from "../util/scan.js";

export interface ImportResult {
  entries: DictEntry[];
  /** "file:line: reason" for each line that could not be read (skipped). */
  problems: string[];
}

/** Does this text look like a PETRARCH/TABARI dictionary rather than parley's own format? */
export function looksLikePetrarch(text: string): boolean {
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    if (/^\[[a-z]+\]$/.test(line) || line.includes("|")) return false;
    if (line.startsWith("<!") || delimited(line, "[", "]").length > 0 || /^[A-Z0-9+!]/.test(line)) return true;
  }
  return false;
}

/** Six-digit dates are YYMMDD; years up to 30 are read as 20YY, later ones as 19YY. */
function isoDate(d: string): string | null {
  let y: string, m: string, day: string;
  if (/^\d{8}$/.test(d)) [y, m, day] = [d.slice(0, 4), d.slice(4, 6), d.slice(6, 8)];
  else if (/^\d{6}$/.test(d)) [y, m, day] = [(Number(d.slice(0, 2)) <= 30 ? "20" : "19") + d.slice(0, 2), d.slice(2, 4), d.slice(4, 6)];
  else return null;
  if (Number(m) < 1 || Number(m) > 12 || Number(day) < 1 || Number(day) > 31) return null;
  return `${y}-${m}-${day}`;
}

function nextDay(iso: string): string {
  const t = new Date(`${iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}

/** Parse the inside of one [...] code block. */
export function parseCodeBlock(inner: string): { code: DatedCode; agent: boolean } | string {
  const s = inner.trim();
  const m = /^(~?[A-Za-z0-9+\-/]*~?)\s*(.*)$/s.exec(s);
  if (!m || !m[1]) return `empty or unreadable code [${inner}]`;
  let code = m[1].toUpperCase();
  const agent = code.includes("~");
  const prefix = agent && !code.startsWith("~");
  code = code.replace(/~/g, "");
  const dated: DatedCode = { code, roles: [], from: null, to: null };
  if (prefix) dated.prefix = true;
  const rest = m[2].replace(/\s+/g, "");
  if (rest) {
    let r: RegExpExecArray | null;
    if ((r = /^>(\d{6}|\d{8})$/.exec(rest))) dated.from = isoDate(r[1]);
    else if ((r = /^<(\d{6}|\d{8})$/.exec(rest))) dated.to = isoDate(r[1]);
    else if ((r = /^(\d{6}|\d{8})-(\d{6}|\d{8})$/.exec(rest))) {
      dated.from = isoDate(r[1]);
      const end = isoDate(r[2]);
      dated.to = end && nextDay(end);        // PETRARCH ranges include their last day
      if (!dated.from || !dated.to) return `bad date range in [${inner}]`;
      if (dated.to <= dated.from) return `date range in [${inner}] ends before it starts`;
    } else return `unreadable date "${m[2].trim()}" in [${inner}]`;
    if (!dated.from && !dated.to) return `bad date in [${inner}]`;
  }
  return { code: dated, agent };
}

/** "PRESIDENT_GEORGE_W._BUSH" → "President George W. Bush"; agents are lower-cased. */
function phrase(raw: string, agent: boolean): string {
  const words = trimEndOf(raw, "_").split(/[_\s]+/).filter(Boolean);
  return words.map((w) => {
    if (agent) return w.toLowerCase();
    if (w.includes(".") && w.length <= 5) return w.toUpperCase();
    return w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
  }).join(" ");
}

export function parsePetrarch(text: string, file: string): ImportResult {
  const entries: DictEntry[] = [];
  const problems: string[] = [];
  const subst = new Map<string, string[]>();
  let cur: { names: string[]; codes: DatedCode[]; agent: boolean | null; where: string } | null = null;
  const flush = () => {
    if (!cur) return;
    if (!cur.codes.length) problems.push(`${cur.where}: entry "${cur.names[0]}" has no code`);
    else {
      const agent = cur.agent === true;
      const expanded = cur.names.flatMap((n) => expand(n, subst));
      if (expanded.length >= MAX_EXPANSIONS) problems.push(`${cur.where}: entry "${cur.names[0]}" expands to more than ${MAX_EXPANSIONS} names; the rest are left out`);
      const names = [...new Set(expanded.slice(0, MAX_EXPANSIONS).flatMap(withoutArticle).map((n) => phrase(n, agent)).filter(Boolean))];
      entries.push({ section: agent ? "agents" : "actors", names, codes: cur.codes, where: cur.where });
    }
    cur = null;
  };
  const lines = text.split(/\r?\n/);
  let inComment = false;
  for (let n = 0; n < lines.length; n++) {
    const where = `${file}:${n + 1}`;
    let line = lines[n];
    if (inComment) { if (line.includes("-->")) inComment = false; continue; }
    if (/^\s*<!/.test(line)) { if (!line.includes("-->")) inComment = true; continue; }
    line = cutAt(line, "#");
    if (!line.trim()) continue;
    const sub = /^\s*(![A-Z]+!)\s*=\s*(.+)$/s.exec(line);
    if (sub) { subst.set(sub[1], sub[2].split(",").map((s) => s.trim()).filter(Boolean)); continue; }
    // Brackets and braces found with indexOf: /\[([^\]]*)\]/g is quadratic on "[[[[…".
    const blocks = delimited(line, "[", "]").map((b) => b.inner);
    if (hasUnclosed(line, "[", "]")) { problems.push(`${where}: unclosed "["`); continue; }
    const nameText = replaceDelimited(replaceDelimited(line, "[", "]", () => ""), "{", "}", () => " ").trim();
    const plurals = delimited(line, "{", "}").flatMap((b) => b.inner.split(/[,\s]+/)).filter(Boolean);
    const codes: DatedCode[] = [];
    let agent: boolean | null = null;
    let bad = false;
    for (const b of blocks) {
      const r = parseCodeBlock(b);
      if (typeof r === "string") { problems.push(`${where}: ${r}`); bad = true; continue; }
      codes.push(r.code);
      agent = agent ?? r.agent;
    }
    if (bad && !codes.length) continue;
    if (/^\s/.test(lines[n]) && !nameText) {           // indented code line for the current entry
      if (!cur) { problems.push(`${where}: code line with no entry above`); continue; }
      cur.codes.push(...codes);
      cur.agent = cur.agent ?? agent;
      continue;
    }
    if (nameText.startsWith("+")) {                     // alias of the current entry
      if (!cur) { problems.push(`${where}: alias with no entry above`); continue; }
      cur.names.push(nameText.slice(1).trim());
      cur.codes.push(...codes);
      continue;
    }
    if (!/^[A-Za-z0-9!'"&.\-]/.test(nameText)) { problems.push(`${where}: cannot read "${lines[n].trim()}"`); continue; }
    // Consecutive names with no code between them share the next code block (the Phoenix files list
    // "LEONID_BREZHNEV_", "SECRETARY_BREZHNEV", … and then the codes once): carry them into this entry.
    // Appended in place: copying the carried names per line made a long run of code-less lines quadratic.
    if (cur && !cur.codes.length) {
      cur.names.push(nameText, ...plurals);
      cur.codes = codes;
      cur.agent = agent;
    } else {
      flush();
      cur = { names: [nameText, ...plurals], codes, agent, where };
    }
  }
  flush();
  return { entries, problems };
}

/**
 * "THE_SHIRE" also as "SHIRE": the mention finder leaves a leading article out of the name it looks up,
 * so the entry would otherwise never match "the Shire".
 */
function withoutArticle(name: string): string[] {
  const m = /^THE[_\s]+(\S.*)$/is.exec(name);
  return m ? [name, m[1]] : [name];
}

/** Names one entry may expand to: k markers of n alternatives each make n^k names. */
const MAX_EXPANSIONS = 256;

/**
 * Expand !SET! markers: "CONGRESS!PERSON!" → CONGRESSMAN, CONGRESSMEN, … Breadth first and capped
 * at MAX_EXPANSIONS names, a marker at a time (a set that names itself, or many markers in one name,
 * used to expand without end).
 */
function expand(name: string, subst: Map<string, string[]>): string[] {
  let names = [name];
  for (let round = 0; round < 16; round++) {
    let changed = false;
    const next: string[] = [];
    for (const n of names) {
      const m = /![A-Z]+!/.exec(n);
      if (!m) next.push(n);
      else {
        changed = true;
        for (const a of subst.get(m[0]) ?? [""]) next.push(n.replace(m[0], a));
      }
      if (next.length >= MAX_EXPANSIONS) break;
    }
    names = next.slice(0, MAX_EXPANSIONS);
    if (!changed) return names;
  }
  return names.map((n) => n.replace(/![A-Z]+!/g, ""));
}
