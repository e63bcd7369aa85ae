// `parley ingest SOURCE…`: read, analyse and store articles; one line per failure, a summary,
// exit status 1 when anything failed.
import { InvalidArgumentError, type Command } from "commander";
import type { IngestRunOptions, IngestSummary } from "../../ingest-run.js";
import { parseInterval } from "../../util/interval.js";
import { UserError } from "../../errors.js";
import { countingIngestDays, ingestDayWarning, type IngestDayCount } from "../date-warning.js";
import { defaultDeps, type CliDeps } from "../deps.js";
import { addBudgetOptions, addDictionaryOptions, stopOnInterrupt, type DictionaryFlags } from "../coding-options.js";
import { addWorkersOption, withBatchAnalyzer, type WorkersFlags } from "../workers.js";
import { withExamples } from "../help.js";
import { addLinkOptions, linkOptionsOf, type LinkFlags } from "../link-options.js";
import { boundedInt, collect, dbPathOf, isoDate, positiveInt, withStore } from "../store-access.js";
import { DEFAULT_FEED_DEADLINE_MS, DEFAULT_MAX_FEED_ITEMS, MAX_BYTES_CEILING } from "../../ingest/limits.js";

interface IngestFlags extends DictionaryFlags, LinkFlags, WorkersFlags {
  date?: string;
  include: string[];
  exclude: string[];
  maxBytes?: number;
  maxFeedItems?: number;
  feedDeadline?: number;
  timeout?: number;
  maxRedirects?: number;
  quiet?: boolean;
  allowPrivate?: boolean;
  followSymlinks?: boolean;
  updateMetadata?: boolean;
  watch?: boolean;
  every?: number;
  refetch?: boolean;
  durable?: boolean;
}

/** --every: an interval like 10m, 90s, 1h30m; at least 10 s, to stay polite to the servers. */
function interval(v: string): number {
  const ms = parseInterval(v);
  if (ms === null) throw new InvalidArgumentError(`--every must be an interval like 10m, 90s or 1h, not "${v}"`);
  if (ms < 10_000) throw new InvalidArgumentError(`--every must be at least 10s, not "${v}"`);
  return ms;
}


export function register(program: Command, deps: CliDeps = defaultDeps): void {
  const cmd = program.command("ingest")
    .argument("<sources...>", "files, folders, URLs, RSS/Atom feeds, .jsonl files, or - for stdin")
    .description("read articles, code their events and store everything")
    .option("--date <date>", "reference date YYYY-MM-DD for all articles (wins over metadata and datelines)", isoDate("--date"))
    .option("--include <glob>", "only files matching this glob in folders (repeatable)", collect, [])
    .option("--exclude <glob>", "skip files matching this glob in folders (repeatable)", collect, [])
    .option("--max-bytes <n>", "largest file or download accepted (for JSON Lines: line), in bytes (default 10 MiB, at most 64 MiB)", boundedInt("--max-bytes", MAX_BYTES_CEILING, "64 MiB"))
    .option("--max-feed-items <n>", `items read from one feed (default ${DEFAULT_MAX_FEED_ITEMS}); the rest are named in one line`, positiveInt("--max-feed-items"))
    .option("--feed-deadline <seconds>", `time one feed may spend fetching its items' pages (default ${DEFAULT_FEED_DEADLINE_MS / 1000}); items not reached are named in one line`, positiveInt("--feed-deadline"))
    .option("--timeout <seconds>", "HTTP timeout in seconds (default 15)", positiveInt("--timeout"))
    .option("--max-redirects <n>", "HTTP redirects followed (default 5)", positiveInt("--max-redirects"))
    .option("--follow-symlinks", "in folders, follow symbolic links to files inside the folder (not followed by default)")
    .option("--allow-private", "also fetch URLs on loopback, private, link-local and other non-public addresses (refused by default)")
    .option("--quiet", "no progress bar and no summary")
    .option("--update-metadata", "text already stored takes the new title, URL, byline, publisher and date (re-coded when the date changes)")
    .option("--watch", "keep polling: ingest the sources again every --every, feeds with conditional GET and only their new items; Ctrl-C stops")
    .option("--every <interval>", "time between --watch polls: 90s, 10m, 1h (default 10m; at least 10s)", interval)
    .option("--durable", "sync every article's commit to disk (SQLite synchronous=FULL): survives a power cut or OS crash, slower")
    .option("--refetch", "fetch feeds and their items again even when the store has them (no conditional GET)");
  addWorkersOption(addDictionaryOptions(addLinkOptions(addBudgetOptions(cmd))))
    .action((sources: string[], flags: IngestFlags, cmd: Command) => {
      // usage errors before the models load
      if (flags.every !== undefined && !flags.watch) throw new UserError("--every goes with --watch");
      if (flags.watch && sources.includes("-")) throw new UserError("--watch cannot re-read standard input (-); give feed URLs, files or folders");
      return withBatchAnalyzer(deps, flags, async (analyzer) => {
        // the pipeline, readers and progress bar load when the command runs, not for its help
        const [{ formatSummary, runIngest }, { feedLine }, { formatInterval, watchFeeds }, { oneLine: escapedLine }, { readSources }, { redactUrl }, { terminalProgress }] = await Promise.all([
          import("../../ingest-run.js"), import("../../ingest-feeds.js"), import("../../ingest-watch.js"), import("../../util/terminal.js"),
          import("../../ingest/index.js"), import("../../ingest/net-policy.js"), import("../progress.js"),
        ]);
        // First Ctrl-C: finish the current article and stop; a second one quits at once.
        const stop = stopOnInterrupt();
        const undated: IngestDayCount = { count: 0, sources: [] };
        const dbPath = dbPathOf(cmd);
        await withStore(dbPath, async ({ db }) => {
          const run: IngestRunOptions = {
            sources, db, analyzer, storeName: redactUrl(dbPath), signal: stop.signal, read: countingIngestDays(readSources, undated),
            opts: {
              date: flags.date, include: flags.include, exclude: flags.exclude, maxBytes: flags.maxBytes,
              maxFeedItems: flags.maxFeedItems, feedDeadlineMs: flags.feedDeadline === undefined ? undefined : flags.feedDeadline * 1000,
              timeoutMs: flags.timeout === undefined ? undefined : flags.timeout * 1000, maxRedirects: flags.maxRedirects,
              allowPrivate: flags.allowPrivate, followSymlinks: flags.followSymlinks,
            },
            updateMetadata: flags.updateMetadata,
            // Items already stored are fetched again for --update-metadata: their pages may say more.
            feeds: { refetch: flags.refetch || flags.updateMetadata },
            link: flags.link === false ? false : linkOptionsOf(flags),
            command: ["ingest", ...sources.map(redactUrl), ...(flags.date ? ["--date", flags.date] : [])].join(" "),
          };
          const report = (summary: IngestSummary, prefix = "") => {
            if (flags.quiet) return;
            for (const f of summary.feeds) console.log(prefix + escapedLine(feedLine(f)));
            console.log(prefix + formatSummary(summary));
          };
          if (flags.watch) {
            const every = flags.every ?? 10 * 60_000;
            if (!flags.quiet) console.error(`parley: watching ${sources.length} source${sources.length === 1 ? "" : "s"} every ${formatInterval(every)}; Ctrl-C stops`);
            // No progress bar: one summary line per batch suits a long-running watch better.
            const result = await watchFeeds({ ...run, signal: stop.signal, everyMs: every, onBatch: (s) => report(s, `${new Date().toISOString().slice(0, 19)}Z `) });
            if (!flags.quiet) console.log(`stopped after ${result.batches} batch${result.batches === 1 ? "" : "es"}${result.storeFailure ? ` (store ${result.storeFailure})` : ""}: ${result.new} new articles, ${result.failed} failed`);
            if (result.failed > 0 || result.storeFailure) process.exitCode = 1;
          } else {
            const summary = await runIngest({ ...run, progress: flags.quiet ? undefined : terminalProgress() });
            report(summary);
            if (summary.interrupted) process.exitCode = 130;
            else if (summary.failed > 0) process.exitCode = 1;
          }
          const warning = ingestDayWarning(undated);
          if (warning) console.error(warning);
        }, { write: true, durable: flags.durable }).finally(stop.dispose);
      });
    });
  withExamples(cmd, [
    ["parley ingest article.txt --date 2024-05-08", "one file, its reference date given"],
    ["parley ingest news/ --include '*.html' --db gaza.db", "a folder's HTML pages into gaza.db"],
    ["parley ingest https://example.org/feed.xml", "every item of an RSS/Atom feed"],
    ["cat story.txt | parley ingest - --quiet", "standard input, no progress or summary"],
    ["parley ingest items.jsonl --actors my-actors.txt", "JSON Lines, with an extra actor dictionary"],
    ["parley ingest wire/ --workers 2", "analyse on two threads (stored in the same order as with one)"],
    ["parley ingest story.txt --date 2024-05-09 --update-metadata", "fix the date of a stored article (its events are re-coded)"],
    ["parley ingest https://example.org/feed.xml --watch --every 15m", "poll a feed, storing new items, until Ctrl-C"],
  ]);
}
