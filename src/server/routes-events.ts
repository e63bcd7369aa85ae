// Event routes: the filtered, paginated list in every export format, and the counts the dashboard
// draws (timeline, actor network, places). All read through src/store/queries.ts.
import countries from "i18n-iso-countries";
import { checkFormat, renderEvents } from "../export/index.js";
import { eventJson } from "../export/json.js";
import { eventFacts, findArticle, pageEvents, type EventFilter } from "../store/queries.js";
import type { Kysely } from "kysely";
import type { Database } from "../store/schema.js";
import { network, places, timeline } from "./aggregate.js";
import { chooseFormat, FORMAT_MEDIA, FORMAT_NAMES } from "./formats.js";
import { EVENT_FILTER_PARAMS, PAGE_PARAMS, type QueryParam } from "./params.js";
import type { RouteDef } from "./route.js";

const FORMAT_PARAM: QueryParam = { name: "format", type: "string", description: "json (default), jsonl, csv, gdelt, plover or table; or ask by Accept", enum: FORMAT_NAMES, parse: checkFormat };
const GDELT_PARAMS: QueryParam[] = [
  { name: "gdeltExtra", type: "boolean", description: "gdelt: parley's columns after the 61" },
  { name: "header", type: "boolean", description: "gdelt: a first line of column names" },
];

/** The EventFilter of a parsed query, with an article prefix resolved to its id. */
export async function eventFilter(db: Kysely<Database>, q: Record<string, unknown>): Promise<EventFilter> {
  const f = { ...q } as EventFilter & Record<string, unknown>;
  for (const k of ["format", "gdeltExtra", "header", "limit", "offset"]) delete f[k];
  if (typeof q.article === "string") f.article = (await findArticle(db, q.article)).id;
  return f;
}

export const eventRoutes: RouteDef[] = [
  {
    method: "get", path: "/api/events", summary: "Coded events, filtered as `parley events` filters them, one page at a time",
    description: "JSON answers {total, offset, limit, events}; other formats answer the page in that format with the total in X-Total-Count.",
    query: [...EVENT_FILTER_PARAMS, ...PAGE_PARAMS, FORMAT_PARAM, ...GDELT_PARAMS],
    produces: FORMAT_NAMES.filter((f) => f !== "json").map((f) => FORMAT_MEDIA[f]),
    async handle({ query, header, services: { db } }) {
      const format = chooseFormat(query.format as string | undefined, header("accept"));
      const filter = await eventFilter(db, query);
      const limit = query.limit as number;
      const offset = query.offset as number;
      const { total, events } = await pageEvents(db, { ...filter, limit, offset });
      if (format === "json") return { json: { total, offset, limit, events: events.map(eventJson) } };
      const notes: string[] = [];
      const text = renderEvents(format, events, { gdeltExtra: query.gdeltExtra as boolean, header: query.header as boolean, note: (l) => notes.push(l) });
      const headers: Record<string, string> = { "X-Total-Count": String(total), "X-Offset": String(offset), "X-Limit": String(limit) };
      if (notes.length) headers["X-Parley-Note"] = notes.join(" ").replace(/[^\x20-\x7e]/g, "?");
      return { text, type: `${FORMAT_MEDIA[format]}; charset=utf-8`, headers };
    },
  },
  {
    method: "get", path: "/api/timeline", summary: "Events per day by QuadClass, with the event filters",
    query: EVENT_FILTER_PARAMS,
    async handle({ query, services: { db } }) {
      return { json: timeline(await eventFacts(db, await eventFilter(db, query))) };
    },
  },
  {
    method: "get", path: "/api/actors", summary: "Actors with their event counts and source→target dyads (cooperation vs conflict), with the event filters",
    query: EVENT_FILTER_PARAMS,
    async handle({ query, services: { db } }) {
      return { json: network(await eventFacts(db, await eventFilter(db, query))) };
    },
  },
  {
    method: "get", path: "/api/places", summary: "Events per place with coordinates and QuadClass counts, with the event filters",
    query: EVENT_FILTER_PARAMS,
    async handle({ query, services: { db } }) {
      // The ISO numeric code is what world maps (Natural Earth, world-atlas) key countries by.
      const counted = places(await eventFacts(db, await eventFilter(db, query)));
      return { json: { places: counted.map((p) => ({ ...p, numeric: p.country ? countries.alpha3ToNumeric(p.country) ?? null : null })) } };
    },
  },
];
