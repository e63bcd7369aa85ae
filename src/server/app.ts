// The HTTP app: the route table under /api, the OpenAPI document, and the built dashboard. One
// factory taking the store and options, so tests call `app.request()` without opening a port.
import { existsSync } from "node:fs";
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { serveStatic } from "@hono/node-server/serve-static";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Kysely } from "kysely";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { UserError } from "../errors.js";
import type { Analyzer } from "../pipeline/analyze.js";
import type { Database } from "../store/schema.js";
import { webDir } from "../paths.js";
import { DEFAULT_MAX_BODY } from "./limits.js";
import { checkToken } from "./auth.js";
import { errorBody, fromUserError, HttpError } from "./errors.js";
import { openApiDocument } from "./openapi.js";
import { parseQuery } from "./params.js";
import { rateLimiter, type RateLimit } from "./rate-limit.js";
import { honoPath, type RouteDef, type RouteServices } from "./route.js";
import { allRoutes } from "./routes.js";

export interface AppOptions {
  /** Bearer token for writes (and for reads when readsNeedToken). */
  token: string;
  /** True when listening beyond loopback: reads need the token too. */
  readsNeedToken?: boolean;
  /** Loads the pipeline for POST /api/ingest (once, on first use). */
  loadAnalyzer: () => Promise<Analyzer>;
  /** Largest request body in bytes (default 10 MiB, the CLI's per-document limit). */
  maxBodyBytes?: number;
  /** Requests per client per window (defaults: reads 600/min, writes 30/min). */
  readLimit?: RateLimit;
  writeLimit?: RateLimit;
  /** Folder of the built dashboard (default dist/web); absent means API only. */
  webRoot?: string;
  /** The routes served (default: the whole table); tests and other branches pass their own. */
  routes?: RouteDef[];
  /** Where an unexpected error is logged (default stderr, one line). */
  log?: (line: string) => void;
}

export { DEFAULT_MAX_BODY };

function clientOf(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "local";
  } catch {
    return "local"; // app.request() in tests has no socket
  }
}

export function createApp(db: Kysely<Database>, o: AppOptions) {
  const maxBodyBytes = o.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const log = o.log ?? ((l: string) => console.error(l));
  const routes = o.routes ?? allRoutes();
  let analyzer: Promise<Analyzer> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const services: RouteServices = {
    db, maxBodyBytes,
    analyzer: () => (analyzer ??= o.loadAnalyzer().catch((err) => {
      analyzer = undefined;
      throw err;
    })),
    serialise: <T>(fn: () => Promise<T>) => {
      const run = queue.then(fn, fn);
      queue = run.catch(() => {});
      return run;
    },
  };
  const limitReads = rateLimiter(o.readLimit ?? { max: 600, windowMs: 60_000 });
  const limitWrites = rateLimiter(o.writeLimit ?? { max: 30, windowMs: 60_000 });

  const app = new Hono();
  app.onError((err, c) => {
    const e = err instanceof HttpError ? err : err instanceof UserError ? fromUserError(err) : null;
    if (e) return c.json(errorBody(e.message, e.field), e.status);
    log(`parley serve: ${c.req.method} ${c.req.path}: ${(err as Error)?.message?.split("\n")[0] ?? String(err)}`);
    return c.json(errorBody("internal error"), 500);
  });
  app.notFound((c) => c.json(errorBody(`no route ${c.req.method} ${c.req.path}`), 404));

  const tooLarge = () => {
    throw new HttpError(413, `request body over the ${maxBodyBytes} byte limit`);
  };
  for (const r of routes) {
    const guard = async (c: Context, next: () => Promise<void>) => {
        // Token and rate limit come before reading any body.
        (r.write ? limitWrites : limitReads)(clientOf(c));
        if (r.write || o.readsNeedToken) checkToken(o.token, c.req.header("authorization"));
        await next();
    };
    const answer = async (c: Context) => {
        const a = await r.handle({
          query: parseQuery(r.query ?? [], c.req.query()),
          params: c.req.param() as Record<string, string>,
          header: (name) => c.req.header(name),
          body: async () => new Uint8Array(await c.req.arrayBuffer()),
          services,
        });
        if ("json" in a) return c.json(a.json as object, (a.status ?? 200) as ContentfulStatusCode);
        return c.body(a.text, 200, { "Content-Type": a.type, ...a.headers });
    };
    app.on(r.method.toUpperCase(), honoPath(r.path), guard, bodyLimit({ maxSize: maxBodyBytes, onError: tooLarge }), answer);
  }
  const document = openApiDocument(routes);
  app.get("/api/openapi.json", (c) => c.json(document));
  app.all("/api/*", (c) => c.json(errorBody(`no route ${c.req.method} ${c.req.path}`), 404));

  const root = o.webRoot ?? webDir;
  if (existsSync(root)) {
    app.use("/*", serveStatic({ root }));
  } else {
    app.get("/", (c) => c.text(`parley serve: the dashboard is not built (no ${root}); run \`npm run build\`. The API is at /api/openapi.json.\n`, 503));
  }
  return app;
}
