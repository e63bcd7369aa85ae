// The address policy for URLs and feeds (OWASP SSRF): loopback, private, link-local and other
// non-public addresses are refused in every spelling, on every redirect hop, for feed item links
// and at connect time, unless --allow-private (allowPrivate) is given.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { articles, collect, errors } from "./helpers/ingest.js";
import { send, startServer, type TestServer } from "./helpers/http-server.js";
import { nonPublicReason } from "../src/ingest/net-policy.js";
import { runCli } from "./helpers/cli.js";
import { tempDir } from "./helpers/tmp.js";
import { openStore } from "../src/store/open.js";
import { listRuns } from "../src/store/runs.js";

const page = "<!doctype html><html><head><title>Talks in Doha</title></head><body><article><h1>Talks in Doha</h1>" +
  "<p>Israel met Qatar in Doha on Monday.</p><p>Hamas rejected the offer.</p></article></body></html>";

let server: TestServer;
let port = 0;
before(async () => {
  server = await startServer({
    "/page": send("text/html; charset=utf-8", page),
    "/to-metadata": (_req, res) => { res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }); res.end(); },
    "/to-private": (_req, res) => { res.writeHead(302, { location: `http://10.0.0.7:${port}/page` }); res.end(); },
    "/to-file": (_req, res) => { res.writeHead(302, { location: "file:///etc/passwd" }); res.end(); },
    "/feed.rss": (_req, res, base) => {
      res.writeHead(200, { "content-type": "application/rss+xml" });
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>${base}/</link>
<item><title>Fine</title><link>${base}/page</link><guid>a</guid></item>
<item><title>Inside</title><link>http://192.168.1.1/admin</link><guid>b</guid></item>
</channel></rss>`);
    },
  });
  port = Number(new URL(server.base).port);
});
after(() => server.close());

/** Only the test server's own address is allowed, so every other private address stays refused. */
const onlyOurServer = { permitAddress: (a: string) => a === "127.0.0.1" };

test("non-public addresses are named, public ones pass", () => {
  for (const [address, why] of [
    ["127.0.0.1", "loopback"], ["127.9.9.9", "loopback"], ["10.1.2.3", "private"], ["172.16.0.1", "private"],
    ["192.168.1.1", "private"], ["169.254.169.254", "link-local"], ["100.64.0.1", "carrier-grade NAT"],
    ["224.0.0.1", "multicast"], ["0.0.0.0", "unspecified"], ["255.255.255.255", "broadcast"],
    ["::1", "loopback"], ["[::1]", "loopback"], ["fe80::1", "link-local"], ["fc00::1", "unique-local"],
    ["ff02::1", "multicast"], ["::", "unspecified"], ["::ffff:127.0.0.1", "loopback"], ["::ffff:a00:1", "private"],
  ]) {
    assert.match(nonPublicReason(address) ?? "public", new RegExp(why), address);
  }
  for (const address of ["8.8.8.8", "93.184.216.34", "2606:4700:4700::1111", "::ffff:8.8.8.8"]) {
    assert.equal(nonPublicReason(address), null, address);
  }
});

test("loopback is refused in every spelling, before anything is requested", async () => {
  const hitsBefore = server.hits.length;
  const urls = ["127.0.0.1", "2130706433", "0x7f000001", "0177.0.0.1", "127.1", "[::ffff:127.0.0.1]", "[::1]", "localhost"]
    .map((host) => `http://${host}:${port}/page`);
  const items = await collect(urls);
  const errs = errors(items);
  assert.equal(errs.length, urls.length);
  errs.forEach((e, i) => {
    assert.ok(e.message.startsWith(`${urls[i]}: `), e.message);
    assert.match(e.message, /loopback address; not fetched \(--allow-private to fetch it\)$/);
    assert.doesNotMatch(e.message, /\n/);
  });
  assert.equal(server.hits.length, hitsBefore, "nothing reached the server");
});

test("allowPrivate fetches the loopback server", async () => {
  const items = await collect([`${server.base}/page`], { allowPrivate: true });
  assert.equal(errors(items).length, 0);
  assert.equal(articles(items)[0].title, "Talks in Doha");
});

test("a redirect from an allowed address to a private one is refused at that hop", async () => {
  const items = await collect([`${server.base}/to-metadata`, `${server.base}/to-private`, `${server.base}/to-file`], onlyOurServer);
  assert.deepEqual(errors(items).map((e) => e.message), [
    `${server.base}/to-metadata (redirected to http://169.254.169.254/latest/meta-data/): 169.254.169.254 is a link-local address; not fetched (--allow-private to fetch it)`,
    `${server.base}/to-private (redirected to http://10.0.0.7:${port}/page): 10.0.0.7:${port} is a private address; not fetched (--allow-private to fetch it)`,
    `${server.base}/to-file (redirected to file:///etc/passwd): file:///etc/passwd is not an http or https URL`,
  ]);
});

test("a feed item linking to a private address is refused, the others are read", async () => {
  const items = await collect([`${server.base}/feed.rss`], onlyOurServer);
  assert.equal(articles(items).length, 1);
  assert.deepEqual(errors(items).map((e) => e.message), [
    `${server.base}/feed.rss item 2 (http://192.168.1.1/admin): 192.168.1.1 is a private address; not fetched (--allow-private to fetch it)`,
  ]);
});

test("a host name resolving to a private address is refused, also when DNS changes its answer before connecting", async () => {
  const named = await collect([`http://intranet.test:${port}/page`], { resolve: async () => [{ address: "10.9.8.7", family: 4 }] });
  assert.deepEqual(errors(named).map((e) => e.message), [
    `http://intranet.test:${port}/page: intranet.test resolves to 10.9.8.7, a private address; not fetched (--allow-private to fetch it)`,
  ]);
  // Rebinding: public when checked, loopback when the connection looks it up.
  let calls = 0;
  const hitsBefore = server.hits.length;
  const rebound = await collect([`http://rebind.test:${port}/page`], {
    resolve: async () => [{ address: calls++ === 0 ? "93.184.216.34" : "127.0.0.1", family: 4 }],
  });
  assert.ok(calls >= 2, "the connection resolved the name again");
  assert.deepEqual(errors(rebound).map((e) => e.message), [
    `http://rebind.test:${port}/page: rebind.test resolved to 127.0.0.1, a loopback address, when connecting; not fetched (--allow-private to fetch it)`,
  ]);
  assert.equal(server.hits.length, hitsBefore, "nothing reached the server");
});

test("URLs with credentials are refused without printing them", async () => {
  const [item] = await collect([`http://user:secret@example.org/page`]);
  assert.equal(item.ok, false);
  assert.doesNotMatch(errors([item])[0].message.replace(/^[^ ]+: /, ""), /secret/);
  assert.match(errors([item])[0].message, /user name or password are not fetched/);
});

test("parley ingest refuses a loopback URL by default with one line, and reads it with --allow-private", async () => {
  const db = join(tempDir("parley-ssrf-"), "t.db");
  const url = `${server.base}/page`;
  const refused = await runCli(["ingest", url, "--date", "2024-05-08", "--db", db]);
  assert.equal(refused.code, 1);
  const lines = refused.stderr.trim().split("\n").filter((l) => l.includes(url));
  assert.deepEqual(lines, [`parley: ${url}: 127.0.0.1:${port} is a loopback address; not fetched (--allow-private to fetch it)`]);
  const allowed = await runCli(["ingest", url, "--allow-private", "--date", "2024-05-08", "--db", db]);
  assert.equal(allowed.code, 0, allowed.stderr);
  assert.match(allowed.stdout, /articles: 1 new/);
});

test("a URL with credentials is refused by the CLI and its password is not kept in the runs log", async () => {
  const db = join(tempDir("parley-ssrf-"), "t.db");
  const r = await runCli(["ingest", "http://user:secret@example.org/page", "--db", db]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /user name or password are not fetched/);
  const store = await openStore(db);
  const runs = await listRuns(store.db);
  await store.close();
  assert.equal(runs.length, 1);
  assert.doesNotMatch(JSON.stringify(runs), /secret/);
});
