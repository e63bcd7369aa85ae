// HTTP_PROXY / HTTPS_PROXY / NO_PROXY: URLs are fetched through the proxy the environment names
// (a small proxy on 127.0.0.1 here, which answers for a host that does not exist), hosts in NO_PROXY
// directly, and the address policy still refuses private targets before anything reaches the proxy.
import { test, before, after, afterEach } from "node:test";
import assert from "node:assert/strict";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { articles, collect, errors } from "./helpers/ingest.js";
import { send, startServer, type TestServer } from "./helpers/http-server.js";
import type { Resolver } from "../src/ingest/net-policy.js";

const page = (title: string) => `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>` +
  "<p>Envoys met in Doha on Monday, officials said.</p></article></body></html>";

let target: TestServer;
let proxy: Server;
let proxyUrl = "";
/** The request lines the proxy saw ("GET http://host/path"). */
const seen: string[] = [];

before(async () => {
  target = await startServer({ "/direct": send("text/html", page("Direct page")) });
  // A forward proxy: absolute-form requests; the made-up host is answered here, anything else forwarded.
  proxy = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const url = new URL(req.url ?? "");
    if (url.hostname === "news.example.org") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(page("Through the proxy"));
      return;
    }
    const up = request(url, { method: req.method, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    up.on("error", () => { res.writeHead(502); res.end(); });
    req.pipe(up);
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});
after(async () => {
  await target.close();
  proxy.closeAllConnections();
  await new Promise<void>((resolve) => proxy.close(() => resolve()));
});

const VARS = ["HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "NO_PROXY", "no_proxy"];
const saved = Object.fromEntries(VARS.map((v) => [v, process.env[v]]));
function setEnv(vars: Record<string, string>): void {
  for (const v of VARS) delete process.env[v];
  Object.assign(process.env, vars);
}
afterEach(() => {
  for (const v of VARS) if (saved[v] === undefined) delete process.env[v]; else process.env[v] = saved[v];
  seen.length = 0;
});

// news.example.org "resolves" to a public address that nothing here listens on: only the proxy can answer.
const resolve: Resolver = async (host) => (host === "news.example.org" ? [{ address: "93.184.215.14", family: 4 }] : [{ address: "127.0.0.1", family: 4 }]);

test("HTTP_PROXY: the URL is fetched through the proxy, as an absolute-form request", async () => {
  setEnv({ HTTP_PROXY: proxyUrl });
  const items = await collect(["http://news.example.org/story"], { resolve, timeoutMs: 3000 });
  assert.deepEqual(errors(items).map((e) => e.message), []);
  assert.equal(articles(items)[0].title, "Through the proxy");
  assert.equal(articles(items)[0].url, "http://news.example.org/story");
  assert.deepEqual(seen, ["GET http://news.example.org/story"]);
});

test("lower-case http_proxy works too; NO_PROXY hosts are fetched directly", async () => {
  setEnv({ http_proxy: proxyUrl, NO_PROXY: "localhost,127.0.0.1" });
  const items = await collect([`${target.base}/direct`, "http://news.example.org/other"], { resolve, allowPrivate: true, timeoutMs: 3000 });
  assert.deepEqual(errors(items).map((e) => e.message), []);
  assert.deepEqual(articles(items).map((a) => a.title), ["Direct page", "Through the proxy"]);
  assert.deepEqual(seen, ["GET http://news.example.org/other"]);
});

test("without NO_PROXY even a loopback URL goes through the proxy (forwarded by it)", async () => {
  setEnv({ HTTP_PROXY: proxyUrl });
  const items = await collect([`${target.base}/direct`], { allowPrivate: true, timeoutMs: 3000 });
  assert.deepEqual(articles(items).map((a) => a.title), ["Direct page"]);
  assert.deepEqual(seen, [`GET ${target.base}/direct`]);
});

test("with a proxy the address policy still refuses private targets, and the proxy never sees them", async () => {
  setEnv({ HTTP_PROXY: proxyUrl });
  const items = await collect(["http://10.0.0.7/admin", "http://169.254.169.254/latest/meta-data/"], { resolve });
  assert.deepEqual(errors(items).map((e) => e.reason), [
    "10.0.0.7 is a private address; not fetched (--allow-private to fetch it)",
    "169.254.169.254 is a link-local address; not fetched (--allow-private to fetch it)",
  ]);
  assert.deepEqual(seen, []);
});

test("a proxy that refuses connections is one line naming the URL", async () => {
  setEnv({ HTTP_PROXY: "http://127.0.0.1:1" });
  const items = await collect(["http://news.example.org/story"], { resolve, timeoutMs: 3000 });
  assert.equal(errors(items).length, 1);
  assert.match(errors(items)[0].message, /^http:\/\/news\.example\.org\/story: connection refused/);
});

test("HTTPS_PROXY: an https URL is tunnelled through the proxy with CONNECT (a refused tunnel is one line)", async () => {
  const tunnels: string[] = [];
  const onConnect = (req: { url?: string }, socket: import("node:net").Socket) => {
    tunnels.push(`CONNECT ${req.url}`);
    socket.end("HTTP/1.1 403 Forbidden\r\n\r\n");
  };
  proxy.on("connect", onConnect);
  try {
    setEnv({ HTTPS_PROXY: proxyUrl });
    const items = await collect(["https://news.example.org/secure"], { resolve, timeoutMs: 3000 });
    assert.deepEqual(tunnels, ["CONNECT news.example.org:443"]);
    assert.deepEqual(seen, [], "an https request is never sent to the proxy in the clear");
    assert.equal(errors(items).length, 1);
    assert.equal(errors(items)[0].message, "https://news.example.org/secure: the proxy refused the tunnel (HTTP 403)");
  } finally {
    proxy.off("connect", onConnect);
  }
});
