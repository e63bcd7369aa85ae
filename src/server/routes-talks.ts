// Negotiation board and story routes: `parley negotiations --format json`, `parley stories --format json`
// and `parley timeline --story ID --format json`, through the functions those commands call.
import { isoDate, positiveInt } from "../cli/store-access.js";
import { dateBound } from "../cli/filters.js";
import { readBoard } from "../cli/board-read.js";
import { readClusters } from "../stories/clusters-read.js";
import { findStory, readStories } from "../stories/stories-read.js";
import { timeline } from "../stories/timeline.js";
import type { QueryParam } from "./params.js";
import type { RouteDef } from "./route.js";

const DAYS_PARAM: QueryParam = { name: "days", type: "integer", description: "articles about the same main dyad this many days apart share a story (as --days)", default: 7, parse: positiveInt("--days") };

export const talkRoutes: RouteDef[] = [
  {
    method: "get", path: "/api/negotiations", summary: "The negotiation board: processes, proposals with terms and status, responses per party, positions, meetings, earlier agreements",
    description: "The JSON of `parley negotiations --format json` (docs/negotiations.md), with its filters.",
    query: [
      { name: "process", type: "string", description: "only talks whose name contains this or with a party of this key (Hamas, ISR)" },
      { name: "since", type: "string", description: "articles dated YYYY-MM-DD or later", parse: isoDate("--since") },
      { name: "until", type: "string", description: "articles dated YYYY-MM-DD or earlier", parse: isoDate("--until") },
      { name: "article", type: "string", description: "one article (id or unique prefix)" },
      { name: "allVersions", type: "boolean", description: "include superseded article versions" },
    ],
    async handle({ query, services: { db } }) {
      return { json: await readBoard(db, query) };
    },
  },
  {
    method: "get", path: "/api/stories", summary: "Articles grouped into stories by shared event clusters, actors and time, as `parley stories` groups them",
    query: [DAYS_PARAM, { name: "minArticles", type: "integer", description: "only stories of at least this many articles", default: 1, parse: positiveInt("--min-articles") }],
    async handle({ query, services: { db } }) {
      return { json: { stories: await readStories(db, { days: query.days as number, minArticles: query.minArticles as number }) } };
    },
  },
  {
    method: "get", path: "/api/stories/{id}/timeline", summary: "One story's event clusters in date order with their mentions, as `parley timeline --story ID`",
    query: [
      DAYS_PARAM,
      { name: "since", type: "string", description: "clusters dated on or after YYYY-MM-DD (or from the start of YYYY-MM / YYYY)", parse: dateBound("--since", "start") },
      { name: "all", type: "boolean", description: "also clusters whose mentions are all negated or hypothetical" },
    ],
    async handle({ query, params, services: { db } }) {
      const all = await readClusters(db);
      const story = findStory(all, params.id, query.days as number);
      return { json: { story, clusters: timeline(all, { clusters: new Set(story.clusters), since: query.since as string | undefined, all: query.all as boolean | undefined }) } };
    },
  },
];
