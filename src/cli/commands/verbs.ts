// `parley verbs import FILE [-o OUT]`: converts a PETRARCH/TABARI verb dictionary into parley's verb-file format.
import { existsSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import type { Command } from "commander";
import { UserError } from "../../errors.js";
import { withExamples } from "../help.js";
import { join } from "node:path";
import { sharedDir } from "../../paths.js";

export function register(program: Command): void {
  const verbs = program.command("verbs").description("verb dictionaries (the event lexicon)");
  const imp = verbs
    .command("import")
    .description("convert a PETRARCH-2 (CAMEO.2.0.txt) or PETRARCH-1/TABARI verb dictionary to parley's format")
    .argument("<file>", "PETRARCH/TABARI verb dictionary")
    .option("-o, --out <path>", "write the converted lexicon here (default: standard output)")
    .action(async (file: string, opts: { out?: string }) => {
      if (!existsSync(file)) throw new UserError(`verb dictionary not found: ${file}`);
      const [{ importPetrarchVerbsDetailed }, { formatLexicon }] = await Promise.all([import("../../events/petrarch-verbs.js"), import("../../events/lexicon-format.js")]);
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
  const cov = verbs
    .command("coverage")
    .description("how many verbs of a PETRARCH-2 verb dictionary the lexicon codes to the same CAMEO root")
    .argument("[reference]", "PETRARCH/TABARI verb dictionary", join(sharedDir, "reference/petrarch-dictionaries/CAMEO.2.0.txt"))
    .option("--verbs <path>", "measure this lexicon (parley or PETRARCH format, file or folder) instead of the built-in one")
    .option("--no-wordnet", "without the WordNet fallback (data/verbs/wordnet/) of the built-in lexicon")
    .option("--gaps [n]", "also list the reference verbs our default patterns miss, most reference patterns first (the first n; all without n)")
    .option("--json", "print one JSON object")
    .action(async (reference: string, opts: { verbs?: string; wordnet: boolean; json?: boolean; gaps?: boolean | string }) => {
      if (!existsSync(reference)) throw new UserError(`verb dictionary not found: ${reference}`);
      const limit = gapLimit(opts.gaps);
      const [{ importPetrarchVerbsDetailed }, { loadLexicon }, { lexiconCoverage, lexiconGaps }, { wordnetFallback }] = await Promise.all([
        import("../../events/petrarch-verbs.js"), import("../../events/lexicon.js"), import("../../events/lexicon-coverage.js"), import("../../events/wordnet-fallback.js"),
      ]);
      const ours = [loadLexicon(opts.verbs ? [opts.verbs] : undefined), ...(opts.wordnet && !opts.verbs ? [wordnetFallback()] : [])];
      const ref = importPetrarchVerbsDetailed(reference).lexicon;
      const c = lexiconCoverage(ref, ours);
      const gaps = limit === undefined ? undefined : lexiconGaps(ref, ours).slice(0, limit);
      if (opts.json) {
        console.log(JSON.stringify({ reference: basename(reference), wordnet: opts.wordnet && !opts.verbs, ...c, ...(gaps ? { gaps } : {}) }));
        return;
      }
      console.log(`${basename(reference)}: ${c.verbs} verbs with a code of their own, ${c.patterns} coded patterns`);
      console.log(`  same root from our default pattern: ${c.default_same_root} (${c.pct_default_same_root}%)`);
      console.log(`  same root from any of our patterns: ${c.any_same_root} (${c.pct_any_same_root}%)`);
      console.log(`  verbs we know at all:               ${c.known} (${c.pct_known}%)`);
      console.log(`  patterns whose verb we code to their root: ${c.patterns_same_root} (${c.pct_patterns_same_root}%)`);
      if (!gaps) return;
      console.log(`verbs our default patterns miss (${gaps.length}${limit === Infinity ? "" : ` shown of ${c.verbs - c.default_same_root}`}): reference code, verb, reference patterns, our default`);
      for (const g of gaps) console.log(`  ${g.code.padEnd(5)} ${g.verb.padEnd(24)} ${String(g.patterns).padStart(5)}  ${g.ours ?? "-"}`);
    });
  withExamples(cov, [
    ["parley verbs coverage --json", "the built-in lexicon against ../shared's CAMEO.2.0.txt"],
    ["parley verbs coverage --gaps 50", "the 50 uncovered verbs with the most reference patterns: what to add next"],
  ]);
  withExamples(verbs, [["parley verbs import --help", "convert a dictionary"], ["parley verbs coverage --help", "measure the lexicon against one"]]);
}

/** `--gaps` (all) or `--gaps N` (the first N); a bad N is a usage error. */
function gapLimit(v: boolean | string | undefined): number | undefined {
  if (v === undefined || v === false) return undefined;
  if (v === true) return Infinity;
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new UserError(`--gaps takes a positive whole number, got "${v}"`);
  return Number(v);
}
