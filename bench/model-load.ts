// Model load for ingest: a child process imports the pipeline and runs loadAnalyzer(); wall time of each
// part, CPU time of both and RSS after, `runs` times, medians printed. CPU is given for the whole process
// and (Linux) for its main thread alone: the model files inflate on the thread pool, so on an idle machine
// with two cores the wall time follows the main thread's CPU, not the sum. Give a second checkout to compare two
// builds in one run (their runs alternate, so both see the same machine load).
// Run: npm run build && node dist/bench/model-load.js [runs] [other-checkout]
import { execFileSync } from "node:child_process";
import { loadavg } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { packageRoot } from "../src/paths.js";

const runs = Number(process.argv[2] ?? 5);
const roots = [packageRoot, ...(process.argv[3] ? [process.argv[3]] : [])];
const code = (root: string) => `import { readFileSync } from "node:fs";
// utime + stime of the main thread (/proc/self/task/PID/stat, clock ticks of 10 ms), NaN elsewhere
const mainCpu = () => { try { const f = readFileSync("/proc/self/task/" + process.pid + "/stat", "utf8").split(") ")[1].split(" "); return (Number(f[11]) + Number(f[12])) * 10; } catch { return NaN; } };
const c0 = process.cpuUsage(); const m0 = mainCpu(); const t0 = performance.now();
const m = await import(${JSON.stringify(pathToFileURL(join(root, "dist", "src", "pipeline", "analyze.js")).href)});
const t1 = performance.now(); await m.loadAnalyzer(); const c = process.cpuUsage(c0);
console.log(JSON.stringify({ imp: t1 - t0, load: performance.now() - t1, cpu: (c.user + c.system) / 1000, main: mainCpu() - m0, rss: process.memoryUsage().rss / 2 ** 20 }));`;
type Run = { imp: number; load: number; cpu: number; main: number; rss: number };
const res: Run[][] = roots.map(() => []);
console.log(`load average at start: ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
for (let i = 0; i < runs; i++) {
  roots.forEach((root, k) => res[k].push(JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", code(root)], { encoding: "utf8" })) as Run));
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
roots.forEach((root, k) => {
  const m = (f: keyof Run) => med(res[k].map((r) => r[f])).toFixed(0);
  console.log(`${root}: import ${m("imp")} ms, loadAnalyzer ${m("load")} ms wall; import + load ${m("cpu")} ms CPU (main thread ${m("main")} ms); RSS ${m("rss")} MiB (median of ${runs})`);
});
console.log(`load average at end: ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
