// Start-up cost of the CLI: wall time of `parley --help`, `parley articles` and `parley events`
// on an empty store, and how many modules each loads (project files and npm packages), `runs` times
// each, the median printed (wall and the child's CPU time). Machines are noisy: compare two builds in one
// run (give a second checkout); their runs alternate so both see the same load.
// Run: npm run build && node dist/bench/startup.js [runs] [other-checkout]
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { packageRoot } from "../src/paths.js";
import { median } from "./median.js";

const runs = Number(process.argv[2] ?? 7);
const roots = [packageRoot, ...(process.argv[3] ? [process.argv[3]] : [])];
const tmp = mkdtempSync(join(tmpdir(), "parley-startup-"));
/** One empty store per checkout: an older build refuses a store migrated by a newer one. */
const dbOf = (root: string) => join(tmp, `empty-${roots.indexOf(root)}.db`);
// CPU time of the child (user + system), written at exit: on a busy machine it varies far less than wall time.
const cpuLog = join(tmp, "cpu.txt");
const cpuHook = join(tmp, "cpu.mjs");
writeFileSync(cpuHook, `import { writeFileSync } from "node:fs";
process.on("exit", () => { const c = process.cpuUsage(); writeFileSync(process.env.PARLEY_BENCH_CPU, String((c.user + c.system) / 1000)); });\n`);
// Counts every module the ESM loader resolves; loaded with --import, so it costs the same for every build.
const hooks = join(tmp, "hooks.mjs");
const register = join(tmp, "register.mjs");
writeFileSync(hooks, `import { appendFileSync } from "node:fs";
export async function resolve(spec, ctx, next) { const r = await next(spec, ctx); if (r.url.startsWith("file:")) appendFileSync(process.env.PARLEY_BENCH_LOG, r.url + "\\n"); return r; }\n`);
writeFileSync(register, `import { register } from "node:module"; register(${JSON.stringify("file://" + hooks)});\n`);


function run(root: string, args: string[], count: boolean): { wall: number; cpu: number; modules?: { own: number; npm: number } } {
  const log = join(tmp, "modules.log");
  writeFileSync(log, "");
  const pre = count ? ["--import", register] : ["--import", cpuHook];
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [...pre, join(root, "bin", "parley.js"), ...args], { env: { ...process.env, PARLEY_BENCH_LOG: log, PARLEY_BENCH_CPU: cpuLog }, encoding: "utf8" });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`parley ${args.join(" ")} exited ${r.status}: ${r.stderr.split("\n")[0]}`);
  if (!count) return { wall, cpu: Number(readFileSync(cpuLog, "utf8")) };
  const urls = new Set(readFileSync(log, "utf8").split("\n").filter(Boolean));
  const npm = [...urls].filter((u) => u.includes("/node_modules/")).length;
  return { wall, cpu: NaN, modules: { own: urls.size - npm, npm } };
}

const commands: [string, (root: string) => string[]][] = [
  ["parley --help", () => ["--help"]],
  ["parley articles", (root) => ["articles", "--db", dbOf(root)]],
  ["parley events", (root) => ["events", "--db", dbOf(root)]],
];
for (const root of roots) {
  try {
    // an empty store to read from: `parley ingest` of nothing creates and migrates it
    run(root, ["ingest", "--db", dbOf(root), "-"], false);
  } catch {
    // stdin is empty; the store exists either way, or the next runs say why
  }
}
const load = () => loadavg().map((x) => x.toFixed(1)).join(" ");
console.log(`load average at start: ${load()}`);
try {
  for (const [label, args] of commands) {
    const walls = roots.map((): number[] => []), cpus = roots.map((): number[] => []);
    for (let i = 0; i < runs; i++) {
      roots.forEach((root, k) => {
        const r = run(root, args(root), false);
        walls[k].push(r.wall);
        cpus[k].push(r.cpu);
      });
    }
    for (const [k, root] of roots.entries()) {
      const m = run(root, args(root), true).modules!;
      console.log(`${label.padEnd(16)} ${root === packageRoot ? "this build" : root}: median ${median(walls[k]).toFixed(0)} ms wall, ${median(cpus[k]).toFixed(0)} ms CPU over ${runs} runs; ${m.own} project modules, ${m.npm} npm modules`);
    }
  }
  console.log(`load average at end: ${load()}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
