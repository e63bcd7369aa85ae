// The options every command that codes events shares: dictionaries, rules switched off by id, the coding
// conventions; loading the pipeline they ask for; stopping a batch on Ctrl-C.
import type { Command } from "commander";
import type { AnalyzerOptions } from "../pipeline/analyze.js";
import type { Analyzer } from "../pipeline/analyze.js";
import { UserError } from "../errors.js";
import { collect, positiveInt } from "./store-access.js";
import { DEFAULT_ARTICLE_SECONDS, DEFAULT_ARTICLE_TOKENS } from "../ingest/limits.js";
import { dictionaryFiles } from "./config.js";
import { analyzerForCli } from "./analyzer.js";
import type { CliDeps } from "./deps.js";

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

export interface DictionaryFlags extends CodingFlags {
  actors: string[];
  actorsDir?: string;
  replaceActors?: boolean;
  verbs: string[];
  /** The per-article budget of `ingest` and `worker` (absent for commands without those options: no limit). */
  maxSecondsPerArticle?: number;
  maxTokensPerArticle?: number;
}

/** --actors, --actors-dir, --replace-actors, --verbs, and the coding options: what a command that codes takes. */
export function addDictionaryOptions(cmd: Command): Command {
  cmd
    .option("--actors <file>", "extra actor/agent dictionary, parley or PETRARCH format (repeatable)", collect, [])
    .option("--actors-dir <dir>", "a folder of your own actor dictionaries (every .txt in it), kept outside the package")
    .option("--replace-actors", "use only the --actors/--actors-dir dictionaries, not the built-in ones")
    .option("--verbs <file>", "verb dictionary, parley or PETRARCH format, replacing the built-in lexicon (repeatable)", collect, []);
  return addCodingOptions(cmd);
}

/** --max-seconds-per-article and --max-tokens-per-article: what one article may cost (ingest, worker). */
export function addBudgetOptions(cmd: Command): Command {
  return cmd
    .option("--max-seconds-per-article <n>", "analysis time one article may take; then it fails with one line and the batch goes on", positiveInt("--max-seconds-per-article"), DEFAULT_ARTICLE_SECONDS)
    .option("--max-tokens-per-article <n>", "tokens one article may have; a longer one is skipped with one line once tokenized", positiveInt("--max-tokens-per-article"), DEFAULT_ARTICLE_TOKENS);
}

/** Loads the pipeline the flags ask for, with one clear line when it cannot load. */
export async function loadCodingAnalyzer(deps: CliDeps, flags: DictionaryFlags): Promise<Analyzer> {
  const options = codingAnalyzerOptions(flags);
  return analyzerForCli(() => deps.loadAnalyzer(options));
}

/** The analyzer options the dictionary and coding flags ask for (plain data: worker threads get a copy). */
export function codingAnalyzerOptions(flags: DictionaryFlags): AnalyzerOptions {
  const dictionaries = [...flags.actors, ...(flags.actorsDir ? dictionaryFiles(flags.actorsDir) : [])];
  if (flags.replaceActors && dictionaries.length === 0) throw new UserError("--replace-actors: give the dictionaries to use with --actors FILE or --actors-dir DIR");
  return withCodingFlags({
    actors: dictionaries.length ? { dictionaries, replaceBuiltIn: Boolean(flags.replaceActors) } : undefined,
    events: flags.verbs.length ? { verbs: flags.verbs } : undefined,
    ...(flags.maxSecondsPerArticle || flags.maxTokensPerArticle ? { budget: { seconds: flags.maxSecondsPerArticle, tokens: flags.maxTokensPerArticle } } : {}),
  }, flags);
}

/**
 * Ctrl-C during a batch: the first stops after the current article (the signal aborts), a second quits at
 * once. `dispose` removes the handler.
 */
export function stopOnInterrupt(): { signal: AbortSignal; dispose: () => void } {
  const stop = new AbortController();
  // After the first, the listener is removed: Node then restores the default action, so a second Ctrl-C ends
  // the process at once even while a long synchronous step (an article's analysis) holds the thread, where a
  // JavaScript handler would wait for the step to end.
  const onInt = () => {
    process.off("SIGINT", onInt);
    console.error("parley: stopping after the current article (Ctrl-C again to quit now)");
    stop.abort();
  };
  process.on("SIGINT", onInt);
  return { signal: stop.signal, dispose: () => void process.off("SIGINT", onInt) };
}
