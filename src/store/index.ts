// The store's public surface.
export { openStore, resolveDbPath, type Store, type OpenOptions } from "./open.js";
export { saveAnalysis, type SaveResult } from "./save.js";
export {
  listArticles, findArticle, articleDetail, listEvents, tableCounts, likeEscape,
  type ArticleSummary, type ArticleQuery, type EventFilter, type ArticleDetail,
} from "./queries.js";
export { startRun, finishRun, listRuns, type RunCounts } from "./runs.js";
export type { StoredEvent } from "./events-read.js";
export type { Database, ArticleRow, EventRow, MentionRow, RunRow } from "./schema.js";
