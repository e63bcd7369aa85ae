// Every API route, in one table: the server registers these and the OpenAPI document describes them.
// Features on other branches (negotiations, stories) add their own array here, one per line, so
// merges stay clean; a route is only listed when its data exists in the store.
import { articleRoutes } from "./routes-articles.js";
import { eventRoutes } from "./routes-events.js";
import { figureRoutes } from "./routes-figures.js";
import { talkRoutes } from "./routes-talks.js";
import type { RouteDef } from "./route.js";

export const routeGroups: RouteDef[][] = [
  eventRoutes,
  articleRoutes,
  figureRoutes,
  talkRoutes,
];

export function allRoutes(): RouteDef[] {
  return routeGroups.flat();
}
