// Reading Universal NER IOB2 files: "ID<TAB>WORD<TAB>TAG[<TAB>…]" lines, blank line between sentences.
import { SourceError } from "../../errors.js";
import type { NerSentence } from "./corpus.js";

const KEPT = new Set(["PER", "ORG", "LOC"]);

/**
 * Map a raw UNER tag to parley's label set: the draft train's OTH (misc names, demonyms) and the
 * stray "B-O"/"I-O" become O. Returns null for something that is not a tag at all.
 */
export function normaliseUnerTag(raw: string): string | null {
  if (raw === "O") return "O";
  const m = /^([BI])-(.+)$/.exec(raw);
  if (!m) return null;
  return KEPT.has(m[2]) ? raw : "O";
}

export function readIob2(content: string, source = "<iob2>"): NerSentence[] {
  const out: NerSentence[] = [];
  let cur: NerSentence | null = null;
  const lines = content.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    if (line.trim() === "") {
      if (cur && cur.words.length) out.push(cur);
      cur = null;
      continue;
    }
    cur ??= { id: `${source}:${n + 1}`, words: [], tags: [], newDoc: false };
    if (line.startsWith("#")) {
      const m = /^#\s*sent_id\s*=/.exec(line);
      if (m) cur.id = line.slice(m[0].length).trim();
      if (/^#\s*newdoc\b/.test(line)) cur.newDoc = true;
      continue;
    }
    const cols = line.split("\t");
    if (cols.length < 3) throw new SourceError(`${source}:${n + 1}`, `expected ID, word and tag separated by tabs, found ${cols.length} column(s)`);
    const tag = normaliseUnerTag(cols[2]);
    if (tag === null) throw new SourceError(`${source}:${n + 1}`, `invalid NER tag "${cols[2]}" (expected O, B-TYPE or I-TYPE)`);
    if (cols[1] === "") throw new SourceError(`${source}:${n + 1}`, "empty word");
    cur.words.push(cols[1]);
    cur.tags.push(tag);
  }
  if (cur && cur.words.length) out.push(cur);
  return out;
}
