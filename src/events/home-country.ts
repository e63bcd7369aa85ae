// The country a text is about, for actors named without one ("President Abdelaziz Bouteflika threatened a
// curfew in Algiers", "the government" in an article about one country): the only country the sentence
// names, else the one the article names far more often than any other.
import type { Doc } from "../text/doc.js";
import type { Mention, Place, Span } from "../text/annotations.js";
import { sectorKinds } from "../actors/codes.js";


interface Named extends Span {
  country: string;
}


export class HomeCountries {
  private readonly bySentence: Named[][];
  private readonly dominant: string | null;

  constructor(doc: Doc, mentions: Mention[], places: Place[]) {
    this.bySentence = doc.sentences.map(() => []);
    const counts = new Map<string, number>();
    const add = (sent: number, c: string | null | undefined, start: number, end: number) => {
      if (!c || sent < 0) return;
      this.bySentence[sent].push({ country: c, start, end });
      counts.set(c, (counts.get(c) ?? 0) + 1);
    };
    for (const m of mentions) add(doc.tokens[m.tokenStart].sent, m.actor?.country ?? m.country, m.start, m.end);
    for (const p of places) add(doc.sentences.findIndex((s) => s.start <= p.start && p.start < s.end), p.country, p.start, p.end);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    // far more often: at least twice, and twice as often as the runner-up
    this.dominant = ranked.length && ranked[0][1] >= 2 && (ranked.length < 2 || ranked[0][1] >= 2 * ranked[1][1]) ? ranked[0][0] : null;
  }

  /**
   * The home country for an actor in this sentence, or null when the text does not settle it. `otherSide`
   * names spans that are no evidence: an armed counterpart's own country ("Israel's military told civilians
   * to go" says nothing of whose civilians).
   */
  of(sentence: number, otherSide: readonly Span[] = []): string | null {
    const all = this.bySentence[sentence] ?? [];
    const here = new Set(all.filter((n) => !otherSide.some((o) => o.start < n.end && n.start < o.end)).map((n) => n.country));
    if (here.size === 1) return [...here][0];
    return here.size > 1 || all.length ? null : this.dominant;
  }

  /** Whether a code is for armed forces or groups, which often act abroad. */
  static armed(code: string | undefined): boolean {
    return (code?.match(/.{3}/g) ?? []).some((b) => sectorKinds().armed.has(b));
  }

  /** Whether a sector-only code ("GOV", "OPPELI") is for people and bodies that act at home. */
  static domestic(code: string): boolean {
    const blocks = code.match(/.{3}/g) ?? [];
    return blocks.length > 0 && blocks.every((b) => sectorKinds().domestic.has(b));
  }
}
