// From an argument head token to the actors it names, in this order of evidence: a specific actor
// mention at the head; else the members listed in its appositions (rule participants.apposition-members);
// a place ("Rafah" as the thing seized); the actors named in its modifiers ("Mediators from the US, Qatar
// and Egypt", "Hamas' offer", "Israeli strikes": participants.modifier-actor); a generic actor at the head;
// else the bare noun phrase, uncoded.
import type { Mention, Place } from "../text/annotations.js";
import type { Tree } from "../clauses/tree.js";
import { RuleSwitch } from "../rules/rule.js";
import { APPOSITION_MEMBERS, MODIFIER_ACTOR, OWN_PHRASE_BEFORE_SENTENCE_PLACE, OWNER_BEFORE_PATIENT, OWNING_COUNTRY, REBELS_WHERE_THEY_OPERATE, RESIDENT_PEOPLE, SECTOR_TAKES_COUNTRY } from "./rules/participants.js";
import { fromMention, isGeneric, traced, type Participant } from "./participant.js";
import { resident as residentCode } from "../actors/codes.js";

export { fromMention, isGeneric, traced, type Participant } from "./participant.js";

export class Participants {
  /** Token → the mentions it belongs to. A compound mention ("Mediators from the US, Qatar and Egypt") is one span with several actors. */
  private readonly mentionsAt = new Map<number, Mention[]>();

  constructor(private readonly tree: Tree, mentions: Mention[], private readonly places: Place[], private readonly rules = new RuleSwitch()) {
    const groups = new Map<string, Mention[]>();
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
  mention(t: number): Mention | undefined {
    return this.mentionsAt.get(t)?.find((m) => m.actor);
  }

  /**
   * Coded actors named by the argument headed by h; falls back to an uncoded text participant.
   * A generic actor at the head ("all five delegations" → GOV, no country) gives way to specific ones
   * in its appositions or modifiers ("– Hamas, Israel, the U.S., …").
   */
  of(h: number): Participant[] {
    const ps = this.named(h);
    if (!this.rules.on(REBELS_WHERE_THEY_OPERATE)) return ps;
    return REBELS_WHERE_THEY_OPERATE.apply(this.tree, h, ps, (k) => this.mention(k)?.actor?.country ?? this.mentionsAt.get(k)?.find((m) => m.country)?.country ?? this.placeAt([k])?.actor.country ?? null);
  }

  /** The actors head h names, in the order of evidence above (before rebels are placed). */
  private named(h: number): Participant[] {
    const here = (this.mentionsAt.get(h) ?? []).filter((m) => m.actor);
    // "Doctors from two American aid groups … to Baghdad University": an agent the resolver placed only by
    // the sentence's one place is sector-only to its own phrase, whose modifiers may say whose it is
    const placed = this.rules.on(OWN_PHRASE_BEFORE_SENTENCE_PLACE) ? OWN_PHRASE_BEFORE_SENTENCE_PLACE.apply(here) : null;
    if (placed) {
      const own = this.namedFrom(h, placed, false);
      if (own.length) return own.map((p) => traced(p, OWN_PHRASE_BEFORE_SENTENCE_PLACE.id));
    }
    return this.namedFrom(h, here, true);
  }

  /** named(h) over the coded mentions `here` at h; with no fallback, [] when neither mention nor phrase names a specific actor. */
  private namedFrom(h: number, here: Mention[], fallback: boolean): Participant[] {
    const specific = here.filter((m) => !isGeneric(m.actor!));
    if (specific.length) return dedupe(specific.map((m) => this.resident(fromMention(m, "mention"), m)));
    if (this.rules.on(APPOSITION_MEMBERS)) {
      const members = APPOSITION_MEMBERS.apply(this.tree, h, here.length > 0).map((heads) => this.codedAt(heads, "appos"));
      const found = members.find((ps) => ps.length);
      if (found) return found.map((p) => traced(p, APPOSITION_MEMBERS.id));
    }
    const place = this.placeAt([h]);
    if (place) return [place];
    if (this.rules.on(MODIFIER_ACTOR)) {
      for (const all of MODIFIER_ACTOR.apply(this.tree, h)) {
        const found: Participant[] = [];
        const ownedBy: Participant[] = [];
        const level = this.rules.on(OWNER_BEFORE_PATIENT) ? OWNER_BEFORE_PATIENT.apply(this.tree, all, (k) => this.codedAt([k], "modifier").some((p) => p.coded) || !!this.placeAt([k])?.coded) : all;
        for (const k of level.filter((x) => !here.some((m) => covers(m, x)))) {
          const mk = this.codedAt([k], "modifier");
          const p = mk.length ? mk : [this.placeAt([k])].filter((x): x is Participant => x !== null);
          const specific = p.filter((x) => x.coded && !isGeneric(x.actor));
          const owned = this.rules.on(OWNING_COUNTRY) ? OWNING_COUNTRY.apply(this.tree, h, k, here, specific) : null;
          if (owned) ownedBy.push(...owned);
          else found.push(...specific);
        }
        // "Taiwan's defense ministry", "U.S. and Israeli officials": every country found owns the agent
        if (ownedBy.length && !found.length) return dedupe(ownedBy);
        found.push(...ownedBy);
        if (!found.length) continue;
        const q = this.rules.on(SECTOR_TAKES_COUNTRY) ? SECTOR_TAKES_COUNTRY.apply(here, found) : null;
        return dedupe(q ?? found).map((p) => traced(p, MODIFIER_ACTOR.id));
      }
    }
    if (!fallback) return [];
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
  private resident(p: Participant, m: Mention): Participant {
    const a = m.actor;
    if (!a?.country || a.org || a.person || !this.rules.on(RESIDENT_PEOPLE)) return p;
    const where = RESIDENT_PEOPLE.apply(this.tree, this.places, m, a.country, (ts) => this.placeAt(ts)?.actor.country ?? null);
    if (!where) return p;
    // a people with no sector of its own is a population there, not that state
    return traced({ ...p, actor: { ...p.actor, code: residentCode(a.code, where), country: where } }, RESIDENT_PEOPLE.id);
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

function covers(m: Mention, k: number): boolean {
  return k >= m.tokenStart && k < m.tokenEnd;
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
