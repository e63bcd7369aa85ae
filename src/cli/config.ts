// The config file: parley.config.json or .parleyrc (JSON), the first found from the working
// directory upwards, or --config FILE. It supplies defaults only: a flag on the command line wins,
// and PARLEY_DB wins over its "db". Checked against docs/schema/config.json, with one line per problem.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { createRequire } from "node:module";
import type { Ajv } from "ajv";
import type { Command, Option } from "commander";
import { UserError } from "../errors.js";
import { packageRoot } from "../paths.js";
import { allCommands } from "./help.js";
import { parseDbLocation } from "../store/location.js";

export const CONFIG_NAMES = ["parley.config.json", ".parleyrc"] as const;

export interface ParleyConfig {
  db?: string;
  actors?: string[];
  actorsDir?: string;
  replaceActors?: boolean;
  verbs?: string[];
  conventions?: string;
  defaults?: Record<string, Record<string, string | number | boolean | (string | number)[]>>;
}

export interface LoadedConfig {
  path: string;
  config: ParleyConfig;
}

/** The nearest config file from `dir` upwards, or null. */
export function findConfig(dir: string): string | null {
  for (let d = resolve(dir); ; d = dirname(d)) {
    for (const name of CONFIG_NAMES) {
      const p = join(d, name);
      if (existsSync(p) && statSync(p).isFile()) return p;
    }
    if (dirname(d) === d) return null;
  }
}

let validate: ReturnType<Ajv["compile"]> | undefined;
/** ajv, loaded only when a config file is read: most runs have none, and it costs start-up time. */
const ajv = (): typeof Ajv => (createRequire(import.meta.url)("ajv") as { Ajv: typeof Ajv }).Ajv;

/** Read and check a config file; top-level paths come back absolute (relative to the file's folder). */
export function loadConfig(path: string): LoadedConfig {
  let raw: unknown;
  let text = "";
  try {
    text = readFileSync(path, "utf8");
    raw = JSON.parse(text);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") throw new UserError(`${path}: no such file`);
    // JSON.parse names a character offset; a line number is what an editor needs.
    const at = /at position (\d+)/.exec((err as Error).message);
    const line = at ? `:${text.slice(0, Number(at[1])).split("\n").length}` : "";
    throw new UserError(`${path}${line}: not valid JSON: ${(err as Error).message}`);
  }
  validate ??= new (ajv())({ allErrors: true, allowUnionTypes: true }).compile(JSON.parse(readFileSync(join(packageRoot, "docs", "schema", "config.json"), "utf8")));
  if (!validate(raw)) {
    const e = validate.errors![0];
    const extra = e.keyword === "additionalProperties" ? ` "${(e.params as { additionalProperty: string }).additionalProperty}"` : "";
    throw new UserError(`${path}: ${e.instancePath || "the top level"}: ${e.message}${extra} (see docs/schema/config.json)`);
  }
  const config = { ...(raw as ParleyConfig) };
  const base = dirname(resolve(path));
  const abs = (p: string) => (isAbsolute(p) ? p : join(base, p));
  // A URL (postgres://…) is no path: only a file name is taken relative to the config file.
  if (config.db && parseDbLocation(config.db).backend === "sqlite") config.db = abs(config.db);
  if (config.actorsDir) config.actorsDir = abs(config.actorsDir);
  if (config.actors) config.actors = config.actors.map(abs);
  if (config.verbs) config.verbs = config.verbs.map(abs);
  return { path, config };
}

/** Top-level keys that set the option of the same name on whichever command has one. */
const SHARED_KEYS = ["actors", "actorsDir", "replaceActors", "verbs", "conventions"] as const;

function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(" ");
}

function findOption(cmd: Command, key: string): Option | undefined {
  return cmd.options.find((o) => o.attributeName() === key || o.long === `--${key}`);
}

/** Set an option from the config unless the command line (or the environment) already did. */
function setDefault(cmd: Command, opt: Option, value: unknown, where: string): void {
  const source = cmd.getOptionValueSource(opt.attributeName());
  if (source === "cli" || source === "env") return;
  let v = value;
  try {
    // Values go through the option's own parser, so "2024" for --since means what it does when typed.
    if (opt.parseArg && typeof value === "string") v = opt.parseArg(value, opt.defaultValue);
    else if (opt.parseArg && Array.isArray(value)) v = value.reduce((acc, x) => opt.parseArg!(String(x), acc), undefined);
    else if (opt.parseArg && typeof value === "number") v = opt.parseArg(String(value), opt.defaultValue);
  } catch (err) {
    throw new UserError(`${where}: ${(err as Error).message}`);
  }
  if (opt.isBoolean() && typeof v !== "boolean") throw new UserError(`${where}: ${opt.long} is a switch: use true or false`);
  cmd.setOptionValueWithSource(opt.attributeName(), v, "config");
}

/**
 * Apply a config to the command about to run: the root's --db, the shared dictionary keys on
 * any command that has those options, and `defaults` for this command.
 */
export function applyConfig(root: Command, cmd: Command, { path, config }: LoadedConfig, env: NodeJS.ProcessEnv = process.env): void {
  if (config.db && root.getOptionValueSource("db") !== "cli" && !env.PARLEY_DB) {
    root.setOptionValueWithSource("db", config.db, "config");
  }
  for (const key of SHARED_KEYS) {
    const opt = config[key] === undefined ? undefined : findOption(cmd, key);
    if (opt) setDefault(cmd, opt, config[key], `${path}: ${key}`);
  }
  const known = new Set(allCommands(root).map(commandPath));
  for (const name of Object.keys(config.defaults ?? {})) {
    if (!known.has(name)) throw new UserError(`${path}: defaults."${name}": there is no command \`parley ${name}\``);
  }
  const own = config.defaults?.[commandPath(cmd)];
  for (const [key, value] of Object.entries(own ?? {})) {
    const opt = findOption(cmd, key);
    if (!opt) throw new UserError(`${path}: defaults."${commandPath(cmd)}": \`parley ${commandPath(cmd)}\` has no option --${key}`);
    setDefault(cmd, opt, value, `${path}: defaults."${commandPath(cmd)}".${key}`);
  }
}

/** The actor dictionaries in a user folder: every .txt file, sorted, README excluded. */
export function dictionaryFiles(dir: string, flag = "--actors-dir"): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UserError(`${flag}: no folder ${dir}`);
  return readdirSync(dir).filter((f) => f.endsWith(".txt") && !/^readme/i.test(f)).sort().map((f) => join(dir, f));
}
