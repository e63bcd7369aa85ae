// Ctrl-C: the first asks the batch to stop after the current article; the second must quit at once, even
// while a long synchronous step (one article's analysis) holds the thread and no JavaScript handler can run.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";

const CHILD = `
const { stopOnInterrupt } = await import(${JSON.stringify(new URL("../src/cli/coding-options.js", import.meta.url).href)});
const stop = stopOnInterrupt();
stop.signal.addEventListener("abort", () => {
  // The first Ctrl-C was heard; now a long synchronous step, as an article's analysis is.
  process.stdout.write("busy\\n");
  const until = Date.now() + 8000;
  while (Date.now() < until) {}
  process.stdout.write("finished the step\\n");
});
process.stdout.write("ready\\n");
setTimeout(() => {}, 20000);
`;

test("a second Ctrl-C during a long synchronous step ends the process at once", async (t) => {
  const child = spawn(process.execPath, ["--input-type=module", "-e", CHILD], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stderr.on("data", (d) => (err += d));
  let sentAt = 0;
  let first = false;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>((resolve) => {
    child.on("exit", (code, signal) => resolve({ code, signal, ms: performance.now() - sentAt }));
  });
  child.stdout.on("data", (d) => {
    out += d;
    if (out.includes("ready") && !first) {
      first = true;
      child.kill("SIGINT");
    }
    if (out.includes("busy") && !sentAt) {
      sentAt = performance.now();
      child.kill("SIGINT");
    }
  });
  const r = await exited;
  t.diagnostic(`second Ctrl-C to exit: ${r.ms.toFixed(1)} ms`);
  assert.match(err, /stopping after the current article \(Ctrl-C again to quit now\)/);
  assert.doesNotMatch(out, /finished the step/, "the second Ctrl-C waited for the step to end");
  assert.ok(r.signal === "SIGINT" || r.code === 130, `ended with ${r.code} / ${r.signal}`);
  assert.ok(r.ms < 1500, `the second Ctrl-C took ${r.ms.toFixed(0)} ms to end the process`);
});
