// How alike two event mentions are: a score and the features that agreed, or null when something rules
// the pair out (codes of unrelated kinds, actors of different countries, dates too far apart, places in
// different countries, a factual and a non-factual mention). Pure: the store-level pass feeds it rows.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dataDir } from "../paths.js";

/** The parts of an event the linker compares. */
export interface Mention {
  id: number;
  articleId: string;
  /** The article's reference date (YYYY-MM-DD). */
  articleDate: string;
  sentence: number;
  triggerStart: number;
  cameo: string;
  root: string;
  source: ActorKey | null;
  target: ActorKey | null;
  date: string | null;
  dateEnd: string | null;
  /** "clause" / "inherited" (the text gives it) or "reference" (the article's date stood in). */
  dateResolution: string;
  place: { name: string | null; country: string | null; origin: string | null } | null;
  modality: string;
}

export interface ActorKey {
  code: string | null;
  country: string | null;
}

export interface LinkOptions {
  /** Lowest score that links two mentions (0..1). */
  threshold: number;
  /** Days a date may be off and still match (a later report of the same event). */
  days: number;
  /**
   * Most stored events a new mention is scored against, per date query: the latest ones of its window.
   * A wire day holds thousands of events of one root in the same three days; scoring all of them made
   * each article's linking cost grow with the store. Clusters link single-link, so a cluster's recent
   * mentions stand for it.
   */
  candidates: number;
}

export const DEFAULT_LINK_OPTIONS: LinkOptions = { threshold: 0.7, days: 3, candidates: 500 };

export interface LinkScore {
  score: number;
  reasons: string[];
}

interface LinkData {
  families: string[][];
  symmetric: string[];
}

let data: LinkData | undefined;
function linkData(): LinkData {
  return (data ??= JSON.parse(readFileSync(join(dataDir, "stories", "link.json"), "utf8")) as LinkData);
}

/** Roots that may share a cluster with `root` (itself, and its family). */
export function compatibleRoots(root: string): string[] {
  return linkData().families.find((f) => f.includes(root)) ?? [root];
}

const FACTUAL = new Set(["asserted", "reported"]);
export const isFactual = (modality: string): boolean => FACTUAL.has(modality);

type ActorMatch = "same" | "same-country" | "compatible" | "country" | "weak" | "unknown" | "conflict";

/** A code that is only a country (ISR, SOM): it fits every actor of that country, so it says less. */
const bareCountry = (a: ActorKey) => a.code === a.country;

function actorMatch(a: ActorKey | null, b: ActorKey | null): ActorMatch {
  const ca = a?.code ?? null, cb = b?.code ?? null;
  if (!ca || !cb) return a?.country && b?.country && a.country !== b.country ? "conflict" : "unknown";
  if (ca === cb) return bareCountry(a!) ? "same-country" : "same";
  if (a!.country && b!.country && a!.country !== b!.country) return "conflict";
  if (ca.startsWith(cb) || cb.startsWith(ca)) return bareCountry(a!) || bareCountry(b!) ? "country" : "compatible";
  // a sector-only code (REB, MIL) inside a full one (SOMREBSHB)
  if ((!a!.country && cb.includes(ca)) || (!b!.country && ca.includes(cb))) return "compatible";
  return a!.country && a!.country === b!.country ? "weak" : "unknown";
}

const ACTOR_POINTS: Record<ActorMatch, number> = { same: 0.175, "same-country": 0.125, compatible: 0.15, country: 0.1, weak: 0, unknown: 0, conflict: -1 };

function dyadScore(a: Mention, b: Mention): { points: number; reason: string } | null {
  const straight = [actorMatch(a.source, b.source), actorMatch(a.target, b.target)];
  const options = [straight];
  if (linkData().symmetric.includes(a.root)) options.push([actorMatch(a.source, b.target), actorMatch(a.target, b.source)]);
  let best: { points: number; reason: string } | null = null;
  options.forEach(([s, t], k) => {
    if (s === "conflict" || t === "conflict") return;
    const points = ACTOR_POINTS[s] + ACTOR_POINTS[t];
    if (!best || points > best.points) best = { points, reason: `dyad:${s}/${t}${k ? ":swapped" : ""}` };
  });
  return best;
}

const DAY = 86_400_000;
const dayNumber = (iso: string) => Date.parse(iso.slice(0, 10) + "T00:00:00Z") / DAY;

/** The days a mention may be about: its own range, or for an article-dated one the few days before the article. */
function dayRange(m: Mention, days: number): [number, number] | null {
  if (!m.date) return null;
  const start = dayNumber(m.date), end = dayNumber(m.dateEnd ?? m.date);
  return m.dateResolution === "reference" ? [start - days, end] : [start, end];
}

function dateScore(a: Mention, b: Mention, days: number): { points: number; reason: string } | null {
  const ra = dayRange(a, days), rb = dayRange(b, days);
  if (!ra || !rb) return { points: 0, reason: "date:unknown" };
  const gap = Math.max(ra[0], rb[0]) - Math.min(ra[1], rb[1]);
  if (a.dateResolution !== "reference" && b.dateResolution !== "reference" && ra[0] === rb[0] && ra[1] === rb[1]) return { points: 0.3, reason: "date:same" };
  // An article's own date stands in for "today" or "this week": two such mentions in one article
  // share their context, in two articles they only share a few days.
  const given = (a.dateResolution !== "reference" ? 1 : 0) + (b.dateResolution !== "reference" ? 1 : 0);
  if (gap <= 0) return { points: given === 2 ? 0.25 : given === 1 || a.articleId === b.articleId ? 0.2 : 0.15, reason: "date:overlap" };
  if (gap <= days) return { points: 0.05, reason: `date:${gap}d` };
  return null;
}

function placeScore(a: Mention, b: Mention): { points: number; reason: string } | null {
  // Datelines say where the reporter was, not where the event happened: only clause places count.
  const pa = a.place?.origin === "clause" ? a.place : null, pb = b.place?.origin === "clause" ? b.place : null;
  if (!pa || !pb) return { points: 0, reason: "" };
  if (pa.name && pa.name === pb.name) return { points: 0.15, reason: "place" };
  if (pa.country && pb.country && pa.country !== pb.country) return null;
  return { points: pa.country && pa.country === pb.country ? 0.05 : 0, reason: pa.country ? "place:country" : "" };
}

function codeScore(a: Mention, b: Mention): { points: number; reason: string } | null {
  if (a.cameo === b.cameo) return { points: 0.35, reason: "code" };
  if (a.cameo.slice(0, 3) === b.cameo.slice(0, 3)) return { points: 0.3, reason: "code:base" };
  if (a.root === b.root) return { points: 0.25, reason: "code:root" };
  if (compatibleRoots(a.root).includes(b.root)) return { points: 0.15, reason: "code:family" };
  return null;
}

/** The score of linking `a` and `b`, with its reasons; null when the pair cannot be one event. */
export function linkScore(a: Mention, b: Mention, o: LinkOptions = DEFAULT_LINK_OPTIONS): LinkScore | null {
  // The rows one clause gives for several actors (five delegations at one table) are one mention.
  if (a.articleId === b.articleId && a.triggerStart === b.triggerStart) return { score: 1, reasons: ["same-trigger"] };
  // A negated or hypothetical mention never joins a reported event, nor another such mention.
  if (!isFactual(a.modality) || !isFactual(b.modality)) return null;
  const parts = [codeScore(a, b), dyadScore(a, b), dateScore(a, b, o.days), placeScore(a, b)];
  if (parts.some((p) => p === null)) return null;
  const score = Math.min(1, parts.reduce((s, p) => s + p!.points, 0));
  return { score: Math.round(score * 1000) / 1000, reasons: parts.map((p) => p!.reason).filter(Boolean) };
}

/** A mention of a past event: the text dates it well before the article (two days or more). */
export function isBackground(m: Mention): boolean {
  if (!m.date || m.dateResolution === "reference") return false;
  return dayNumber(m.articleDate) - dayNumber(m.dateEnd ?? m.date) >= 2;
}
