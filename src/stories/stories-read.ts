// Stories and a story's timeline as `parley stories` / `parley timeline --story` and the API give them:
// the clusters read from the store once, grouped into stories with the same --days.
import type { Kysely } from "kysely";
import type { Database } from "../store/schema.js";
import { loadOntology } from "../events/ontology.js";
import { UserError } from "../errors.js";
import { readClusters, type StoredCluster } from "./clusters-read.js";
import { buildStories, type Story } from "./stories.js";

export interface StoryQuery {
  days: number;
  /** Only stories of at least this many articles. */
  minArticles?: number;
}

export async function readStories(db: Kysely<Database>, q: StoryQuery): Promise<Story[]> {
  return storiesOf(await readClusters(db), q);
}

export function storiesOf(clusters: StoredCluster[], q: StoryQuery): Story[] {
  return buildStories(clusters, loadOntology(), { days: q.days }).filter((s) => s.articles.length >= (q.minArticles ?? 1));
}

/** The story with this id (case-insensitive) among the clusters' stories; a UserError naming it if none. */
export function findStory(clusters: StoredCluster[], id: string, days: number): Story {
  const story = storiesOf(clusters, { days }).find((s) => s.id.toLowerCase() === id.toLowerCase());
  if (!story) throw new UserError(`no story "${id}" (parley stories lists them)`);
  return story;
}
