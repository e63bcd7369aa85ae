// Counting events for the dashboard's views: per day and QuadClass, per actor and dyad, per place.
import type { EventFacts } from "../store/queries.js";

type Quad = { q1: number; q2: number; q3: number; q4: number };
const zero = (): Quad => ({ q1: 0, q2: 0, q3: 0, q4: 0 });
const bump = (c: Quad, quadClass: number) => {
  const k = `q${quadClass}` as keyof Quad;
  if (k in c) c[k]++;
};

export interface TimelineDay extends Quad { date: string; total: number }

/** Events per day by QuadClass (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict). */
export function timeline(events: EventFacts[]): { days: TimelineDay[]; undated: number } {
  const days = new Map<string, TimelineDay>();
  let undated = 0;
  for (const e of events) {
    if (!e.date) {
      undated++;
      continue;
    }
    let d = days.get(e.date);
    if (!d) days.set(e.date, (d = { date: e.date, total: 0, ...zero() }));
    d.total++;
    bump(d, e.quadClass);
  }
  return { days: [...days.values()].sort((a, b) => a.date.localeCompare(b.date)), undated };
}

type Side = NonNullable<EventFacts["source"]>;

/** An actor's key: its full code, else its country, else its words (lower case). */
export function actorKey(a: Side): string {
  return a.code ?? a.country ?? a.text.toLowerCase();
}

export interface ActorNode { key: string; label: string; country: string | null; events: number; asSource: number; asTarget: number }
export interface Dyad { source: string; target: string; events: number; cooperation: number; conflict: number }

/** Actors as nodes (labelled by their most frequent words) and source→target dyads with cooperation/conflict counts. */
export function network(events: EventFacts[]): { actors: ActorNode[]; dyads: Dyad[] } {
  const nodes = new Map<string, ActorNode & { texts: Map<string, number> }>();
  const dyads = new Map<string, Dyad>();
  const node = (a: Side) => {
    const key = actorKey(a);
    let n = nodes.get(key);
    if (!n) nodes.set(key, (n = { key, label: a.text, country: a.country, events: 0, asSource: 0, asTarget: 0, texts: new Map() }));
    n.texts.set(a.text, (n.texts.get(a.text) ?? 0) + 1);
    return n;
  };
  for (const e of events) {
    const s = e.source ? node(e.source) : null;
    const t = e.target ? node(e.target) : null;
    if (s) { s.events++; s.asSource++; }
    if (t && t !== s) t.events++;
    if (t) t.asTarget++;
    if (!s || !t || s === t) continue;
    const id = `${s.key}\u0000${t.key}`;
    let d = dyads.get(id);
    if (!d) dyads.set(id, (d = { source: s.key, target: t.key, events: 0, cooperation: 0, conflict: 0 }));
    d.events++;
    if (e.quadClass <= 2) d.cooperation++;
    else d.conflict++;
  }
  const actors = [...nodes.values()].map(({ texts, ...n }) => ({
    ...n, label: [...texts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0],
  }));
  actors.sort((a, b) => b.events - a.events || a.key.localeCompare(b.key));
  return { actors, dyads: [...dyads.values()].sort((a, b) => b.events - a.events || a.source.localeCompare(b.source) || a.target.localeCompare(b.target)) };
}

export interface PlaceCount extends Quad { name: string | null; country: string | null; lat: number | null; lon: number | null; events: number }

/** Events per place (name and country), with coordinates where the gazetteer gave them. */
export function places(events: EventFacts[]): PlaceCount[] {
  const out = new Map<string, PlaceCount>();
  for (const e of events) {
    if (!e.place) continue;
    const id = `${e.place.name ?? ""}\u0000${e.place.country ?? ""}`;
    let p = out.get(id);
    if (!p) out.set(id, (p = { name: e.place.name, country: e.place.country, lat: e.place.lat, lon: e.place.lon, events: 0, ...zero() }));
    p.events++;
    bump(p, e.quadClass);
  }
  return [...out.values()].sort((a, b) => b.events - a.events);
}
