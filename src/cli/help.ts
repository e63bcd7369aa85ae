// What every `parley … --help` ends with: examples for the command, then the environment
// variables, the config file and the exit-status convention, so no page leaves them out.
import type { Command } from "commander";

/** Every command of the tree, the root first. */
export function allCommands(root: Command): Command[] {
  return [root, ...root.commands.flatMap((c) => allCommands(c))];
}

/** Add an "Examples:" block to a command's help; each entry is [command line, what it does]. */
export function withExamples(cmd: Command, examples: [string, string][]): Command {
  const width = Math.max(...examples.map(([line]) => line.length));
  const lines = examples.map(([line, what]) => `  $ ${line.padEnd(width)}  # ${what}`);
  return cmd.addHelpText("after", `\nExamples:\n${lines.join("\n")}`);
}

export const ENVIRONMENT_HELP = `
Environment:
  PARLEY_DB      database file or postgres:// URL when --db is not given (then "db" in the config file, then ./parley.db)
  PARLEY_SHARED  folder with the evaluation and training data (default: ../shared beside the package)
  NO_COLOR       set to any value to print without colour
  PARLEY_TOKEN   bearer token of parley serve when --token is not given
  PARLEY_BUSY_TIMEOUT  seconds a SQLite writer waits for another's lock (default 10)
  PARLEY_QUEUE   redis:// URL of the job queue for enqueue, worker and queue status
  PARLEY_CACHE_DIR  folder for files parley rebuilds itself, such as the compiled NER name lists (default: $XDG_CACHE_HOME/parley or ~/.cache/parley; "off": none)
  HTTPS_PROXY, HTTP_PROXY, NO_PROXY  proxies for fetching URLs and feeds (and hosts fetched directly)

Config file: parley.config.json or .parleyrc (JSON), the first found from the working directory
upwards, or --config FILE; it sets the database, dictionaries and option defaults (README, "Config file").

Exit status: 0 ok, 1 some inputs failed (the rest were done), 2 usage error (bad flag, value or
config; nothing done), 130 interrupted by Ctrl-C, 70 internal error (a bug: please report it).`;

/** Append the environment block to every command of the tree (call after all are registered). */
export function addEnvironmentHelp(root: Command): void {
  for (const cmd of allCommands(root)) cmd.addHelpText("after", ENVIRONMENT_HELP);
}
