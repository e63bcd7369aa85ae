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
  via: "mention" | "appos" | "modifier" | "place" | "pronoun" | "owner" | "text";
}

/** Relations through which a noun's modifiers can name the actor behind it. */
const MODIFIER_RELS = ["nmod:poss", "nmod", "compound", "amod", "flat", "obl"];

export class Participants {
  /** Token → the mentions it belongs to. A compound mention ("Mediators from the US, Qatar and Egypt") is one span with several actors. */
  private readonly mentionsAt = new Map<number, ActorMention[]>();

  constructor(private readonly tree: Tree, mentions: ActorMention[], private readonly places: PlaceMention[]) {
    const groups = new Map<string, ActorMention[]>();
    for (const m of mentions) {
      const key = `${m.tokenStart}:${m.tokenEnd}:${m.headToken}`;
      const g = groups.get(key);
      if (g) g.push(m);
      else groups.set(key, [m]);
    }
    // a token belongs to the mention whose head it is, else to the shortest mention covering it
    const sorted = [...groups.values()].sort((a, b) => (b[0].tokenEnd - b[0].tokenStart) - (a[0].tokenEnd - a[0].tokenStart));
    for (const g of sorted) for (let t = g[0].tokenStart; t < g[0].tokenEnd; t++) this.mentionsAt.set(t, g);
    for (const g of groups.values()) this.mentionsAt.set(g[0].headToken, g);
  }

  /** The first coded mention at token t, if any. */
  mention(t: number): ActorMention | undefined {
    return this.mentionsAt.get(t)?.find((m) => m.actor);
  }

  /**
   * Coded actors named by the argument headed by h; falls back to an uncoded text participant.
   * A generic actor at the head ("all five delegations" → GOV, no country) gives way to specific ones
   * in its appositions or modifiers ("– Hamas, Israel, the U.S., …").
   */
  of(h: number): Participant[] {
    const here = (this.mentionsAt.get(h) ?? []).filter((m) => m.actor);
    const specific = here.filter((m) => !isGeneric(m.actor!));
    if (specific.length) return dedupe(specific.map((m) => this.resident(fromMention(m, "mention"), m)));
    const tr = this.tree;
    const appos = tr.children(h, "appos").flatMap((k) => tr.conjuncts(k));
    const viaAppos = this.codedAt(appos, "appos");
    if (viaAppos.length) return viaAppos;
    if (here.length) {
      // a generic head's list of members may have been hung lower by the parser
      // ("all five delegations participating in talks on Tuesday – Hamas, Israel, …" under "Tuesday")
      const deep = tr.subtree(h).filter((k) => k !== h && tr.rel(k) === "appos").flatMap((k) => tr.conjuncts(k));
      const viaDeep = this.codedAt(deep, "appos");
      if (viaDeep.length) return viaDeep;
    }
    const place = this.placeAt([h]);
    if (place) return [place];
    let level = [h];
    for (let depth = 0; depth < 2 && level.length; depth++) {
      const next = level.flatMap((k) => tr.childrenExact(k, ...MODIFIER_RELS)).flatMap((k) => tr.conjuncts(k));
      const found: Participant[] = [];
      for (const k of next.filter((x) => !here.some((m) => covers(m, x)))) {
        const mk = this.codedAt([k], "modifier");
        const p = mk.length ? mk : [this.placeAt([k])].filter((x): x is Participant => x !== null);
        found.push(...p.filter((x) => x.coded && !isGeneric(x.actor)));
      }
      if (found.length) return dedupe(qualify(here, found));
      level = next;
    }
    if (here.length) return dedupe(here.map((m) => fromMention(m, "mention")));
    const uncoded = this.mentionsAt.get(h)?.[0];
    if (uncoded) return [fromMention(uncoded, uncoded.country ? "mention" : "text")];
    return [this.textParticipant(h)];
  }

  /**
   * A people named by another country's adjective who live where the text places them: "ethnic Albanian
   * guerrillas operating in Macedonia" are Macedonia's, as are "the Albanians of southern Serbia" Serbia's.
   * "ethnic" looks to the first place of another country in the sentence; otherwise only an "of" phrase counts.
   */
  private resident(p: Participant, m: ActorMention): Participant {
    const a = m.actor;
    if (!a?.country || a.org || a.person) return p;
    const tr = this.tree;
    const sent = tr.tok(m.tokenStart).sent;
    const ethnic = [m.tokenStart, m.tokenStart - 1].some((k) => k >= 0 && tr.tok(k).sent === sent && tr.lower(k) === "ethnic");
    let where: string | null = null;
    if (ethnic) {
      const { start, end } = tr.doc.sentences[sent];
      where = this.places.find((pl) => pl.start >= start && pl.end <= end && pl.country && pl.country !== a.country)?.country ?? null;
    } else {
      const of = tr.childrenExact(m.headToken, "nmod").filter((k) => tr.caseWord(k) === "of");
      where = this.placeAt(of.flatMap((k) => tr.subtree(k)))?.actor.country ?? null;
      if (where === a.country) where = null;
    }
    if (!where) return p;
    // a people with no sector of its own is a population there, not that state
    return { ...p, actor: { ...p.actor, code: where + (a.code.slice(3) || "CVL"), country: where } };
  }

  /** The noun phrase headed by h as an uncoded participant ("residents"). */
  textParticipant(h: number): Participant {
    const { start, end, text } = this.tree.phrase(h);
    return { actor: { text, start, end }, coded: false, via: "text" };
  }

  private codedAt(tokens: number[], via: Participant["via"]): Participant[] {
    const out: Participant[] = [];
    for (const k of tokens) for (const m of this.mentionsAt.get(k) ?? []) if (m.actor || m.country) out.push(this.resident(fromMention(m, via), m));
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

/**
 * A sector-only head whose modifier lies inside another country's agent takes that country: "lawmakers and
 * officials in Arnor" with "in Arnor" hung on "lawmakers" → ARNLEG, not the officials' ARNGOV. A bare place
 * stays as found ("its forces in Lebanon" are not Lebanese forces).
 */
function qualify(here: ActorMention[], found: Participant[]): Participant[] {
  const generic = here.filter((m) => m.actor && isGeneric(m.actor) && m.actor.sectors.length);
  if (!generic.length) return found;
  return found.flatMap((f) => {
    const a = f.actor;
    if (!a.country || a.org || !a.sectors?.length) return [f];
    return generic.map((m) => {
      const sectors = m.actor!.sectors;
      return { ...fromMention(m, "modifier"), actor: { ...fromMention(m, "modifier").actor, code: a.country + sectors.join(""), country: a.country, sectors } };
    });
  });
}

function covers(m: ActorMention, k: number): boolean {
  return k >= m.tokenStart && k < m.tokenEnd;
}

/** A sector-only actor ("CVL" for "people", "GOV" for "delegations"): no country, no organisation. */
export function isGeneric(a: { country?: string | null; org?: string | null; code?: string }): boolean {
  return !a.country && !a.org;
}

/**
 * A mention as a participant. An unknown name the resolver placed in a country ("Iraqi Kurds", "the
 * US Predator") has no code of its own but counts as coded by that country, as PETRARCH codes it.
 */
export function fromMention(m: ActorMention, via: Participant["via"]): Participant {
  const actor: EventActor = { text: m.text, start: m.start, end: m.end };
  if (m.actor) Object.assign(actor, m.actor);
  else if (m.country) actor.country = m.country;
  return { actor, coded: m.actor !== null || !!m.country, via };
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
