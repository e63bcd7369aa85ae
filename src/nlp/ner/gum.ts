// Flat PER/ORG/LOC named entities from GUM's `Entity=` coreference brackets (CoNLL 2012 style, in MISC).
//
// GUM marks every mention (pronouns, common-noun phrases, nested names) with an entity type, while UNER
// tags only the names themselves. To get UNER-like spans we take each maximal run of proper-noun tokens
// (xpos NNP/NNPS, joined across "of", "&", "-" and "of the") and give it the type of the smallest mention that
// contains the whole run: "University of Portsmouth, United Kingdom" (an organization mention holding a
// place mention) yields ORG "University of Portsmouth" and LOC "United Kingdom"; "co-star Jensen Ackles"
// yields PER "Jensen Ackles"; a name inside a non-name mention ("the Always Keep Fighting series") stays O.
// Titles before a person's name are left out, as in UNER ("President [Bush]").
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dataDir } from "../../paths.js";
import { parseConllu, type ConlluSentence } from "../conllu.js";
import { SourceError } from "../../errors.js";
import { cutAt } from "../../util/scan.js";
import type { NerSentence } from "./corpus.js";
import { spansToBio, type TagSpan } from "./spans.js";

const GUM_TYPES: Record<string, string> = { person: "PER", organization: "ORG", place: "LOC" };
const JOINERS = new Set(["of", "&", "-", "the", "de", "du", "del", "la", "von", "van", "al"]);

interface Mention {
  start: number;
  end: number;
  type: string;
}

/**
 * Where a person's name starts after any title in front of it, as UNER tags them ("Mr." and "President"
 * stay outside): after the last title word, and after the word following "of" ("Secretary of State").
 */
function afterTitles(s: ConlluSentence, run: { start: number; end: number }, titles: ReadonlySet<string>): number {
  let start = run.start;
  for (let k = run.start; k < run.end - 1; k++) {
    const w = s.tokens[k].form.toLowerCase();
    if (titles.has(w)) start = k + 1;
    else if (JOINERS.has(w)) start = Math.max(start, k + 2);
  }
  return start;
}

/** Single words of the person-title list (data/gazetteer/titles.txt). */
function titleWords(): Set<string> {
  const text = readFileSync(join(dataDir, "gazetteer", "titles.txt"), "utf8");
  return new Set(text.split(/\r?\n/).flatMap((l) => cutAt(l, "#").trim().toLowerCase().split(/\s+/)).filter(Boolean));
}

export function readGumEntities(content: string, source = "<gum>"): NerSentence[] {
  const titles = titleWords();
  let sentences: ConlluSentence[];
  try {
    sentences = parseConllu(content, source);
  } catch (err) {
    const msg = (err as Error).message;
    const m = /:\d+: /.exec(msg);
    throw m ? new SourceError(msg.slice(0, m.index + m[0].length - 2), msg.slice(m.index + m[0].length)) : err;
  }
  return sentences.map((s) => {
    const mentions = gumMentions(s, source);
    const spans = properNounRuns(s).flatMap((r) => splitAtMentionEdges(r, mentions)).flatMap((run): TagSpan[] => {
      let best: Mention | null = null;
      for (const m of mentions) {
        if (m.start <= run.start && m.end >= run.end && (!best || m.end - m.start < best.end - best.start)) best = m;
      }
      const label = best && GUM_TYPES[best.type];
      if (!label) return [];
      const start = label === "PER" ? afterTitles(s, run, titles) : run.start;
      return start < run.end ? [{ start, end: run.end, label }] : [];
    });
    return { id: s.id, words: s.tokens.map((t) => t.form), tags: spansToBio(s.tokens.length, spans), newDoc: s.newDoc };
  });
}

/** Mentions of one sentence from the Entity= brackets; a mention still open at sentence end is closed there. */
export function gumMentions(s: ConlluSentence, source: string): Mention[] {
  const out: Mention[] = [];
  const open = new Map<string, Mention[]>();
  s.tokens.forEach((t, i) => {
    const m = /(?:^|\|)Entity=([^|]*)/.exec(t.misc);
    if (!m) return;
    // The lookbehind starts a bare "x)" only where a run of non-brackets starts (else quadratic).
    const re = /\(([^()]+)(\))?|(?<![^()])([^()]+)\)/g;
    for (let r = re.exec(m[1]); r; r = re.exec(m[1])) {
      if (r[1] !== undefined) {
        const fields = r[1].split("-");
        if (fields.length < 2) throw new SourceError(`${source}: sentence ${s.id}`, `malformed Entity= value "${m[1]}"`);
        const mention = { start: i, end: i + 1, type: fields[1] };
        if (r[2]) out.push(mention);
        else open.set(fields[0], [...(open.get(fields[0]) ?? []), mention]);
      } else {
        const stack = open.get(r[3]);
        const mention = stack?.pop();
        if (!mention) continue; // closes a mention opened in an earlier sentence: nothing to tag here
        mention.end = i + 1;
        out.push(mention);
      }
    }
  });
  for (const stack of open.values()) for (const mention of stack) { mention.end = s.tokens.length; out.push(mention); }
  return out;
}

/** Split a run between two adjacent tokens that no mention covers together ("Claire Ross | University of …"). */
function splitAtMentionEdges(run: { start: number; end: number }, mentions: readonly Mention[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = run.start;
  for (let k = run.start + 1; k < run.end; k++) {
    if (!mentions.some((m) => m.start <= k - 1 && m.end > k)) {
      out.push({ start, end: k });
      start = k;
    }
  }
  out.push({ start, end: run.end });
  return out;
}

function properNounRuns(s: ConlluSentence): { start: number; end: number }[] {
  const isProper = (i: number) => i < s.tokens.length && /^NNPS?$/.test(s.tokens[i].xpos);
  const runs: { start: number; end: number }[] = [];
  let i = 0;
  while (i < s.tokens.length) {
    if (!isProper(i)) { i++; continue; }
    const start = i;
    let end = i + 1;
    for (;;) {
      let j = end;
      while (j < s.tokens.length && !isProper(j) && JOINERS.has(s.tokens[j].form.toLowerCase()) && j - end < 2) j++;
      if (j > end && isProper(j)) { end = j + 1; continue; }
      if (isProper(end)) { end++; continue; }
      break;
    }
    runs.push({ start, end });
    i = end;
  }
  return runs;
}
