// The figures route: `parley figures` as JSON, listed, as series or as conflicting claims.
import { figureJson } from "../export/figures.js";
import { figureConflicts, figureSeries, HEADLINE_RULES, type HeadlineRule } from "../facts/series.js";
import { listFigures, type FigureFilter } from "../store/figures-read.js";
import { findArticle } from "../store/queries.js";
import { FIGURE_FILTER_PARAMS, PAGE_PARAMS } from "./params.js";
import type { RouteDef } from "./route.js";

export const figureRoutes: RouteDef[] = [
  {
    method: "get", path: "/api/figures", summary: "Figures (killed, hostages, displaced, …) with the `parley figures` filters; as a list, series or conflicts",
    description: "view=list pages the figures; view=series and view=conflicts group every matching figure as --series and --conflicts do.",
    query: [
      ...FIGURE_FILTER_PARAMS, ...PAGE_PARAMS,
      { name: "view", type: "string", description: "list (default), series or conflicts", enum: ["list", "series", "conflicts"] },
      { name: "headline", type: "string", description: "headline rule for view=conflicts", enum: Object.keys(HEADLINE_RULES) },
    ],
    async handle({ query, services: { db } }) {
      const filter: FigureFilter = {
        kind: query.kind as string | undefined, claimant: query.claimant as string | undefined,
        since: query.since as string | undefined, until: query.until as string | undefined,
        allVersions: query.allVersions as boolean | undefined,
        article: typeof query.article === "string" ? (await findArticle(db, query.article)).id : undefined,
      };
      const figures = await listFigures(db, filter);
      if (query.view === "series") {
        return { json: { series: figureSeries(figures).map((s) => ({ ...s, figures: s.figures.map(figureJson) })) } };
      }
      if (query.view === "conflicts") {
        const rule = (query.headline ?? "conservative") as HeadlineRule;
        return { json: { conflicts: figureConflicts(figures, rule).map((c) => ({ ...c, headline: figureJson(c.headline), figures: c.figures.map(figureJson) })) } };
      }
      const offset = query.offset as number;
      const limit = query.limit as number;
      return { json: { total: figures.length, offset, limit, figures: figures.slice(offset, offset + limit).map(figureJson) } };
    },
  },
];
