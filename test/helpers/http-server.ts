// A real HTTP server on 127.0.0.1 (port 0) for ingestion tests; routes are plain handlers.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Handler = (req: IncomingMessage, res: ServerResponse, base: string) => void;

export interface TestServer {
  base: string;
  /** Paths requested, in order (to check what was fetched). */
  hits: string[];
  close(): Promise<void>;
}

export async function startServer(routes: Record<string, Handler>): Promise<TestServer> {
  const hits: string[] = [];
  let base = "";
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", base).pathname;
    hits.push(path);
    const handler = routes[path];
    if (handler) handler(req, res, base);
    else {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A handler that sends `body` with a content type. */
export function send(type: string, body: string | Uint8Array, status = 200): Handler {
  return (_req, res) => {
    res.writeHead(status, { "content-type": type });
    res.end(body);
  };
}

/** A port on loopback with nothing listening (bound, then released). */
export async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}
