// Shared bits for ingestion tests: fixture paths, a fixed clock, and draining readSources.
import { join } from "node:path";
import { packageRoot } from "../../src/paths.js";
import { readSources } from "../../src/ingest/index.js";
import type { IngestItem, IngestOptions } from "../../src/ingest/types.js";
import type { Article } from "../../src/text/article.js";
import type { SourceError } from "../../src/errors.js";

export const fixtures = join(packageRoot, "test", "fixtures", "ingest");
export const fixture = (...parts: string[]): string => join(fixtures, ...parts);

/** Ingest day used by tests, so "ingest" dates and dateline years are fixed. */
export const NOW = new Date("2026-11-22T12:00:00Z");

export async function collect(sources: string[], opts: IngestOptions = {}): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of readSources(sources, { now: () => NOW, ...opts })) out.push(item);
  return out;
}

export function articles(items: IngestItem[]): Article[] {
  return items.flatMap((i) => (i.ok ? [i.article] : []));
}

export function errors(items: IngestItem[]): SourceError[] {
  return items.flatMap((i) => (i.ok ? [] : [i.error]));
}
