// `parley actors …`: actor dictionary tools (import from PETRARCH/TABARI).
import type { Command } from "commander";
import { importToFile } from "../../actors/import.js";

export function register(program: Command): void {
  const actors = program.command("actors").description("actor dictionaries: import and inspect");
  actors
    .command("import")
    .description("convert PETRARCH/TABARI actor and agent dictionaries to parley's format")
    .argument("<files...>", "PETRARCH/TABARI .txt dictionaries (actors, agents)")
    .option("-o, --out <file>", "where to write the converted dictionary", "actors-imported.txt")
    .option("--json", "print the counts as one JSON object")
    .action((files: string[], opts: { out: string; json?: boolean }) => {
      const s = importToFile(files, opts.out);
      if (opts.json) {
        console.log(JSON.stringify({ out: opts.out, ...s }));
        return;
      }
      for (const p of s.problems) console.error(`skipped ${p}`);
      console.log(`wrote ${opts.out}: ${s.actors} actors, ${s.agents} agents, ${s.names} names, ${s.datedCodes} dated codes from ${s.files} file(s); ${s.problems.length} line(s) skipped`);
    });
}
