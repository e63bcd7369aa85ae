// Article routes: the list, one article with its text and stand-off annotations, removal, and ingest.
import { eventJson } from "../export/json.js";
import { figureJson } from "../export/figures.js";
import { runIngest } from "../ingest-run.js";
import { articleDetail, listArticles } from "../store/queries.js";
import { listFigures } from "../store/figures-read.js";
import { idsToRemove } from "../store/remove.js";
import { removeArticlesAndRecount } from "../stories/cluster-counts.js";
import { isoDate } from "../cli/store-access.js";
import { HttpError } from "./errors.js";
import { PAGE_PARAMS } from "./params.js";
import type { RouteDef } from "./route.js";

/** Media types POST /api/ingest reads; the body goes through the same reader as `parley ingest -`. */
export const INGEST_TYPES = ["application/json", "application/x-ndjson", "text/plain", "text/html", "text/markdown", "application/rss+xml", "application/atom+xml"];

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/** A JSON body naming only a URL is fetched like `parley ingest URL`; anything else is read as standard input would be. */
function urlOnly(body: string): string | null {
  try {
    const v = JSON.parse(body) as unknown;
    if (v && typeof v === "object" && !Array.isArray(v)) {
      const r = v as Record<string, unknown>;
      if (typeof r.url === "string" && r.text == null && r.html == null) return r.url;
    }
  } catch {
    // not one JSON value: JSON Lines or a document
  }
  return null;
}

export const articleRoutes: RouteDef[] = [
  {
    method: "get", path: "/api/articles", summary: "Stored articles (latest versions unless allVersions), one page at a time",
    query: [{ name: "allVersions", type: "boolean", description: "include superseded versions" }, ...PAGE_PARAMS],
    async handle({ query, services: { db } }) {
      const all = await listArticles(db, { allVersions: query.allVersions as boolean | undefined });
      const offset = query.offset as number;
      const limit = query.limit as number;
      return { json: { total: all.length, offset, limit, articles: all.slice(offset, offset + limit) } };
    },
  },
  {
    method: "get", path: "/api/articles/{id}", summary: "One article (id or unique prefix): its text with stand-off sentences, mentions, events and figures",
    description: "Every span is a [start, end) character offset into `article.text`.",
    async handle({ params, services: { db } }) {
      const d = await articleDetail(db, params.id);
      const a = d.article;
      const figures = (await listFigures(db, { article: a.id })).sort((x, y) => x.idx - y.idx);
      return {
        json: {
          article: {
            id: a.id, title: a.title, url: a.url, source: a.source, publisher: a.publisher, byline: a.byline, date: a.ref_date,
            dateOrigin: a.date_origin, version: a.version, latest: a.superseded_by === null, previousVersion: a.previous_version_id,
            supersededBy: a.superseded_by, bodyStart: a.body_start, text: a.text,
          },
          sentences: d.sentences,
          mentions: d.mentions.map((m) => ({
            idx: m.idx, start: m.char_start, end: m.char_end, text: m.text, type: m.type, code: m.actor_code, country: m.country, via: m.via,
          })),
          events: d.events.map((e) => ({ ...eventJson(e), trigger: e.trigger })),
          figures: figures.map((f) => ({ ...figureJson(f), start: f.start, end: f.end })),
        },
      };
    },
  },
  {
    method: "delete", path: "/api/articles/{id}", summary: "Remove an article with everything coded from it (as `parley rm`)",
    query: [{ name: "allVersions", type: "boolean", description: "also remove the other versions of its URL" }],
    write: true,
    async handle({ params, query, services: { db, serialise } }) {
      return { json: await serialise(async () => removeArticlesAndRecount(db, await idsToRemove(db, [params.id], query.allVersions as boolean | undefined))) };
    },
  },
  {
    method: "post", path: "/api/ingest", summary: "Ingest a text, HTML page, JSON record, JSON Lines or {\"url\": …}; answers the run summary",
    description: "The body is read as `parley ingest -` reads standard input; a JSON object with only `url` is fetched like `parley ingest URL`.",
    query: [{ name: "date", type: "string", description: "reference date YYYY-MM-DD for every article (as --date)", parse: isoDate("--date") }],
    body: { types: INGEST_TYPES, description: "the document(s) to ingest" },
    write: true,
    async handle({ query, body, header, services }) {
      const type = (header("content-type") ?? "").split(";")[0].trim().toLowerCase();
      if (type && !INGEST_TYPES.includes(type)) throw new HttpError(415, `cannot ingest ${type} (send one of ${INGEST_TYPES.join(", ")})`);
      const bytes = await body();
      if (bytes.length === 0) throw new HttpError(400, "empty body: send the text to ingest");
      const text = Buffer.from(bytes).toString("utf8");
      const url = type === "application/json" ? urlOnly(text) : null;
      const analyzer = await services.analyzer();
      const summary = await services.serialise(() => runIngest({
        sources: [url ?? "-"], db: services.db, analyzer, report: () => {},
        stdin: url ? undefined : once(bytes),
        opts: { date: query.date as string | undefined, maxBytes: services.maxBodyBytes },
        command: `serve: POST /api/ingest${url ? ` ${url}` : ""}`,
      }));
      return { json: summary, status: summary.new + summary.unchanged > 0 || summary.failed === 0 ? 200 : 422 };
    },
  },
];
