// Time and peak memory of the whole ingest path (read → extract → analyse) on hostile inputs at two
// sizes, to show that each grows linearly (the issue's target: under 10 s per MB, peak RSS under 1 GB).
// Each case runs in its own process so its peak RSS is its own.
// Run: npm run build && node dist/bench/adversarial.js [KB=100] [case…] (BENCH_LIMIT_S: seconds a run may take, default 600)
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { loadAnalyzer } from "../src/pipeline/analyze.js";
import { AnalysedDoc } from "../src/text/analysed.js";
import { documentDraft } from "../src/ingest/documents.js";
import type { SourceKind } from "../src/ingest/documents.js";
import { buildArticle } from "../src/ingest/build.js";

const rep = (s: string, n: number) => s.repeat(Math.max(1, Math.floor(n)));

/** Each case: a kind and a text of about `bytes` bytes. */
const CASES: Record<string, { kind: SourceKind; make: (bytes: number) => string }> = {
  spaces: { kind: "text", make: (b) => "Israel met Qatar." + rep(" ", b) + "Hamas rejected it." },
  tabs: { kind: "text", make: (b) => "Israel met Qatar." + rep("\t", b) + "Hamas rejected it." },
  nbsp: { kind: "text", make: (b) => "Israel met Qatar." + rep("\u00a0", b / 2) + "Hamas rejected it." },
  questions: { kind: "text", make: (b) => rep("?", b) + "a" },
  hyphens: { kind: "text", make: (b) => rep("a-", b / 2) + "a" },
  "one-sentence": { kind: "text", make: (b) => rep("Israel and Qatar and Egypt met ", b / 31) + "today." },
  sentences: { kind: "text", make: (b) => rep("Israel met Qatar in Doha on Monday. ", b / 36) },
  newlines: { kind: "text", make: (b) => rep("word\n", b / 5) },
  "html-br": { kind: "html", make: (b) => `<html><body><p>a${rep("<br>", b / 4)}b</p></body></html>` },
  "html-pre": { kind: "html", make: (b) => `<html><body><pre>${rep(" ", b)}x</pre><p>Israel met Qatar.</p></body></html>` },
  "html-b": { kind: "html", make: (b) => `<html><body><p>${rep("<b> </b>", b / 8)}Israel met Qatar.</p></body></html>` },
  "html-deep": { kind: "html", make: (b) => `<html><body>${rep("<div>", b / 11)}Israel met Qatar.${rep("</div>", b / 11)}</body></html>` },
  "html-wide-deep": { kind: "html", make: (b) => `<html><body>${rep(`${rep("<div>", 120)}<p>Israel met Qatar.</p>${rep("</div>", 120)}`, b / 1400)}</body></html>` },
  "html-many-p": { kind: "html", make: (b) => `<html><body>${rep("<p>Israel met Qatar in Doha. ", b / 30)}</body></html>` },
  "html-unclosed": { kind: "html", make: (b) => `<html><body>${rep("<div>", b / 5)}Israel met Qatar.</body></html>` },
};

async function runOne(name: string, bytes: number): Promise<void> {
  const c = CASES[name];
  const analyzer = await loadAnalyzer();
  const text = c.make(bytes);
  const t0 = performance.now();
  let tokens = 0;
  // Seconds per step (reading, then each pipeline component), to name the slowest.
  const steps: Record<string, number> = {};
  try {
    let t = performance.now();
    const article = buildArticle(documentDraft(text, c.kind, name), { now: () => new Date("2024-05-08") });
    steps.read = (performance.now() - t) / 1000;
    const doc = new AnalysedDoc(article);
    for (const comp of analyzer.components ?? []) {
      t = performance.now();
      comp.run(doc);
      steps[comp.name] = (performance.now() - t) / 1000;
    }
    tokens = doc.tokens.length;
  } catch (err) {
    console.log(JSON.stringify({ error: (err as Error).message.split("\n")[0] }));
  }
  const seconds = (performance.now() - t0) / 1000;
  const slowest = Object.entries(steps).sort((a, b) => b[1] - a[1])[0] ?? ["-", 0];
  console.log(JSON.stringify({ seconds, tokens, rss: process.resourceUsage().maxRSS * 1024, bytes: Buffer.byteLength(text), slowest: `${slowest[0]} ${slowest[1].toFixed(1)}s` }));
}

if (process.argv[2] === "--one") {
  await runOne(process.argv[3], Number(process.argv[4]));
} else {
  const kb = Number(process.argv[2] ?? 100);
  const limitS = Number(process.env.BENCH_LIMIT_S ?? 600);
  const names = process.argv.slice(3).length ? process.argv.slice(3) : Object.keys(CASES);
  const self = fileURLToPath(import.meta.url);
  console.log("case           size      seconds   s/MB    tokens    peak RSS  slowest step");
  for (const name of names) {
    for (const size of [kb * 1024, kb * 2048]) {
      const r = spawnSync(process.execPath, [self, "--one", name, String(size)], { encoding: "utf8", timeout: limitS * 1000 });
      const lines = (r.stdout || "").trim().split("\n").filter(Boolean);
      const last = lines.length ? JSON.parse(lines[lines.length - 1]) : null;
      if (!last || last.seconds === undefined) {
        console.log(`${name.padEnd(14)} ${String(size / 1024).padStart(5)} KB  failed: ${(last?.error ?? r.stderr.split("\n").find((l) => /Error|error/.test(l)) ?? r.signal ?? "?")}`);
        continue;
      }
      const note = lines.length > 1 ? `  (${JSON.parse(lines[0]).error})` : "";
      console.log(`${name.padEnd(14)} ${String(size / 1024).padStart(5)} KB  ${last.seconds.toFixed(2).padStart(7)}  ${(last.seconds / (last.bytes / 1048576)).toFixed(1).padStart(6)}  ${String(last.tokens).padStart(8)}  ${(last.rss / 1048576).toFixed(0).padStart(6)} MiB  ${last.slowest}${note}`);
    }
  }
}
