// Figures across articles. A series is one measure followed over time: the same kind, people, place and
// claimant, and the same period type (a running total, or one incident), listed by as-of date (a ministry's
// death toll rising from article to article). Conflicting figures are the same kind, people and period
// claimed with different values, by different claimants or by one claimant in different articles; each
// group states a headline figure by a rule (HEADLINE_RULES), as monitors such as ACLED do.
import type { EventActor, Figure } from "../text/annotations.js";
import { headWord, phraseWords } from "./words.js";

/** What the grouping needs of a stored figure. */
export interface GroupedFigure extends Figure {
  id: number;
  articleId: string;
  article: { date: string };
}

export interface Series<F extends GroupedFigure> {
  kind: string;
  people: string;
  place: string;
  claimant: string;
  period: "incident" | "cumulative";
  /** By as-of date, then article date. */
  figures: F[];
}

export interface Conflict<F extends GroupedFigure> {
  kind: string;
  people: string;
  period: string;
  figures: F[];
  headline: F;
  rule: HeadlineRule;
}

export const HEADLINE_RULES = {
  /** The lowest value claimed (the conservative reading, as ACLED codes fatalities); ties go to the most recent. */
  conservative: "the lowest value claimed; ties go to the most recent",
  /** The most recent value of the claimant cited most often in the group; ties go to the more recent claimant. */
  latest: "the most recent value from the most-cited claimant",
} as const;
export type HeadlineRule = keyof typeof HEADLINE_RULES;

/** The people of a figure by their head word: claimants describe the same victims with other codes ("people" CVL, PSECVL). */
export const peopleKey = (a: EventActor | null): string => headWord(a?.text) ?? "";
export const claimantKey = (a: EventActor | null): string => a?.code ?? (a ? phraseWords(a.text).join(" ") : "");
const placeKey = (f: Figure): string => f.place?.country ?? f.place?.name.toLowerCase() ?? "";

/** Oldest first: as-of date, then the article's date, then store order. */
export function chronological<F extends GroupedFigure>(a: F, b: F): number {
  return a.asOf.localeCompare(b.asOf) || a.article.date.localeCompare(b.article.date) || a.id - b.id;
}

function groups<F extends GroupedFigure>(figures: F[], key: (f: F) => string): F[][] {
  const by = new Map<string, F[]>();
  for (const f of figures) {
    const k = key(f);
    const list = by.get(k);
    if (list) list.push(f);
    else by.set(k, [f]);
  }
  return [...by.values()].map((g) => g.sort(chronological));
}

/** The series with at least `min` figures (default 2: a series of one is a single report). */
export function figureSeries<F extends GroupedFigure>(figures: F[], min = 2): Series<F>[] {
  // an incident's series is its own: reports of one day's toll, not of different incidents
  const key = (f: F) => [f.kind, peopleKey(f.subjects), placeKey(f), claimantKey(f.claimant), f.period.type, f.period.type === "incident" ? f.period.start ?? "" : ""].join("\u0000");
  return groups(figures, key).filter((g) => g.length >= min).map((g) => ({
    kind: g[0].kind, people: peopleKey(g[0].subjects), place: placeKey(g[0]), claimant: claimantKey(g[0].claimant),
    period: g[0].period.type, figures: g,
  }));
}

/** The period a figure speaks for: an incident's dates, or a running total as of its date. */
export function periodKey(f: Figure): string {
  return f.period.type === "cumulative" ? `total as of ${f.asOf}` : `${f.period.start ?? ""}${f.period.end ? `…${f.period.end}` : ""}`;
}

/** Groups of the same kind, people and period whose values differ, each with its headline figure. */
export function figureConflicts<F extends GroupedFigure>(figures: F[], rule: HeadlineRule = "conservative"): Conflict<F>[] {
  const key = (f: F) => [f.kind, peopleKey(f.subjects), periodKey(f)].join("\u0000");
  return groups(figures, key)
    .filter((g) => new Set(g.map((f) => f.value.best)).size > 1
      && (new Set(g.map((f) => claimantKey(f.claimant))).size > 1 || new Set(g.map((f) => f.articleId)).size > 1))
    .map((g) => ({ kind: g[0].kind, people: peopleKey(g[0].subjects), period: periodKey(g[0]), figures: g, headline: headline(g, rule), rule }));
}

/** The headline figure of a group by the rule named. */
export function headline<F extends GroupedFigure>(group: F[], rule: HeadlineRule): F {
  const recent = [...group].sort(chronological).reverse();
  if (rule === "conservative") return recent.reduce((best, f) => (f.value.best < best.value.best ? f : best));
  const cites = new Map<string, number>();
  for (const f of group) cites.set(claimantKey(f.claimant), (cites.get(claimantKey(f.claimant)) ?? 0) + 1);
  const most = Math.max(...cites.values());
  // the most recent figure among the most-cited claimants' figures
  return recent.find((f) => cites.get(claimantKey(f.claimant)) === most)!;
}
