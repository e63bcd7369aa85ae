import { test } from "node:test";
import assert from "node:assert/strict";
import { extractHtml, fragmentText, blockText, parseDocument } from "../src/ingest/html.js";
import { markdownToText } from "../src/ingest/markdown.js";
import { parseFeed, FeedError } from "../src/ingest/feeds.js";

test("published date from <time datetime> when no meta tag gives one", () => {
  const page = extractHtml(`<html><head><title>T</title><meta property="og:site_name" content="Desk"></head><body><article>
    <time datetime="2023-10-09T06:00:00+03:00">9 October</time><p>Sirens sounded across the south on Monday morning as residents took shelter.</p></article></body></html>`);
  assert.equal(page.date, "2023-10-09");
  assert.equal(page.publisher, "Desk");
  assert.match(page.text, /Sirens sounded/);
});

test("a page with no text gives empty text, not an error", () => {
  assert.equal(extractHtml("<html><head><title>Empty</title></head><body><script>x()</script></body></html>").text, "");
});

test("block text: paragraphs by blocks, <br> as a line break, whitespace collapsed, <pre> kept", () => {
  const doc = parseDocument("<div>One\n   two <b>three</b></div><p>Four<br>  five</p><pre>a  b\n c</pre><ul><li>six</li><li>seven</li></ul>");
  assert.equal(blockText(doc.body!), "One two three\n\nFour\nfive\n\na  b\n c\n\nsix\n\nseven");
  assert.equal(fragmentText("Gaza&#8217;s &quot;north&quot; &amp; south"), "Gaza’s \"north\" & south");
});

test("Markdown: emphasis, links and headings become plain text; a leading H1 is the title", () => {
  const md = markdownToText("# Ceasefire *talks*\n\nDoha/Tel Aviv: **Mediators** met [officials](http://x.org).\n\n## Next\n\nMore `talks`.\n");
  assert.equal(md.title, "Ceasefire talks");
  assert.equal(md.text, "Doha/Tel Aviv: Mediators met officials.\n\nNext\n\nMore talks.");
});

test("feeds: RSS 1.0 (RDF) items and an Atom xhtml content", () => {
  const rdf = parseFeed(`<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
    <channel><title>Old wire</title><link>http://example.org/</link></channel>
    <item><title>A</title><link>http://example.org/a</link><dc:date>2020-01-02</dc:date></item></rdf:RDF>`);
  assert.equal(rdf.format, "rdf");
  assert.deepEqual([rdf.items[0].title, rdf.items[0].link, rdf.items[0].date], ["A", "http://example.org/a", "2020-01-02"]);
  const atom = parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><title>X</title><entry><title>E</title>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First para.</p><p>Second para.</p></div></content></entry></feed>`);
  assert.equal(fragmentText(atom.items[0].content!), "First para.\n\nSecond para.");
  assert.throws(() => parseFeed("<rss><channel><item></channel></rss>"), FeedError);
});

test("Markdown: a bare URL stays in the text (no autolink needed); a block with more emphasis marks than MAX_INLINE_MARKS is kept as plain text", async () => {
  assert.equal(markdownToText("Envoys met, said www.example.org and http://a.example/x today.").text, "Envoys met, said www.example.org and http://a.example/x today.");
  const { MAX_INLINE_MARKS } = await import("../src/ingest/markdown.js");
  const runaway = "*a* ".repeat(MAX_INLINE_MARKS);
  assert.equal(markdownToText(runaway).text, runaway);
  assert.equal(markdownToText("*a* ".repeat(10).trim()).text, "a ".repeat(10).trim());
});
