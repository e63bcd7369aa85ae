// The `parley` command: parses flags and hands work to plain functions elsewhere.
import { Command, CommanderError } from "commander";
import { UserError } from "../errors.js";
import { commands } from "./commands/index.js";
import { defaultDeps, type CliDeps } from "./deps.js";
import { oneLine } from "../util/terminal.js";
import { EXIT, quitQuietlyOnClosedPipe } from "./exit.js";
import { addEnvironmentHelp, withExamples } from "./help.js";
import { packageVersion } from "./version.js";
import { applyConfig, findConfig, loadConfig } from "./config.js";

/** The whole command tree, without running it (tests walk it to check every help page). */
export function buildProgram(deps: CliDeps = defaultDeps): Command {
  const program = new Command("parley")
    .description("Turn news about wars and peace talks into CAMEO/PLOVER event data with evidence.")
    .version(packageVersion(), "-V, --version", "print parley's version")
    .option("--db <path>", "SQLite file or postgres://user@host/db URL (default: $PARLEY_DB, then the config file's db, then ./parley.db)")
    .option("--config <file>", "config file (default: parley.config.json or .parleyrc, the first found upwards from here)")
    .exitOverride()
    .configureHelp({ showGlobalOptions: true })
    .configureOutput({ outputError: (s, write) => write(s) });
  for (const register of commands) register(program, deps);
  // Config values become option defaults just before a command runs; flags typed win.
  program.hook("preAction", (root, action) => {
    const path = (root.opts().config as string | undefined) ?? findConfig(process.cwd());
    if (path) applyConfig(root, action, loadConfig(path));
  });
  withExamples(program, [
    ["parley demo", "the bundled example articles, coded and explained"],
    ["parley ingest news/ --db gaza.db", "your own articles"],
    ["parley events --db gaza.db --format csv > events.csv", "their events as CSV"],
    ["parley events --help", "the options of one command"],
    ["parley --config team.json events", "with a config file (database, dictionaries, defaults)"],
  ]);
  addEnvironmentHelp(program);
  return program;
}

/** Run the CLI; `deps` replaces what commands load (tests pass a fake analyzer). Returns the exit status. */
export async function main(argv: string[], deps: CliDeps = defaultDeps): Promise<number> {
  quitQuietlyOnClosedPipe(process.stdout);
  const program = buildProgram(deps);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : EXIT.ok;
  } catch (err) {
    // Help and --version end through exitOverride with status 0; every other commander error is a usage error.
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (err instanceof UserError) {
      console.error(`parley: ${oneLine(err.message)}`);
      return err.exitCode;
    }
    console.error(`parley: internal error (please report it): ${(err as Error)?.stack ?? String(err)}`);
    return EXIT.internal;
  }
}
