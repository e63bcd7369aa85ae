// Serving the app on a port: the store opened once, the token settled, and a clean stop on a signal.
import { serve } from "@hono/node-server";
import type { Analyzer } from "../pipeline/analyze.js";
import { openStore } from "../store/open.js";
import { createApp } from "./app.js";
import { generateToken, isLoopback } from "./auth.js";

export interface ListenOptions {
  dbPath: string;
  host: string;
  port: number;
  /** --token, else $PARLEY_TOKEN, else one is generated and printed. */
  token?: string;
  loadAnalyzer: () => Promise<Analyzer>;
  maxBodyBytes?: number;
  print: (line: string) => void;
}

export interface RunningServer {
  url: string;
  token: string;
  close(): Promise<void>;
}

export async function listen(o: ListenOptions): Promise<RunningServer> {
  const store = await openStore(o.dbPath);
  const token = o.token || generateToken();
  const readsNeedToken = !isLoopback(o.host);
  const app = createApp(store.db, { token, readsNeedToken, loadAnalyzer: o.loadAnalyzer, maxBodyBytes: o.maxBodyBytes });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: o.host, port: o.port }, () => resolve(s));
    s.once("error", reject);
  }).catch(async (err: NodeJS.ErrnoException) => {
    await store.close();
    throw err;
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : o.port;
  const url = `http://${o.host.includes(":") ? `[${o.host}]` : o.host}:${port}/`;
  o.print(`parley serve: dashboard at ${url} (API at ${url}api/openapi.json), database ${store.path}`);
  if (!o.token) o.print(`parley serve: token for writes${readsNeedToken ? " and reads" : ""}: ${token} (set --token or PARLEY_TOKEN to choose one)`);
  if (readsNeedToken) o.print(`parley serve: listening on ${o.host}, not loopback: every request needs the token`);
  return {
    url, token,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())).then(() => store.close()),
  };
}
