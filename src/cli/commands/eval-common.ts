// What the eval subcommands share: the --half option, and how a gold file's skipped records, warnings
// and duplicate ids are reported (stderr lines, JSON fields, exit status).
import type { Command } from "commander";
import type { GoldFile } from "../../eval/gold-records.js";

export const HALF_HELP =
  "score only one half of the file: records on even or odd lines (JSON Lines), or the even- or odd-numbered records " +
  "(formats whose records span several lines: PETRARCH records, CoNLL-U, IOB2)";

export function addHalfOption(cmd: Command): Command {
  return cmd.option("--half <even|odd>", HALF_HELP);
}

export function addAllowSkipsOption(cmd: Command): Command {
  return cmd.option("--allow-skips", "exit 0 even when some records could not be read (they are still listed and counted)");
}

/** Lists on stderr what the reader could not read or found doubtful. */
export function reportGoldFile(file: Pick<GoldFile<unknown>, "skipped" | "warnings" | "duplicates">): void {
  for (const w of file.warnings) console.error(`${w.where}: ${w.reason}`);
  for (const d of file.duplicates) console.error(`${d.where}: record id "${d.id}" is used again (first at ${d.first}); both records are scored`);
  for (const s of file.skipped) console.error(`${s.where}: skipped: ${s.reason}`);
}

/** The JSON fields that say what was left out. */
export function skipFields(file: Pick<GoldFile<unknown>, "skipped" | "duplicates">): {
  skipped: number;
  skipped_records: { where: string; id: string | null; reason: string }[];
  duplicate_ids: string[];
} {
  return {
    skipped: file.skipped.length,
    skipped_records: file.skipped.map((s) => ({ where: s.where, id: s.id, reason: s.reason })),
    duplicate_ids: [...new Set(file.duplicates.map((d) => d.id))],
  };
}

/** A run that left records out fails (exit 1) unless --allow-skips; scores are printed either way. */
export function failOnSkips(skipped: number, allowSkips: boolean | undefined): void {
  if (!skipped || allowSkips) return;
  console.error(`parley: ${skipped} record${skipped === 1 ? "" : "s"} could not be read and ${skipped === 1 ? "was" : "were"} not scored (listed above); --allow-skips accepts that`);
  process.exitCode = 1;
}
