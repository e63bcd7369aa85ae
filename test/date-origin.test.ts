import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { cleanTitle } from "../src/ingest/title.js";
import { CSV_HEADER } from "../src/export/csv.js";
import { parseCsv } from "./helpers/store.js";
import { runCli } from "./helpers/cli.js";
import { tempDir } from "./helpers/tmp.js";

test("titles keep the headline only: no trailing date line, no date-only line, no dateline", () => {
  assert.equal(cleanTitle("Interview with LibriVox founder Hugh McGuire Sunday, May 28, 2006"), "Interview with LibriVox founder Hugh McGuire");
  assert.equal(cleanTitle("Talks resume in Cairo - May 8, 2024"), "Talks resume in Cairo");
  assert.equal(cleanTitle("Friday, January 3, 2014"), null);
  assert.equal(cleanTitle("GAZA CITY (AP) — Israeli strikes kill 20"), "Israeli strikes kill 20");
  assert.equal(cleanTitle("The Onion: An interview with 'America's Finest News Source'"), "The Onion: An interview with 'America's Finest News Source'");
  assert.equal(cleanTitle("FIFA World Cup 2018 day five: Sweden, Belgium, England win three points"), "FIFA World Cup 2018 day five: Sweden, Belgium, England win three points");
  assert.equal(cleanTitle(null), null);
});

test("articles dated by the ingest day are flagged in `articles` and every export, and ingest warns once with the count", async () => {
  const dir = tempDir();
  const db = join(dir, "d.db");
  writeFileSync(join(dir, "one.txt"), "Israel attacked Hamas.\n");
  writeFileSync(join(dir, "two.txt"), "Qatar met Egypt.\n");
  writeFileSync(join(dir, "2024-05-08-dated.txt"), "Talks resume in Cairo Wednesday, May 8, 2024\n\nHamas rejected Israel's proposal.\n");
  const ingest = await runCli(["ingest", dir, "--quiet", "--db", db]);
  assert.equal(ingest.code, 0, ingest.stderr);
  const warnings = ingest.stderr.split("\n").filter((l) => l.includes("warning"));
  assert.equal(warnings.length, 1, ingest.stderr);
  assert.match(warnings[0], /^parley: warning: 2 articles have no date in their metadata, dateline or text, so the ingest day \(\d{4}-\d\d-\d\d\) is used and flagged date_origin "ingest"/);

  const list = await runCli(["articles", "--db", db]);
  const lines = list.stdout.trimEnd().split("\n");
  assert.equal(lines.filter((l) => /^\S+ {2}\d{4}-\d\d-\d\d~ /.test(l)).length, 2, list.stdout);
  assert.match(lines.at(-1)!, /^~ no date found .* \(2 of 3; date_origin "ingest"\)$/);
  const dated = lines.find((l) => l.includes("2024-05-08"))!;
  assert.match(dated, /2024-05-08  .* Talks resume in Cairo$/, "the title loses its date line");
  const json = JSON.parse((await runCli(["articles", "--json", "--db", db])).stdout);
  assert.deepEqual(json.map((a: { dateOrigin: string }) => a.dateOrigin).sort(), ["ingest", "ingest", "metadata"]);

  const out = async (format: string) => (await runCli(["events", "--format", format, "--db", db])).stdout;
  const jsonl = (await out("jsonl")).trimEnd().split("\n").map((l) => JSON.parse(l));
  assert.deepEqual(jsonl.map((e) => e.article.dateOrigin).sort(), ["ingest", "ingest", "metadata"]);
  const csv = parseCsv(await out("csv"));
  assert.deepEqual(csv.slice(1).map((r) => r[CSV_HEADER.indexOf("date_origin")]).sort(), ["ingest", "ingest", "metadata"]);
  const plover = (await out("plover")).trimEnd().split("\n").map((l) => JSON.parse(l));
  assert.deepEqual(plover.map((r) => r.date_origin).sort(), ["ingest", "ingest", "metadata"]);
});
