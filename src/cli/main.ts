// The `parley` command: parses flags and hands work to plain functions elsewhere.
import { Command, CommanderError } from "commander";
import { UserError } from "../errors.js";
import { commands } from "./commands/index.js";
import { defaultDeps, type CliDeps } from "./deps.js";

/** Run the CLI; `deps` replaces what commands load (tests pass a fake analyzer). */
export async function main(argv: string[], deps: CliDeps = defaultDeps): Promise<number> {
  const program = new Command("parley")
    .description("Turn news about wars and peace talks into CAMEO/PLOVER event data with evidence.")
    .option("--db <path>", "database file (default: $PARLEY_DB or ./parley.db)")
    .exitOverride()
    .configureOutput({ outputError: (s, write) => write(s) });
  for (const register of commands) register(program, deps);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    if (err instanceof UserError) {
      console.error(`parley: ${err.message}`);
      return err.exitCode;
    }
    throw err;
  }
}
