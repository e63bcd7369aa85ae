// `parley articles`: the stored articles, latest versions unless --all-versions.
import type { Command } from "commander";
import { formatArticles } from "../format.js";
import { withExamples } from "../help.js";
import { dbPathOf, positiveInt, withStore } from "../store-access.js";
import { forOutput } from "../../util/terminal.js";

export function register(program: Command): void {
  const cmd = program.command("articles")
    .description("list stored articles (id, reference date, sentences, events, title)")
    .option("--all-versions", "include superseded versions of re-ingested URLs")
    .option("--limit <n>", "show at most n articles", positiveInt("--limit"))
    .option("--json", "print JSON instead of a table")
    .action(async (opts: { allVersions?: boolean; limit?: number; json?: boolean }, cmd: Command) => {
      const { listArticles } = await import("../../store/queries.js");
      await withStore(dbPathOf(cmd), async ({ db }) => {
        const rows = await listArticles(db, { allVersions: opts.allVersions, limit: opts.limit });
        process.stdout.write(opts.json ? forOutput(JSON.stringify(rows, null, 2) + "\n", false) : forOutput(formatArticles(rows), true));
      }, { mustExist: true });
    });
  withExamples(cmd, [
    ["parley articles", "latest versions in ./parley.db (or $PARLEY_DB)"],
    ["parley articles --all-versions --db gaza.db", "with superseded versions"],
    ["parley articles --json | jq '.[].id'", "as JSON"],
  ]);
}
