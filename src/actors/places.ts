// Place mentions in a sentence: names after locative prepositions ("in Rafah", "to Cairo",
// "the area of Tel Al-Sultan") looked up in the full gazetteer, and curated places anywhere.
import type { Doc } from "../text/doc.js";
import type { Place, Span } from "../text/annotations.js";
import type { Gazetteer, GazetteerPlace } from "./gazetteer.js";
import type { SentenceScanner } from "./chunker.js";
import { loadWordSets } from "../util/word-lists.js";

/** Prepositions a place name follows (prepositions.tsv); place nouns and the modifiers skipped before a name (places.tsv). */
/** Month and day names (names.tsv "calendar"): "in August" is a time, never the town of August. */
let words: { locative: ReadonlySet<string>; placeNouns: ReadonlySet<string>; skip: ReadonlySet<string>; calendar: ReadonlySet<string> } | undefined;
function wordSets() {
  if (!words) {
    const pl = loadWordSets("places.tsv", ["place-nouns", "place-modifiers"]);
    words = {
      locative: loadWordSets("prepositions.tsv", ["locative"]).locative, placeNouns: pl["place-nouns"], skip: pl["place-modifiers"],
      calendar: loadWordSets("names.tsv", ["calendar"]).calendar,
    };
  }
  return words;
}
const MAX_PLACE_WORDS = 4;

export function findPlaces(doc: Doc, sc: SentenceScanner, gaz: Gazetteer, preferred: Set<string>): Place[] {
  const out: Place[] = [];
  const toks = doc.tokens;
  for (let i = sc.from; i < sc.to; i++) {
    const k = sc.key(i);
    const locative = wordSets().locative.has(k) || (k === "of" && i > sc.from && wordSets().placeNouns.has(sc.key(i - 1)));
    if (!/^[A-Z]/.test(toks[i].text)) {
      if (!locative) continue;
      let j = i + 1;
      while (j < sc.to && wordSets().skip.has(sc.key(j))) j++;
      const hit = longest(doc, sc, j, (key) => gaz.lookup(key, preferred));
      if (hit) { out.push(mention(doc, j, hit.end, hit.place)); i = hit.end - 1; }
      continue;
    }
    // Curated places (places.txt) are specific enough to take anywhere they are capitalised.
    const hit = longest(doc, sc, i, (key) => gaz.curatedPlace(key));
    if (hit) { out.push(mention(doc, i, hit.end, hit.place)); i = hit.end - 1; }
  }
  // Locations the NER model found and nothing above placed ("fled to Zhytomyr").
  for (const e of doc.entities) {
    if (!PLACE_LABELS.has(e.label) || e.tokenStart < sc.from || e.tokenEnd > sc.to) continue;
    if (out.some((p) => p.start < e.end && e.start < p.end)) continue;
    const key = keyOfSpan(sc, e.tokenStart, e.tokenEnd);
    const hit = wordSets().calendar.has(key) ? null : gaz.lookup(key, preferred);
    if (hit) out.push(mention(doc, e.tokenStart, e.tokenEnd, hit));
  }
  return out.sort((a, b) => a.start - b.start);
}

const PLACE_LABELS = new Set(["LOC", "GPE", "FAC"]);

function keyOfSpan(sc: SentenceScanner, start: number, end: number): string {
  const parts: string[] = [];
  for (let i = start; i < end; i++) if (sc.key(i)) parts.push(sc.key(i));
  return parts.join(" ");
}

function longest(doc: Doc, sc: SentenceScanner, i: number, find: (key: string) => GazetteerPlace | null): { end: number; place: GazetteerPlace } | null {
  if (i >= sc.to || !/^[A-Z]/.test(doc.tokens[i].text)) return null;
  let best: { end: number; place: GazetteerPlace } | null = null;
  let key = "";
  for (let j = i, words = 0; j < sc.to && words < MAX_PLACE_WORDS; j++) {
    const k = sc.key(j);
    if (!k) { if (doc.tokens[j].text === "-") continue; break; }
    if (!/^[A-Za-z]/.test(doc.tokens[j].text) || (!/^[A-Z]/.test(doc.tokens[j].text) && !/^(al|el)$/.test(k))) break;
    key = key ? `${key} ${k}` : k;
    words++;
    const p = words === 1 && wordSets().calendar.has(k) ? null : find(key);
    if (p) best = { end: j + 1, place: p };
  }
  return best;
}

function mention(doc: Doc, start: number, end: number, p: GazetteerPlace): Place {
  return {
    start: doc.tokens[start].start, end: doc.tokens[end - 1].end, text: doc.spanText(start, end),
    name: p.name, country: p.country, lat: p.lat, lon: p.lon,
  };
}

/** Places named in the dateline ("CAIRO/WASHINGTON/RAFAH, Gaza Strip"), which lies outside the tokens. */
export function datelinePlaces(text: string, span: Span, names: string[], gaz: Gazetteer, preferred: Set<string>, keyOf: (s: string) => string): Place[] {
  const out: Place[] = [];
  let from = span.start;
  for (const name of names) {
    const at = text.indexOf(name, from);
    if (at < 0 || at >= span.end) continue;
    from = at + name.length;
    const p = gaz.lookup(keyOf(name), preferred);
    if (p) out.push({ start: at, end: at + name.length, text: name, name: p.name, country: p.country, lat: p.lat, lon: p.lon });
  }
  return out;
}
