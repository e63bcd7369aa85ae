// `parley demo`: the two bundled seed articles, ingested into a fresh database and explained.
import type { Command } from "commander";
import { analyzerForCli } from "../analyzer.js";
import { defaultDeps, type CliDeps } from "../deps.js";
import { withExamples } from "../help.js";

export const DEMO_DB = "parley-demo.db";

export function register(program: Command, deps: CliDeps = defaultDeps): void {
  const cmd = program.command("demo")
    .description(`ingest the bundled seed articles into a fresh database (default ./${DEMO_DB}) and show what parley finds`)
    .option("--force", "replace the file given with --db if it exists")
    .action(async (flags: { force?: boolean }, cmd: Command) => {
      // Only a --db typed here: the demo never writes into a database named by PARLEY_DB or a config file.
      const given = cmd.getOptionValueSourceWithGlobals("db") === "cli" ? cmd.optsWithGlobals().db as string : undefined;
      const { runDemo } = await import("../demo.js");
      const { summary, text } = await runDemo({
        dbPath: given ?? DEMO_DB, analyzer: await analyzerForCli(deps.loadAnalyzer), overwrite: !given || Boolean(flags.force),
      });
      process.stdout.write(text);
      if (summary.failed > 0) process.exitCode = 1;
    });
  withExamples(cmd, [
    ["parley demo", `the seed articles into ./${DEMO_DB} (replaced each time)`],
    ["parley demo --db try.db --force", "into try.db, replacing it"],
  ]);
}
