// Features of capitalised name phrases, so that the tagger learns the shapes of organisation names
// rather than the names themselves: "Ministry of …", "… Front", "… Party", "… Forces", "the X of Y"
// institutions, "… Pizza" shops, and acronyms defined in parentheses ("Fair Housing Action Center (FHAC)").
import type { Gazetteer } from "./gazetteer.js";

/** Lower-case words that may sit inside a name phrase between capitalised words ("Bank of America"). */
const CONNECTORS = new Set(["of", "and", "&", "for", "the", "on", "de", "du", "la", "del", "des", "al", "-", "'s"]);

// The pronoun "I" is capitalised but starts no name.
const capitalised = (w: string) => /^\p{Lu}/u.test(w) && w !== "I";
const isAcronymToken = (w: string) => /^[A-Z][A-Z&.]{1,7}$/.test(w) && w.replace(/[^A-Z]/g, "").length >= 2;

/** A maximal run of capitalised words, connectors allowed inside: tokens [start, end). */
export interface NamePhrase {
  start: number;
  end: number;
}

/** The capitalised name phrases of a sentence (meaningful only in mixed-case text). */
export function namePhrases(words: readonly string[]): NamePhrase[] {
  const out: NamePhrase[] = [];
  let i = 0;
  while (i < words.length) {
    if (!capitalised(words[i])) { i++; continue; }
    let end = i + 1;
    for (let j = i + 1; j < words.length; j++) {
      if (capitalised(words[j])) end = j + 1;
      else if (!CONNECTORS.has(words[j].toLowerCase())) break;
    }
    out.push({ start: i, end });
    i = end;
  }
  return out;
}

/** Initials of a phrase's capitalised words ("Fair Housing Action Center" → "FHAC"). */
function initials(words: readonly string[], p: NamePhrase): string {
  let s = "";
  for (let k = p.start; k < p.end; k++) if (capitalised(words[k])) s += words[k][0];
  return s;
}

/** Whether the acronym's letters appear in order among the phrase's initials, the first one included. */
export function acronymFits(acronym: string, phraseInitials: string): boolean {
  const a = acronym.replace(/[^A-Z]/g, "");
  if (!a.length || !phraseInitials.includes(a[0])) return false;
  let k = 0;
  for (const ch of phraseInitials) if (ch === a[k]) k++;
  return k === a.length;
}

/** An organisation word, also in the plural ("Offices", "Industries"). */
export function isOrgWord(gz: Gazetteer, lower: string): boolean {
  return gz.isA(lower, "orgword") || (lower.endsWith("s") && gz.isA(lower.replace(/(ie)?s$/, (m) => (m === "ies" ? "y" : "")), "orgword"));
}

const position = (k: number, p: NamePhrase) =>
  p.end - p.start === 1 ? "U" : k === p.start ? "B" : k === p.end - 1 ? "L" : "I";

/**
 * Acronyms a document defines by writing them in parentheses after a name phrase whose initials fit
 * ("Housing Action Center ( HAC )"): later bare mentions of the acronym get a feature of their own.
 */
export function definedAcronyms(sentences: readonly (readonly string[])[]): Set<string> {
  const out = new Set<string>();
  for (const ws of sentences) {
    for (const p of namePhrases(ws)) {
      const a = ws[p.end + 1];
      if (ws[p.end] === "(" && ws[p.end + 2] === ")" && a && isAcronymToken(a) && acronymFits(a, initials(ws, p))) out.add(a);
    }
  }
  return out;
}

/**
 * Per-token features of the name phrase a token sits in: its position and length, its last word (the head:
 * "Party", "Forces", "Pizza"), its first word ("Ministry", "University"), whether it has a connector
 * inside ("of"), whether its head is an organisation word, and an acronym in parentheses after it.
 * Tokens outside phrases get none; so do all-lowercase and all-capitals sentences (`mixed` false).
 */
export function phraseFeatures(words: readonly string[], gz: Gazetteer, mixed: boolean, acronyms: ReadonlySet<string>): string[][] {
  const out: string[][] = words.map(() => []);
  words.forEach((w, i) => { if (acronyms.has(w)) out[i].push("acrdoc"); });
  if (!mixed) return out;
  for (const p of namePhrases(words)) {
    const len = p.end - p.start;
    const head = words[p.end - 1].toLowerCase();
    const first = words[p.start].toLowerCase();
    let connector = false;
    for (let k = p.start + 1; k < p.end - 1; k++) if (!capitalised(words[k])) connector = true;
    const headKind = isOrgWord(gz, head) ? "o" : gz.isA(head, "agent") ? "a" : "-";
    const firstKind = isOrgWord(gz, first) ? "o" : gz.isA(first, "agent") ? "a" : "-";
    const a = words[p.end + 1];
    const paren = words[p.end] === "(" && words[p.end + 2] === ")" && a !== undefined && isAcronymToken(a);
    const acr = paren ? (acronymFits(a, initials(words, p)) ? "m" : "n") : "";
    // Where the phrase's organisation words are relative to each token: "United States Department of …"
    // has one to the right of "United", which is then no country.
    const orgAt: boolean[] = [];
    for (let k = p.start; k < p.end; k++) orgAt.push(isOrgWord(gz, words[k].toLowerCase()));
    const lastOrg = orgAt.lastIndexOf(true);
    const firstOrg = orgAt.indexOf(true);
    for (let k = p.start; k < p.end; k++) {
      const pos = position(k, p);
      const left = firstOrg >= 0 && firstOrg < k - p.start, right = lastOrg > k - p.start;
      out[k].push("pho=" + (left ? "l" : "-") + (right ? "r" : "-") + (orgAt[k - p.start] ? "o" : "-") + "|" + pos);
      out[k].push(
        "ph=" + pos + "|" + Math.min(len, 5) + "|" + connector,
        "phk=" + headKind + firstKind + "|" + pos + "|" + connector,
      );
      if (len > 1) out[k].push("phh=" + head + "|" + pos, "phf=" + first + "|" + pos);
      if (acr) out[k].push("phacr=" + acr + "|" + pos);
    }
    if (acr) out[p.end + 1].push("acr=" + acr);
  }
  return out;
}
