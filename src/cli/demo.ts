// `parley demo` as a plain function: ingest the bundled seed articles into a fresh store and
// describe what came out (article list, event timeline, figures, commands to try next).
import { existsSync, rmSync } from "node:fs";
import type { Analyzer } from "../pipeline/analyze.js";
import { UserError } from "../errors.js";
import { runIngest, formatSummary, type SourceReader, type IngestSummary } from "../ingest-run.js";
import { examplesDir } from "../paths.js";
import { openStore } from "../store/open.js";
import { listArticles, listEvents, tableCounts } from "../store/queries.js";
import { parseDbLocation } from "../store/location.js";
import { eventLine, figureLine, formatArticles } from "./format.js";
import { listFigures } from "../store/figures-read.js";

export interface DemoOptions {
  dbPath: string;
  analyzer: Analyzer;
  /** Default: readSources from src/ingest (the seeds' dates and titles come from their .meta.json sidecars). */
  read?: SourceReader;
  /** Replace an existing file at dbPath (the default demo database is always replaced). */
  overwrite: boolean;
  /** Folder of articles to ingest (default: the bundled examples/). */
  dir?: string;
}

export interface DemoResult {
  summary: IngestSummary;
  text: string;
}

function removeDb(path: string) {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(path + suffix, { force: true });
}

export async function runDemo(o: DemoOptions): Promise<DemoResult> {
  const dir = o.dir ?? examplesDir;
  const server = parseDbLocation(o.dbPath).backend !== "sqlite";
  if (!server && existsSync(o.dbPath)) {
    if (!o.overwrite) throw new UserError(`${o.dbPath} exists; the demo needs a fresh database (add --force to replace it)`);
    removeDb(o.dbPath);
  }
  const store = await openStore(o.dbPath);
  try {
    // A server database is never emptied by the demo (--force replaces files only).
    const held = server ? (await tableCounts(store.db)).articles : 0;
    if (held > 0) throw new UserError(`${store.path} holds ${held} articles; the demo needs an empty database`);
    const summary = await runIngest({
      sources: [dir], opts: {}, db: store.db, analyzer: o.analyzer, read: o.read,
      command: "demo", report: () => {},
    });
    const articles = await listArticles(store.db);
    const events = await listEvents(store.db);
    const figures = await listFigures(store.db);
    const dbFlag = `--db ${o.dbPath}`;
    const first = articles[0]?.id.slice(0, 8) ?? "ID";
    const text = [
      `parley demo: ${formatSummary(summary)}`,
      ...summary.errors.map((e) => `  failed: ${e}`),
      "",
      `Articles (${articles.length}):`,
      formatArticles(articles).trimEnd().replace(/^/gm, "  "),
      "",
      `Timeline (${events.length} events):`,
      events.length ? events.map((e) => "  " + eventLine(e)).join("\n") : "  (no events coded)",
      "",
      `Figures (${figures.length}):`,
      figures.length ? figures.map((f) => "  " + figureLine(f)).join("\n") : "  (no figures found)",
      "",
      "Where to look next:",
      ...[
        [`parley show ${first} ${dbFlag}`, "the article with actors, triggers and figures marked"],
        [`parley events --code 19 ${dbFlag}`, "fights (CAMEO 19x), or --plover ASSAULT"],
        [`parley events --actor ISR ${dbFlag}`, "events with Israeli actors as source or target"],
        [`parley events --format gdelt ${dbFlag}`, "GDELT 2.0 TSV (also csv, json, jsonl, plover)"],
        [`parley figures --kind killed ${dbFlag}`, "casualty figures with claimant, period and evidence (--series, --conflicts)"],
        [`parley ingest FILE|DIR|URL|FEED ${dbFlag}`, "add your own articles"],
      ].map(([cmd, what], _k, all) => `  ${cmd.padEnd(Math.max(...all.map(([c]) => c.length)) + 2)}${what}`),
      "",
    ].join("\n");
    return { summary, text };
  } finally {
    await store.close();
  }
}
