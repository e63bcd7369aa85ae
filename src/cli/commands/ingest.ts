// `parley ingest SOURCE…`: read, analyse and store articles; one line per failure, a summary,
// exit status 1 when anything failed.
import type { Command } from "commander";
import { countingIngestDays, ingestDayWarning, type IngestDayCount } from "../date-warning.js";
import { defaultDeps, type CliDeps } from "../deps.js";
import { addDictionaryOptions, loadCodingAnalyzer, stopOnInterrupt, type DictionaryFlags } from "../coding-options.js";
import { withExamples } from "../help.js";
import { addLinkOptions, linkOptionsOf, type LinkFlags } from "../link-options.js";
import { collect, dbPathOf, isoDate, positiveInt, withStore } from "../store-access.js";

interface IngestFlags extends DictionaryFlags, LinkFlags {
  date?: string;
  include: string[];
  exclude: string[];
  maxBytes?: number;
  timeout?: number;
  maxRedirects?: number;
  quiet?: boolean;
  allowPrivate?: boolean;
  followSymlinks?: boolean;
  updateMetadata?: boolean;
}


export function register(program: Command, deps: CliDeps = defaultDeps): void {
  const cmd = program.command("ingest")
    .argument("<sources...>", "files, folders, URLs, RSS/Atom feeds, .jsonl files, or - for stdin")
    .description("read articles, code their events and store everything")
    .option("--date <date>", "reference date YYYY-MM-DD for all articles (wins over metadata and datelines)", isoDate("--date"))
    .option("--include <glob>", "only files matching this glob in folders (repeatable)", collect, [])
    .option("--exclude <glob>", "skip files matching this glob in folders (repeatable)", collect, [])
    .option("--max-bytes <n>", "largest file or download accepted, in bytes (default 10 MiB)", positiveInt("--max-bytes"))
    .option("--timeout <seconds>", "HTTP timeout in seconds (default 15)", positiveInt("--timeout"))
    .option("--max-redirects <n>", "HTTP redirects followed (default 5)", positiveInt("--max-redirects"))
    .option("--follow-symlinks", "in folders, follow symbolic links to files inside the folder (not followed by default)")
    .option("--allow-private", "also fetch URLs on loopback, private, link-local and other non-public addresses (refused by default)")
    .option("--quiet", "no progress bar and no summary")
    .option("--update-metadata", "text already stored takes the new title, URL, byline, publisher and date (re-coded when the date changes)");
  addDictionaryOptions(addLinkOptions(cmd))
    .action(async (sources: string[], flags: IngestFlags, cmd: Command) => {
      const [{ formatSummary, runIngest }, { readSources }, { redactUrl }, { terminalProgress }] = await Promise.all([
        import("../../ingest-run.js"), import("../../ingest/index.js"), import("../../ingest/net-policy.js"), import("../progress.js"),
      ]);
      const analyzer = await loadCodingAnalyzer(deps, flags);
      // First Ctrl-C: finish the current article and stop; a second one quits at once.
      const stop = stopOnInterrupt();
      const undated: IngestDayCount = { count: 0, sources: [] };
      await withStore(dbPathOf(cmd), async ({ db }) => {
        const summary = await runIngest({
          sources, db, analyzer, signal: stop.signal, read: countingIngestDays(readSources, undated),
          opts: {
            date: flags.date, include: flags.include, exclude: flags.exclude, maxBytes: flags.maxBytes,
            timeoutMs: flags.timeout === undefined ? undefined : flags.timeout * 1000, maxRedirects: flags.maxRedirects,
            allowPrivate: flags.allowPrivate, followSymlinks: flags.followSymlinks,
          },
          progress: flags.quiet ? undefined : terminalProgress(),
          updateMetadata: flags.updateMetadata,
          link: flags.link === false ? false : linkOptionsOf(flags),
          command: ["ingest", ...sources.map(redactUrl), ...(flags.date ? ["--date", flags.date] : [])].join(" "),
        });
        if (!flags.quiet) console.log(formatSummary(summary));
        const warning = ingestDayWarning(undated);
        if (warning) console.error(warning);
        if (summary.interrupted) process.exitCode = 130;
        else if (summary.failed > 0) process.exitCode = 1;
      }).finally(stop.dispose);
    });
  withExamples(cmd, [
    ["parley ingest article.txt --date 2024-05-08", "one file, its reference date given"],
    ["parley ingest news/ --include '*.html' --db gaza.db", "a folder's HTML pages into gaza.db"],
    ["parley ingest https://example.org/feed.xml", "every item of an RSS/Atom feed"],
    ["cat story.txt | parley ingest - --quiet", "standard input, no progress or summary"],
    ["parley ingest items.jsonl --actors my-actors.txt", "JSON Lines, with an extra actor dictionary"],
    ["parley ingest story.txt --date 2024-05-09 --update-metadata", "fix the date of a stored article (its events are re-coded)"],
  ]);
}
