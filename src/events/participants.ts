// From an argument head token to the actors it names: the actor mention at the head, else the
// mentions in its appositions and modifiers ("Mediators from the US, Qatar and Egypt", "Hamas' offer",
// "Israeli strikes"), else a place ("Rafah" as the thing seized), else the bare noun phrase.
import type { ActorMention, PlaceMention } from "../actors/types.js";
import type { EventActor } from "./types.js";
import type { Tree } from "./tree.js";

export interface Participant {
  actor: EventActor;
  /** True when the participant carries a code (a resolved actor, or a place with a country). */
  coded: boolean;
  /** How it was found, for confidence and auditing. */
  via: "mention" | "appos" | "modifier" | "place" | "pronoun" | "text";
}

/** Relations through which a noun's modifiers can name the actor behind it. */
const MODIFIER_RELS = ["nmod:poss", "nmod", "compound", "amod", "flat", "obl"];

export class Participants {
  private readonly mentionAt = new Map<number, ActorMention>();

  constructor(private readonly tree: Tree, mentions: ActorMention[], private readonly places: PlaceMention[]) {
    // a token belongs to the mention whose head it is, else to the shortest mention covering it
    const sorted = [...mentions].sort((a, b) => (b.tokenEnd - b.tokenStart) - (a.tokenEnd - a.tokenStart));
    for (const m of sorted) for (let t = m.tokenStart; t < m.tokenEnd; t++) this.mentionAt.set(t, m);
    for (const m of mentions) this.mentionAt.set(m.headToken, m);
  }

  mention(t: number): ActorMention | undefined {
    return this.mentionAt.get(t);
  }

  /** Coded actors named by the argument headed by h; falls back to an uncoded text participant. */
  of(h: number): Participant[] {
    const m = this.mentionAt.get(h);
    if (m?.actor) return [fromMention(m, "mention")];
    const tr = this.tree;
    const appos = tr.children(h, "appos").flatMap((k) => tr.conjuncts(k));
    const viaAppos = this.codedAt(appos, "appos");
    if (viaAppos.length) return viaAppos;
    const place = this.placeAt([h]);
    if (place) return [place];
    let level = [h];
    for (let depth = 0; depth < 2 && level.length; depth++) {
      const next = level.flatMap((k) => tr.childrenExact(k, ...MODIFIER_RELS)).flatMap((k) => tr.conjuncts(k));
      const found: Participant[] = [];
      for (const k of next.filter((x) => !this.covers(m, x))) {
        const mk = this.mentionAt.get(k);
        const p = mk?.actor ? fromMention(mk, "modifier") : this.placeAt([k]);
        if (p?.coded) found.push(p);
      }
      if (found.length) return dedupe(found);
      level = next;
    }
    if (m) return [fromMention(m, "text")];
    return [this.textParticipant(h)];
  }

  /** The noun phrase headed by h as an uncoded participant ("residents"). */
  textParticipant(h: number): Participant {
    const { start, end, text } = this.tree.phrase(h);
    return { actor: { text, start, end }, coded: false, via: "text" };
  }

  private covers(m: ActorMention | undefined, k: number): boolean {
    return !!m && k >= m.tokenStart && k < m.tokenEnd;
  }

  private codedAt(tokens: number[], via: Participant["via"]): Participant[] {
    const out: Participant[] = [];
    for (const k of tokens) {
      const m = this.mentionAt.get(k);
      if (m?.actor) out.push(fromMention(m, via));
    }
    return dedupe(out);
  }

  /** A place mention overlapping one of these tokens, as a participant coded by its country. */
  placeAt(tokens: number[]): Participant | null {
    for (const k of tokens) {
      const t = this.tree.tok(k);
      const p = this.places.find((pl) => pl.start < t.end && t.start < pl.end);
      if (p) {
        return {
          actor: { text: p.text, start: p.start, end: p.end, code: p.country ?? undefined, country: p.country },
          coded: p.country !== null, via: "place",
        };
      }
    }
    return null;
  }
}

export function fromMention(m: ActorMention, via: Participant["via"]): Participant {
  const actor: EventActor = { text: m.text, start: m.start, end: m.end };
  if (m.actor) Object.assign(actor, m.actor);
  return { actor, coded: m.actor !== null, via };
}

/** One participant per span, and one per code ("Gaza … Rafah" both PSE: the first stands for both). */
function dedupe(ps: Participant[]): Participant[] {
  const seen = new Set<string>();
  return ps.filter((p) => {
    const key = p.actor.code ?? `${p.actor.start}:${p.actor.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
