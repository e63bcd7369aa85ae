// The options every command that codes events shares: rules switched off by id and the coding conventions.
import type { Command } from "commander";
import type { AnalyzerOptions } from "../pipeline/analyze.js";
import { collect } from "./store-access.js";

export interface CodingFlags {
  withoutRule?: string[];
  conventions?: string;
}

export function addCodingOptions(cmd: Command): Command {
  return cmd
    .option("--without-rule <id>", "switch a coding rule off by id, to measure what it buys (repeatable; `parley rules` lists them)", collect, [])
    .option("--conventions <name>", "coding conventions: builtin or petrarch (default: petrarch with PETRARCH/TABARI verb dictionaries, else builtin)");
}

/** The analyzer options the flags ask for, merged into a command's own (its `events` options kept). */
export function withCodingFlags(opts: AnalyzerOptions, flags: CodingFlags): AnalyzerOptions {
  const out: AnalyzerOptions = { ...opts, withoutRules: [...opts.withoutRules ?? [], ...flags.withoutRule ?? []] };
  if (flags.conventions) out.events = { ...opts.events, conventions: flags.conventions };
  return out;
}
