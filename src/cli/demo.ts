// `parley demo` as a plain function: ingest the bundled seed articles into a fresh store and
// describe what came out (article list, event timeline, commands to try next).
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Analyzer } from "../analyze.js";
import { UserError } from "../errors.js";
import type { IngestItem } from "../ingest/types.js";
import { runIngest, formatSummary, type SourceReader, type IngestSummary } from "../ingest-run.js";
import { examplesDir } from "../paths.js";
import { openStore } from "../store/open.js";
import { listArticles, listEvents } from "../store/queries.js";
import { eventLine, formatArticles } from "./format.js";

export interface DemoEntry {
  file: string;
  date: string;
  title: string;
  publisher?: string;
}

export function loadDemoIndex(dir = examplesDir): DemoEntry[] {
  const path = join(dir, "index.json");
  let entries: unknown;
  try {
    entries = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new UserError(`${path}: ${(err as Error).message}`);
  }
  if (!Array.isArray(entries)) throw new UserError(`${path}: expected a list of {file, date, title}`);
  return entries.map((e, k) => {
    if (typeof e?.file !== "string" || typeof e?.date !== "string" || typeof e?.title !== "string") {
      throw new UserError(`${path}: entry ${k + 1} needs file, date and title`);
    }
    return e as DemoEntry;
  });
}

/** A reader over the index: each file with its date as the reference date, and its title. */
function demoReader(read: SourceReader, dir: string, entries: DemoEntry[]): SourceReader {
  return async function* (_sources, opts, stdin): AsyncIterable<IngestItem> {
    for (const entry of entries) {
      for await (const item of read([join(dir, entry.file)], { ...opts, date: entry.date }, stdin)) {
        if (!item.ok) yield item;
        else yield { ok: true, article: { ...item.article, title: entry.title, publisher: entry.publisher ?? item.article.publisher } };
      }
    }
  };
}

export interface DemoOptions {
  dbPath: string;
  analyzer: Analyzer;
  read: SourceReader;
  /** Replace an existing file at dbPath (the default demo database is always replaced). */
  overwrite: boolean;
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
  const entries = loadDemoIndex(dir);
  if (existsSync(o.dbPath)) {
    if (!o.overwrite) throw new UserError(`${o.dbPath} exists; the demo needs a fresh database (add --force to replace it)`);
    removeDb(o.dbPath);
  }
  const store = await openStore(o.dbPath);
  try {
    const summary = await runIngest({
      sources: entries.map((e) => e.file), opts: {}, db: store.db, analyzer: o.analyzer,
      read: demoReader(o.read, dir, entries), command: "demo", report: () => {},
    });
    const articles = await listArticles(store.db);
    const events = await listEvents(store.db);
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
      "Where to look next:",
      `  parley show ${first} ${dbFlag}                 the article with actors and triggers marked`,
      `  parley events --code 19 ${dbFlag}              fights (CAMEO 19x), or --plover ASSAULT`,
      `  parley events --actor ISR ${dbFlag}            events with Israeli actors as source or target`,
      `  parley events --format gdelt ${dbFlag}         GDELT 2.0 TSV (also csv, json, jsonl, plover)`,
      `  parley ingest FILE|DIR|URL|FEED ${dbFlag}      add your own articles`,
      "",
    ].join("\n");
    return { summary, text };
  } finally {
    await store.close();
  }
}
