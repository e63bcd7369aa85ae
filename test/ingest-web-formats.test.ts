// Web ingestion on ordinary servers: every media type feeds are served with (and wrong ones, where
// the body decides), and legacy character sets decoded with real tables (windows-1252's curly
// quotes), for pages, plain text, feeds and files.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { articles, collect, errors } from "./helpers/ingest.js";
import { send, startServer, type TestServer } from "./helpers/http-server.js";
import { tempDir } from "./helpers/tmp.js";
import { decodeText } from "../src/ingest/decode.js";
import type { IngestOptions } from "../src/ingest/types.js";

const body = "Mediators said the proposal would be studied carefully by both delegations over the coming days. ".repeat(6).trim();
const rss = (title: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title>
<item><title>${title}</title><guid>${title}</guid><content:encoded><![CDATA[<p>${body}</p>]]></content:encoded></item>
</channel></rss>`;
const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel rdf:about="urn:x"><title>RDF Wire</title><link>https://example.org/</link></channel>
<item rdf:about="urn:item1"><title>RSS one item</title><dc:date>2024-05-08</dc:date><content:encoded><![CDATA[<p>${body}</p>]]></content:encoded></item>
</rdf:RDF>`;
const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>
<entry><title>Atom item</title><id>urn:a1</id><updated>2024-05-09T10:00:00Z</updated><content type="html">&lt;p&gt;${body}&lt;/p&gt;</content></entry></feed>`;
const html = "<!doctype html><html><head><title>Talks resume</title></head><body><article><h1>Talks resume</h1><p>Talks resumed in Doha on Monday, officials said.</p></article></body></html>";

// "France’s envoy said the talks were “serious” – and would go on." in windows-1252: ’ is 0x92, “ ” 0x93 0x94, – 0x96.
const cp1252 = (s: string): Buffer => Buffer.from([...s].map((c) => ({ "’": 0x92, "“": 0x93, "”": 0x94, "–": 0x96, "é": 0xe9 } as Record<string, number>)[c] ?? c.charCodeAt(0)));
const sentence = "France’s envoy said the talks were “serious” – and would go on in Genève.";
const cpPage = (meta: string) => cp1252(`<!doctype html><html><head>${meta}<title>Envoy</title></head><body><article><h1>Envoy</h1><p>${sentence}</p></article></body></html>`);

let server: TestServer;
before(async () => {
  server = await startServer({
    "/x-rss": send("application/x-rss+xml", rss("x-rss item")),
    "/rss-xml": send("application/rss+xml; charset=utf-8", rss("rss+xml item")),
    "/rdf": send("application/rdf+xml", rdf),
    "/atom": send("application/atom+xml", atom),
    "/app-xml": send("application/xml", rss("application/xml item")),
    "/text-xml": send("text/xml; charset=utf-8", rss("text/xml item")),
    "/feed-as-html": send("text/html; charset=utf-8", rss("feed sent as text/html")),
    "/feed-as-octets": send("application/octet-stream", rss("feed sent as octet-stream")),
    "/feed-as-json": send("application/json", atom),
    "/page-as-xml": send("application/xml", html),
    "/not-a-feed.xml": send("application/xml", "<?xml version=\"1.0\"?><catalog><book>Dune</book></catalog>"),
    "/cp-header": send("text/html; charset=windows-1252", cpPage("")),
    "/cp-meta": send("text/html", cpPage('<meta charset="windows-1252">')),
    "/cp-http-equiv": send("text/html", cpPage('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">')),
    "/cp-latin1-label": send("text/html; charset=ISO-8859-1", cpPage("")),
    "/cp-text": send("text/plain; charset=windows-1252", cp1252(`${sentence}\n`)),
    "/cp-feed": send("application/rss+xml", cp1252(rss("Envoy’s “feed”").replace('encoding="UTF-8"', 'encoding="windows-1252"'))),
    "/bad-charset": send("text/plain; charset=klingon-8", "Talks resumed."),
  });
});
after(() => server.close());

const local = (paths: string[], opts: IngestOptions = {}) => collect(paths.map((p) => server.base + p), { allowPrivate: true, ...opts });

test("feeds are read whatever feed media type the server sends: x-rss+xml, rss+xml, rdf+xml (RSS 1.0), atom+xml, application/xml, text/xml", async () => {
  const items = await local(["/x-rss", "/rss-xml", "/rdf", "/atom", "/app-xml", "/text-xml"]);
  assert.deepEqual(errors(items).map((e) => e.message), []);
  assert.deepEqual(articles(items).map((a) => a.title), ["x-rss item", "rss+xml item", "RSS one item", "Atom item", "application/xml item", "text/xml item"]);
  assert.ok(articles(items).every((a) => a.text.startsWith("Mediators said")));
});

test("when the media type lies, the body decides: feeds sent as HTML, octet-stream or JSON are feeds; a page sent as XML is a page", async () => {
  const items = await local(["/feed-as-html", "/feed-as-octets", "/feed-as-json", "/page-as-xml"]);
  assert.deepEqual(errors(items).map((e) => e.message), []);
  const got = articles(items);
  assert.deepEqual(got.map((a) => a.title), ["feed sent as text/html", "feed sent as octet-stream", "Atom item", "Talks resume"]);
  assert.equal(got[3].text, "Talks resumed in Doha on Monday, officials said.");
});

test("XML that is no feed is one line naming the URL", async () => {
  const items = await local(["/not-a-feed.xml"]);
  assert.deepEqual(errors(items).map((e) => e.message), [`${server.base}/not-a-feed.xml: XML but not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root)`]);
});

test("windows-1252 pages keep their curly quotes and dashes, from the header, <meta charset>, http-equiv, or an ISO-8859-1 label", async () => {
  const items = await local(["/cp-header", "/cp-meta", "/cp-http-equiv", "/cp-latin1-label"]);
  assert.deepEqual(errors(items).map((e) => e.message), []);
  for (const a of articles(items)) assert.equal(a.text, sentence);
  assert.equal(articles(items).length, 4);
});

test("windows-1252 plain text and a feed declaring encoding=windows-1252", async () => {
  const items = await local(["/cp-text", "/cp-feed"]);
  assert.deepEqual(errors(items).map((e) => e.message), []);
  const [text, feedItem] = articles(items);
  assert.equal(text.text, `${sentence}\n`);
  assert.equal(feedItem.title, "Envoy’s “feed”");
});

test("an unknown charset is one line naming the URL", async () => {
  const items = await local(["/bad-charset"]);
  assert.deepEqual(errors(items).map((e) => e.message), [`${server.base}/bad-charset: unknown character encoding "klingon-8"`]);
});

test("files: an HTML file with <meta charset=windows-1252> and a feed file with its XML declaration", async () => {
  const dir = tempDir();
  writeFileSync(join(dir, "page.html"), cpPage('<meta charset="windows-1252">'));
  writeFileSync(join(dir, "feed.xml"), cp1252(rss("Envoy’s feed").replace('encoding="UTF-8"', 'encoding="windows-1252"')));
  const items = await collect([join(dir, "page.html"), join(dir, "feed.xml")]);
  assert.deepEqual(errors(items).map((e) => e.message), []);
  assert.deepEqual(articles(items).map((a) => a.title), ["Envoy", "Envoy’s feed"]);
  assert.equal(articles(items)[0].text, sentence);
});

test("decodeText: windows-1252 0x80–0x9F are the real characters (Node's own decoder drops them), UTF-8 stays strict", () => {
  assert.equal(decodeText(cp1252(sentence), "windows-1252"), sentence);
  assert.equal(decodeText(cp1252("France’s"), "iso-8859-1"), "France’s");
  assert.equal(decodeText(Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from("BOM wins: ’")]), "windows-1252"), "BOM wins: ’");
  assert.throws(() => decodeText(cp1252("France’s")), /not valid UTF-8 text \(first bad byte on line 1\)/);
});
