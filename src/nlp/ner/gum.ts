// Flat PER/ORG/LOC named entities from GUM's `Entity=` coreference brackets (CoNLL 2012 style, in MISC).
//
// GUM marks every mention (pronouns, common-noun phrases, nested names) with an entity type, while UNER
// tags only the names themselves. To get UNER-like spans we take each maximal run of proper-noun tokens
// (xpos NNP/NNPS, joined across "of", "&", "-" and "of the") and give it the type of the smallest mention that
// contains the whole run: "University of Portsmouth, United Kingdom" (an organization mention holding a
// place mention) yields ORG "University of Portsmouth" and LOC "United Kingdom"; "co-star Jensen Ackles"
// yields PER "Jensen Ackles"; a name inside a non-name mention ("the Always Keep Fighting series") stays O.
import { parseConllu, type ConlluSentence } from "../conllu.js";
import { SourceError } from "../../errors.js";
import type { NerSentence } from "./corpus.js";
import { spansToBio, type TagSpan } from "./spans.js";

const GUM_TYPES: Record<string, string> = { person: "PER", organization: "ORG", place: "LOC" };
const JOINERS = new Set(["of", "&", "-", "the", "de", "du", "del", "la", "von", "van", "al"]);

interface Mention {
  start: number;
  end: number;
  type: string;
}

export function readGumEntities(content: string, source = "<gum>"): NerSentence[] {
  let sentences: ConlluSentence[];
  try {
    sentences = parseConllu(content, source);
  } catch (err) {
    const m = /^(.*?:\d+): (.*)$/.exec((err as Error).message);
    throw m ? new SourceError(m[1], m[2]) : err;
  }
  return sentences.map((s) => {
    const mentions = gumMentions(s, source);
    const spans = properNounRuns(s).flatMap((run): TagSpan[] => {
      let best: Mention | null = null;
      for (const m of mentions) {
        if (m.start <= run.start && m.end >= run.end && (!best || m.end - m.start < best.end - best.start)) best = m;
      }
      const label = best && GUM_TYPES[best.type];
      return label ? [{ ...run, label }] : [];
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
    const re = /\(([^()]+)(\))?|([^()]+)\)/g;
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
