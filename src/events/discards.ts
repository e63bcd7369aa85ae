// PETRARCH/TABARI discard lists: phrases that mark a story or sentence as out of scope ("+TYPHOON",
// "BASEBALL": weather and sport, not politics). One phrase a line, "+" for a story-level discard, "#"
// comments. A text naming a listed phrase (whole words, any case) codes no events.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { SourceError } from "../errors.js";
import { cutAt } from "../util/scan.js";

export interface DiscardPhrase {
  /** Lower-case words in order. */
  words: string[];
  /** "+": the whole story goes, not only the sentence. */
  story: boolean;
  where: string;
}

/** Reads a discard file; a line with no words after its marker is an error naming the line. */
export function readDiscards(path: string): DiscardPhrase[] {
  const label = basename(path);
  const out: DiscardPhrase[] = [];
  readFileSync(path, "utf8").split(/\r?\n/).forEach((raw, k) => {
    const text = cutAt(cutAt(raw, "#"), ";").trim();
    if (!text) return;
    const story = text.startsWith("+");
    const words = wordsOf(story ? text.slice(1) : text);
    if (!words.length) throw new SourceError(`${label}:${k + 1}`, "discard line without a phrase");
    out.push({ words, story, where: `${label}:${k + 1}` });
  });
  return out;
}

function wordsOf(s: string): string[] {
  return s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The first phrase the text names, or null. */
export function findDiscard(text: string, phrases: readonly DiscardPhrase[]): DiscardPhrase | null {
  const ws = wordsOf(text);
  for (const p of phrases) {
    for (let i = 0; i + p.words.length <= ws.length; i++) {
      if (p.words.every((w, k) => ws[i + k] === w)) return p;
    }
  }
  return null;
}
