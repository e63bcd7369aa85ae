import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { articles, collect, errors, fixture } from "./helpers/ingest.js";
import type { IngestOptions } from "../src/ingest/types.js";
import { closedPort, send, startServer, type TestServer } from "./helpers/http-server.js";

const page = readFileSync(fixture("page.html"), "utf8");
const story = (title: string, body: string, date?: string): string =>
  `<!DOCTYPE html><html><head><title>${title}</title>${date ? `<meta property="article:published_time" content="${date}">` : ""}</head>` +
  `<body><article><h1>${title}</h1>${body.split("\n").map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
const longBody = "Mediators said the proposal would be studied carefully by both delegations over the coming days. ".repeat(6);

let server: TestServer;
// The test server is on 127.0.0.1, which the address policy refuses unless allowed (test/ingest-ssrf.test.ts).
const fetchLocal = (sources: string[], opts: IngestOptions = {}) => collect(sources, { allowPrivate: true, ...opts });

before(async () => {
  server = await startServer({
    "/page.html": send("text/html; charset=utf-8", page),
    "/plain": send("text/plain", "DOHA, Feb 7 (Reuters) - Qatar said a reply had been received.\n"),
    "/moved": (_req, res) => { res.writeHead(302, { location: "/page.html" }); res.end(); },
    "/moved-twice": (_req, res) => { res.writeHead(301, { location: "/moved" }); res.end(); },
    "/loop": (_req, res) => { res.writeHead(302, { location: "/loop" }); res.end(); },
    "/gone": send("text/html", "<p>Gone</p>", 404),
    "/broken": send("text/html", "<p>Oops</p>", 503),
    "/image.png": send("image/png", Buffer.from([0x89, 0x50, 0x4e, 0x47])),
    "/slow": (_req, res) => { const t = setTimeout(() => res.end("late"), 3000); res.on("close", () => clearTimeout(t)); },
    "/slow-body": (_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.write("Start of a body that never finishes.");
      const t = setTimeout(() => res.end(), 3000);
      res.on("close", () => clearTimeout(t));
    },
    "/huge": (_req, res) => {
      // No content-length: the cap must stop the download while it streams.
      res.writeHead(200, { "content-type": "text/plain" });
      const chunk = "y".repeat(64 * 1024);
      let sent = 0;
      const pump = (): void => {
        while (sent < 64) { sent++; if (!res.write(chunk)) { res.once("drain", pump); return; } }
        res.end();
      };
      pump();
    },
    "/declared-huge": (_req, res) => { res.writeHead(200, { "content-type": "text/plain", "content-length": String(50 * 1024 * 1024) }); res.end(); },
    "/latin1": send("text/html; charset=iso-8859-1", Buffer.concat([Buffer.from("<html><body><p>Caf"), Buffer.from([0xe9]), Buffer.from(" talks in Doha resumed.</p></body></html>")])),
    "/records.jsonl": send("application/x-ndjson", '{"id":"r1","text":"One record."}\n{"id":"r2"}\n'),
    "/story1.html": send("text/html", story("Envoys arrive", "CAIRO (Reuters) - Envoys arrived in Cairo on Sunday.\nTalks will last three days.", "2024-02-11T08:00:00Z")),
    "/story2.html": send("text/html", story("Delegation leaves", "The delegation left Doha on Monday.")),
    "/feed.rss": (_req, res, base) => {
      res.writeHead(200, { "content-type": "application/rss+xml" });
      res.end(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Example Wire &amp; Co</title><link>${base}/</link>
<item><title>Envoys arrive</title><link>${base}/story1.html</link><pubDate>Sun, 11 Feb 2024 09:00:00 GMT</pubDate><guid>s1</guid><description>Short teaser.</description></item>
<item><title>Missing story</title><link>/gone</link><pubDate>Mon, 12 Feb 2024 09:00:00 GMT</pubDate></item>
<item><title>Delegation leaves</title><link>${base}/story2.html</link><dc:creator>A. Reporter</dc:creator><pubDate>Tue, 13 Feb 2024 09:00:00 GMT</pubDate></item>
<item><title>Full text item</title><link>${base}/never-fetched</link><pubDate>Wed, 14 Feb 2024 09:00:00 GMT</pubDate><content:encoded><![CDATA[<p>${longBody}</p><p>Second paragraph.</p>]]></content:encoded></item>
</channel></rss>`);
    },
    "/feed.atom": (_req, res, base) => {
      res.writeHead(200, { "content-type": "application/atom+xml; charset=utf-8" });
      res.end(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title><link href="${base}/"/>
<entry><title type="html">Qatar&amp;#8217;s plan</title><link rel="alternate" href="${base}/atom/1"/><id>urn:atom:1</id>
<updated>2024-05-09T10:00:00Z</updated><published>2024-05-08T18:00:00Z</published><author><name>Desk Editor</name></author>
<content type="html">&lt;p&gt;DOHA, May 8 (AFP) - ${longBody}&lt;/p&gt;&lt;p&gt;Talks go on.&lt;/p&gt;</content></entry>
<entry><title>Summary only</title><link href="${base}/story2.html"/><id>urn:atom:2</id><updated>2024-05-10T10:00:00Z</updated><summary>Short.</summary></entry>
</feed>`);
    },
  });
});

after(() => server.close());

const base = (): string => server.base;

test("HTML page over HTTP: readability extraction, meta date, url set", async () => {
  const [item] = await fetchLocal([`${base()}/page.html`]);
  assert.ok(item.ok, !item.ok ? item.error.message : "");
  const a = item.article;
  assert.equal(a.url, `${base()}/page.html`);
  assert.equal(a.source, `${base()}/page.html`);
  assert.equal(a.title, "Crossing reopens for aid");
  assert.deepEqual([a.date, a.dateOrigin], ["2024-03-14", "metadata"]);
  assert.ok(a.text.startsWith("RAFAH, Gaza Strip, March 14 (Reuters)"));
});

test("redirects are followed; too many are an error", async () => {
  const [ok] = await fetchLocal([`${base()}/moved-twice`]);
  assert.ok(ok.ok);
  assert.equal(ok.article.url, `${base()}/page.html`);
  assert.equal(ok.article.meta.requestedUrl, `${base()}/moved-twice`);
  const [tooMany] = await fetchLocal([`${base()}/moved-twice`], { maxRedirects: 1 });
  assert.ok(!tooMany.ok);
  assert.equal(tooMany.error.reason, "more than 1 redirects");
  const [loop] = await fetchLocal([`${base()}/loop`]);
  assert.ok(!loop.ok);
  assert.equal(loop.error.message, `${base()}/loop: more than 5 redirects`);
});

test("HTTP errors, wrong content type, unreachable host: one line naming the URL", async () => {
  const port = await closedPort();
  const items = await fetchLocal([`${base()}/gone`, `${base()}/broken`, `${base()}/image.png`, `http://127.0.0.1:${port}/x`, `${base()}/plain`]);
  assert.deepEqual(items.map((i) => (i.ok ? "ok" : i.error.message)), [
    `${base()}/gone: HTTP 404 Not Found`,
    `${base()}/broken: HTTP 503 Service Unavailable`,
    `${base()}/image.png: unsupported content type image/png (expected HTML, text, an RSS/Atom feed or JSON)`,
    `http://127.0.0.1:${port}/x: connection refused`,
    "ok",
  ]);
  const plain = articles(items)[0];
  assert.equal(plain.dateline?.monthDay, "02-07");
  assert.equal(plain.url, `${base()}/plain`);
});

test("slow responses time out, before the headers and in the middle of the body", async () => {
  const started = Date.now();
  const items = await fetchLocal([`${base()}/slow`, `${base()}/slow-body`], { timeoutMs: 200 });
  assert.deepEqual(errors(items).map((e) => e.message), [
    `${base()}/slow: no complete response within 0.2 s (timeout)`,
    `${base()}/slow-body: no complete response within 0.2 s (timeout)`,
  ]);
  assert.ok(Date.now() - started < 2500, "timeouts must not wait for the server");
});

test("oversized bodies are cut off while streaming and when declared", async () => {
  const items = await fetchLocal([`${base()}/huge`, `${base()}/declared-huge`], { maxBytes: 1024 * 1024 });
  assert.deepEqual(errors(items).map((e) => e.message), [
    `${base()}/huge: response body is over the 1 MiB size limit`,
    `${base()}/declared-huge: response is 50 MiB, over the 1 MiB size limit`,
  ]);
});

test("a charset from the Content-Type header is honoured", async () => {
  const [item] = await fetchLocal([`${base()}/latin1`]);
  assert.ok(item.ok);
  assert.equal(item.article.text, "Café talks in Doha resumed.");
});

test("JSON Lines over HTTP", async () => {
  const items = await fetchLocal([`${base()}/records.jsonl`]);
  assert.deepEqual(items.map((i) => (i.ok ? i.article.id : i.error.where)), ["r1", `${base()}/records.jsonl:2`]);
});

test("RSS feed: each item's link fetched from the server; a dead link fails alone; full text used as is", async () => {
  server.hits.length = 0;
  const feedUrl = `${base()}/feed.rss`;
  const items = await fetchLocal([feedUrl]);
  assert.equal(items.length, 4);
  const errs = errors(items);
  assert.equal(errs.length, 1);
  assert.equal(errs[0].message, `${feedUrl} item 2 (${base()}/gone): HTTP 404 Not Found`);
  const [one, two, four] = articles(items);
  assert.equal(one.title, "Envoys arrive");
  assert.equal(one.url, `${base()}/story1.html`);
  assert.equal(one.publisher, "Example Wire & Co");
  assert.deepEqual([one.date, one.dateOrigin], ["2024-02-11", "metadata"]);
  assert.ok(one.text.slice(one.bodyStart).startsWith("Envoys arrived in Cairo"));
  assert.equal(one.source, `${feedUrl} item 1 (${base()}/story1.html)`);
  assert.equal(two.byline, "A. Reporter");
  assert.equal(two.date, "2024-02-13");
  assert.equal(four.meta.fullText, true);
  assert.match(four.text, /^Mediators said the proposal/);
  assert.match(four.text, /\n\nSecond paragraph\.$/);
  assert.equal(four.url, `${base()}/never-fetched`);
  assert.ok(!server.hits.includes("/never-fetched"), "a full-text item is not fetched");
  // Pages are fetched a few at a time, so only the set of requests is fixed.
  assert.deepEqual([...server.hits].sort(), ["/feed.rss", "/gone", "/story1.html", "/story2.html"]);
});

test("Atom feed with full content, and an entry that needs its link", async () => {
  const items = await fetchLocal([`${base()}/feed.atom`]);
  assert.equal(errors(items).length, 0);
  const [full, linked] = articles(items);
  assert.equal(full.title, "Qatar’s plan");
  assert.equal(full.byline, "Desk Editor");
  assert.deepEqual([full.date, full.dateOrigin], ["2024-05-08", "metadata"]);
  assert.equal(full.dateline?.agency, "AFP");
  assert.ok(full.text.slice(full.bodyStart).startsWith("Mediators said"));
  assert.equal(full.url, `${base()}/atom/1`);
  assert.equal(linked.url, `${base()}/story2.html`);
  assert.equal(linked.text, "The delegation left Doha on Monday.");
  assert.equal(linked.meta.feedTitle, "Atom Desk");
});

test("same URL fetched twice gives the same hash", async () => {
  const [a, b] = articles(await fetchLocal([`${base()}/page.html`, `${base()}/moved`]));
  assert.equal(a.hash, b.hash);
  assert.equal(a.url, b.url);
});
