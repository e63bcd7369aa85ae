// A participant of an event: an actor (or place, or bare noun phrase) found for an argument of a frame,
// with how it was found and the rules that found or changed it.
import type { EventActor, Mention } from "../text/annotations.js";

export interface Participant {
  actor: EventActor;
  /** True when the participant carries a code (a resolved actor, or a place with a country). */
  coded: boolean;
  /** How it was found, for confidence and auditing. */
  via: "mention" | "appos" | "modifier" | "place" | "pronoun" | "owner" | "text";
  /** Ids of the rules that found or changed it. */
  rules?: string[];
}

/** The participant with one more rule id in its trace. */
export function traced(p: Participant, id: string): Participant {
  return { ...p, rules: [...p.rules ?? [], id] };
}

/** A sector-only actor ("CVL" for "people", "GOV" for "delegations"): no country, no organisation. */
export function isGeneric(a: { country?: string | null; org?: string | null; code?: string }): boolean {
  return !a.country && !a.org;
}

/**
 * A mention as a participant. An unknown name the resolver placed in a country ("Iraqi Kurds", "the
 * US Predator") has no code of its own but counts as coded by that country, as PETRARCH codes it.
 */
export function fromMention(m: Mention, via: Participant["via"]): Participant {
  const actor: EventActor = { text: m.text, start: m.start, end: m.end };
  if (m.actor) Object.assign(actor, m.actor);
  else if (m.country) actor.country = m.country;
  return { actor, coded: m.actor !== null || !!m.country, via };
}
