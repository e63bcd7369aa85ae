// Rules of the pairs stage: actors named without a country get one from the clause or the text, and the
// (source, target) pairs of an event are formed.
import type { EventActor, EventPlace } from "../../text/annotations.js";
import { defineRule, type Rule, type RuleSwitch } from "../../rules/rule.js";
import { isConsultation } from "../ontology.js";
import { HomeCountries } from "../home-country.js";
import { isGeneric, traced, type Participant } from "../participant.js";
import { inCountry } from "../../actors/codes.js";
import type { VerbPattern } from "../lexicon-types.js";
import { JOINT_SUBJECT_TOGETHER, mutual } from "./targets.js";

/** One (source, target) pair of an event with its code and the pair rules that made it. */
export interface Pair {
  source: Participant | null;
  target: Participant | null;
  code: string;
  rules: string[];
}


export const LOCAL_COUNTRY = defineRule({
  id: "pairs.local-country",
  stage: "pairs",
  description: "a sector-only actor in a clause that names where it happened belongs to that place's country",
  example: "Troops killed ten people in Nairobi.",
  apply(p: Participant, place: EventPlace | null): Participant {
    if (!p.coded || !isGeneric(p.actor) || !place?.country || !p.actor.code) return p;
    return traced({ ...p, actor: inCountry(p.actor, place.country) }, LOCAL_COUNTRY.id);
  },
});

export const HOME_COUNTRY = defineRule({
  id: "pairs.home-country",
  stage: "pairs",
  description: "a sector-only actor of a domestic kind in a text about one country belongs to it, unless that makes it the actor on the other side",
  example: "The government arrested opposition leaders. Algeria has seen weeks of protests in Algiers.",
  apply(ps: Participant[], home: string | null, others: Participant[]): Participant[] {
    if (!home) return ps;
    return ps.map((p) => {
      if (!p.coded || !isGeneric(p.actor) || !p.actor.code || !HomeCountries.domestic(p.actor.code)) return p;
      const actor = inCountry(p.actor, home);
      if (others.some((o) => o.actor.code === actor.code)) return p;
      return traced({ ...p, actor }, HOME_COUNTRY.id);
    });
  },
});

export const EACH_PARTY_WITH_EACH = defineRule({
  id: "pairs.each-party-with-each",
  stage: "pairs",
  description: "consultations among several named parties with no other target are mutual: each party with each other one",
  example: "Delegations from Hamas, Israel, the U.S., Egypt and Qatar held talks in Cairo.",
  apply(coded: Participant[]): [Participant, Participant][] {
    const out: [Participant, Participant][] = [];
    for (const a of coded) for (const b of coded) if (!sameActor(a.actor, b.actor)) out.push([a, b]);
    return out;
  },
});

export const NO_CONSULTATION_AT_HOME = defineRule({
  id: "pairs.no-consultation-at-home",
  stage: "pairs",
  description: "travelling to or meeting one's own country is no contact between actors",
  example: "Before heading back to the US, Blinken met Netanyahu.",
  /** Whether the pair is a consultation of an actor with its own country. */
  apply: (code: string, s: EventActor, t: EventActor): boolean => isConsultation(code) && !!s.country && t.code === t.country && s.country === t.country,
});

export const OWN_COUNTRY_NO_TARGET = defineRule({
  id: "pairs.own-country-no-target",
  stage: "pairs",
  description: "beside another target, the source's own country named as a bare state or place ('tariffs on Canadian exports to the U.S.' by Trump) is not what the act is aimed at",
  example: "Biden imposed tariffs on Canadian and Mexican exports to the U.S.",
  /** Whether target t is only the source's own country (s's country, with no sector of its own) and not s itself. */
  apply: (s: EventActor, t: EventActor): boolean => !!s.country && !!t.code && t.code === t.country && s.country === t.country && s.code !== t.code,
});

export const OWN_PLACE_NO_TARGET = defineRule({
  id: "pairs.own-place-no-target",
  stage: "pairs",
  description: "a target that is only the source's own place leaves the act without a target, not undone",
  example: "Rebels in the Ivory Coast blocked transport into Abidjan.",
  apply: (code: string): boolean => !isConsultation(code),
});

export const PLACE_FOR_UNNAMED_SOURCE = defineRule({
  id: "pairs.place-for-unnamed-source",
  stage: "pairs",
  description: "an act on a named target whose doer is not named (a bomb, an attempt, an agentless passive) is credited to the country of the place the clause puts it in, as PLOVER codes the location when no actor is named",
  example: "A journalist has been killed in a car bomb explosion in eastern Beirut.",
  conventions: ["builtin"],
  /** The place standing in for the source, when the pair has a coded target and no coded source, and the target is not that same place. */
  apply(pair: Pair, place: Participant | null): Pair {
    if (pair.source?.coded || !pair.target?.coded || !place) return pair;
    const t = pair.target.actor;
    if (t.start < place.actor.end && place.actor.start < t.end) return pair;
    return { ...pair, source: place, rules: [...pair.rules, PLACE_FOR_UNNAMED_SOURCE.id] };
  },
});

export const REVERSE_CODE = defineRule({
  id: "pairs.reverse-code",
  stage: "pairs",
  description: "a two-sided dictionary code [a:b] also codes the target answering the source with the second code",
  example: "The Gondor president left for Minas Tirith on Monday.",
  /** The answering pair, when the pattern has a second code and both sides are named. */
  apply: (p: VerbPattern, s: Participant | null, t: Participant | null): Pair | null =>
    p.reverseCode && s?.coded && t ? { source: t, target: s, code: p.reverseCode, rules: [REVERSE_CODE.id] } : null,
});

/** Distinct parties among participants (a name the parser split into two subjects is one party). */
export function partyCount(ps: Participant[]): number {
  return new Set(ps.map(actorKey)).size;
}

/** Two mentions with one code ("Netanyahu and Israeli officials", both ISRGOV) give one event. */
export function actorKey(p: Participant | null): string {
  return p ? p.actor.code ?? `${p.actor.start}:${p.actor.end}` : "-";
}

export function sameActor(a: EventActor, b: EventActor): boolean {
  return (a.start === b.start && a.end === b.end) || (!!a.code && a.code === b.code);
}

/**
 * The (source, target) pairs of an event: each coded source with each target, never an actor with itself;
 * consultations among several named parties with no target are mutual (pairs.each-party-with-each), and
 * so are the other joint acts of an active joint subject (targets.joint-subject-together; by-agents of a passive are not one).
 */
export function formPairs(sources: Participant[], targets: Participant[], pattern: VerbPattern, rules: RuleSwitch, passive = false): Pair[] {
  const coded = sources.filter((p) => p.coded);
  const out: Pair[] = [];
  // only beside another target: a domestic act with no other party keeps its country as the target (as PLOVER codes it)
  const own = (s: Participant, t: Participant) => rules.on(OWN_COUNTRY_NO_TARGET) && OWN_COUNTRY_NO_TARGET.apply(s.actor, t.actor)
    && targets.some((o) => o !== t && !sameActor(s.actor, o.actor) && !OWN_COUNTRY_NO_TARGET.apply(s.actor, o.actor));
  const add = (s: Participant | null, t: Participant | null, ids: string[] = []) => {
    out.push({ source: s, target: t, code: pattern.code, rules: ids });
    const back = rules.on(REVERSE_CODE) ? REVERSE_CODE.apply(pattern, s, t) : null;
    if (back) out.push(back);
  };
  if (!targets.length && partyCount(coded) > 1 && mutual(pattern, passive ? undefined : rules) && rules.on(EACH_PARTY_WITH_EACH)) {
    const joint = !mutual(pattern) ? [JOINT_SUBJECT_TOGETHER.id] : [];
    for (const [a, b] of EACH_PARTY_WITH_EACH.apply(coded)) add(a, b, [EACH_PARTY_WITH_EACH.id, ...joint]);
    return out;
  }
  const srcList: (Participant | null)[] = coded.length ? coded : sources.length ? [sources[0]] : [null];
  const tgtList: (Participant | null)[] = targets.length ? targets : [null];
  for (const s of srcList) {
    const before = out.length;
    for (const t of tgtList) {
      if (!s?.coded && !t) continue;
      if (s && t && sameActor(s.actor, t.actor)) continue;
      if (s && t && rules.on(NO_CONSULTATION_AT_HOME) && NO_CONSULTATION_AT_HOME.apply(pattern.code, s.actor, t.actor)) continue;
      if (s && t && own(s, t)) continue;
      add(s, t);
    }
    // a trip home stays no contact (pairs.no-consultation-at-home)
    if (out.length === before && s?.coded && rules.on(OWN_PLACE_NO_TARGET) && OWN_PLACE_NO_TARGET.apply(pattern.code)
      && tgtList.every((t) => t && sameActor(s.actor, t.actor))) add(s, null, [OWN_PLACE_NO_TARGET.id]);
  }
  return out;
}

export const pairRules: readonly Rule[] = [LOCAL_COUNTRY, HOME_COUNTRY, EACH_PARTY_WITH_EACH, NO_CONSULTATION_AT_HOME, OWN_COUNTRY_NO_TARGET, OWN_PLACE_NO_TARGET, PLACE_FOR_UNNAMED_SOURCE, REVERSE_CODE];
