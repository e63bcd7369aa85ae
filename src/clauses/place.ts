// Places of events and figures: the clause's own location ("in Rafah", "in southern Israel", "the crossing … in Rafah"),
// matched against the resolver's place mentions, else the dateline's first place.
import type { Mention, Place } from "../text/annotations.js";
import type { Article } from "../text/article.js";
import type { EventPlace } from "../text/annotations.js";
import type { Frame } from "./frames.js";
import type { Tree } from "./tree.js";

const LOCATION_TYPES = new Set(["GPE", "LOC"]);

export class PlaceFinder {
  constructor(
    private readonly tree: Tree,
    private readonly places: Place[],
    private readonly mentions: Mention[],
    private readonly placeCases: ReadonlySet<string>,
    /** Skip a place that only owns the phrase ("in Israel's offensive" is no location); the figure extractor asks this. */
    private readonly skipPossessors = false,
  ) {}

  /** The location a frame's own words give, or null. */
  inFrame(frame: Frame): EventPlace | null {
    return this.locate(frame)?.place ?? null;
  }

  /** The location with the character span it was found at. */
  locate(frame: Frame): { place: EventPlace; start: number; end: number } | null {
    const tr = this.tree;
    const heads: number[] = [];
    for (const o of frame.obliques) if (this.placeCases.has(o.case)) heads.push(...o.heads);
    // "seized the crossing … in Rafah": a location modifying the object locates the event too
    for (const obj of frame.objects) {
      for (const k of tr.children(obj, "nmod")) if (this.placeCases.has(tr.caseWord(k))) heads.push(...tr.conjuncts(k));
    }
    heads.sort((a, b) => a - b);
    for (const h of heads) {
      // the phrase itself, not clauses or lists hung inside it ("talks on Tuesday – Hamas, Israel, …")
      const found = this.placeIn(tr.subtree(h, (k) => ["acl", "acl:relcl", "advcl", "appos", "parataxis"].includes(tr.rel(k))));
      if (found) return found;
    }
    return null;
  }

  private placeIn(tokens: number[]): { place: EventPlace; start: number; end: number } | null {
    for (const k of tokens) {
      if (this.skipPossessors && this.tree.rel(k) === "nmod:poss") continue;
      const t = this.tree.tok(k);
      const p = this.places.find((pl) => pl.start < t.end && t.start < pl.end);
      if (p) {
        const place: EventPlace = { text: p.text, name: p.name, country: p.country, lat: p.lat, lon: p.lon, origin: "clause" };
        return { place, start: p.start, end: p.end };
      }
      const m = this.mentions.find((mm) => LOCATION_TYPES.has(mm.type) && mm.start < t.end && t.start < mm.end);
      if (m) {
        const place: EventPlace = { text: m.text, name: m.text, country: m.actor?.country ?? null, lat: null, lon: null, origin: "clause" };
        return { place, start: m.start, end: m.end };
      }
    }
    return null;
  }

  /** The dateline's first place, resolved through the place mentions when one matches its name. */
  dateline(article: Article): EventPlace | null {
    const dl = article.dateline;
    const name = dl?.places[0];
    if (!dl || !name) return null;
    const lower = name.toLowerCase();
    const p = this.places.find((pl) => pl.text.toLowerCase() === lower || pl.name.toLowerCase() === lower);
    if (p) return { text: name, name: p.name, country: p.country, lat: p.lat, lon: p.lon, origin: "dateline" };
    return { text: name, name, country: null, lat: null, lon: null, origin: "dateline" };
  }
}
