// `parley verbs import FILE [-o OUT]`: converts a PETRARCH/TABARI verb dictionary into parley's verb-file format.
import { existsSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import type { Command } from "commander";
import { importPetrarchVerbsDetailed } from "../../events/petrarch-verbs.js";
import { formatLexicon } from "../../events/lexicon-format.js";
import { UserError } from "../../errors.js";
import { withExamples } from "../help.js";

export function register(program: Command): void {
  const verbs = program.command("verbs").description("verb dictionaries (the event lexicon)");
  const imp = verbs
    .command("import")
    .description("convert a PETRARCH-2 (CAMEO.2.0.txt) or PETRARCH-1/TABARI verb dictionary to parley's format")
    .argument("<file>", "PETRARCH/TABARI verb dictionary")
    .option("-o, --out <path>", "write the converted lexicon here (default: standard output)")
    .action((file: string, opts: { out?: string }) => {
      if (!existsSync(file)) throw new UserError(`verb dictionary not found: ${file}`);
      const r = importPetrarchVerbsDetailed(file);
      for (const x of r.rejected) console.error(`${x.where}: rejected: ${x.reason}${x.text ? `: ${x.text}` : ""}`);
      const summary = `${r.blocks} verb blocks, ${r.verbs} verbs, ${r.patternLines} pattern lines → ${r.patterns} patterns over ${r.lexicon.byLemma.size} lemmas, ${r.classes} word classes, ${r.rejected.length} lines rejected`;
      const text = formatLexicon(r.lexicon, [`Imported by \`parley verbs import\` from ${basename(file)}: ${summary}.`, "Format: data/verbs/README.md. Origins give the source file:line and the original pattern."]);
      if (opts.out) writeFileSync(opts.out, text);
      else process.stdout.write(text);
      console.error(`${basename(file)}: ${summary}`);
    });
  withExamples(imp, [
    ["parley verbs import CAMEO.2.0.txt -o my-verbs.txt", "convert PETRARCH-2's verb dictionary"],
    ["parley ingest news/ --verbs my-verbs.txt", "then code with it"],
  ]);
  withExamples(verbs, [["parley verbs import --help", "the one subcommand"]]);
}
