// Fuzz harness (issue #18): random and adversarial inputs fed to the parsing targets, each target in its own
// worker thread. Reports per target the inputs tried, located errors (the parser's own error classes: a
// reason, often a line), crashes (any other exception) and hangs (an input still running after --hang-ms),
// and writes every crash and hang input to --out for a regression test. Not a test: a tool to run for as long
// as you like.  npm run build && node scripts/fuzz.mjs [--seconds 60] [--targets tokenizer,feed] [--parallel 2] [--out fuzz-out]
import { Worker } from "node:worker_threads";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith("--") ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const seconds = Number(args.seconds ?? 60);
const hangMs = Number(args["hang-ms"] ?? 5000);
const out = args.out ?? "fuzz-out";
const dist = new URL("../dist/src/", import.meta.url).href;

const TARGETS = {
  tokenizer: `const { Doc } = await import(D + "text/doc.js"); const { tokenize } = await import(D + "nlp/tokenizer.js");
    run = (s) => { const d = new Doc(s); tokenize(d); };`,
  sentences: `const { Doc } = await import(D + "text/doc.js"); const { tokenize } = await import(D + "nlp/tokenizer.js"); const { splitSentences } = await import(D + "nlp/sentences.js");
    run = (s) => { const d = new Doc(s); tokenize(d); splitSentences(d); };`,
  dateline: `const { findDateline } = await import(D + "ingest/dateline.js"); run = (s) => findDateline(s);`,
  jsonl: `const { recordToDraft } = await import(D + "ingest/jsonl.js"); run = (s) => recordToDraft(s, "fuzz.jsonl:1");`,
  feed: `const { parseFeed, looksLikeFeed } = await import(D + "ingest/feeds.js"); run = (s) => { looksLikeFeed(s); parseFeed(s); };`,
  html: `const { extractHtml, fragmentText } = await import(D + "ingest/html.js"); run = (s) => { extractHtml(s); fragmentText(s); };`,
  markdown: `const { markdownToText } = await import(D + "ingest/markdown.js"); run = (s) => markdownToText(s);`,
  "petrarch-actors": `const { parsePetrarch } = await import(D + "actors/petrarch.js"); run = (s) => parsePetrarch(s, "fuzz.txt");`,
  "petrarch-verbs": `const { parsePetrarchVerbs } = await import(D + "events/petrarch-verbs.js"); run = (s) => parsePetrarchVerbs(s, "fuzz.txt");`,
};

// Errors a parser means to give (a reason for the user), as opposed to a crash.
const LOCATED = ["SourceError", "UserError", "FeedError", "RecordError", "DecodeError", "ImportError", "DictionaryError"];

const WORKER = (setup) => `
import { parentPort, workerData } from "node:worker_threads";
const D = workerData.dist;
let run;
${setup}
const LOCATED = ${JSON.stringify(LOCATED)};
parentPort.on("message", (s) => {
  try { run(s); parentPort.postMessage({ ok: true }); }
  catch (err) {
    const name = err?.constructor?.name ?? typeof err;
    parentPort.postMessage({ ok: false, located: LOCATED.includes(name) || LOCATED.includes(err?.name), message: String(err?.message ?? err).split("\\n")[0], name });
  }
});
parentPort.postMessage({ ready: true });
`;

const SEEDS = [
  "GAZA CITY, May 8 (Reuters) - Israel and Hamas agreed to a truce on Tuesday, officials said.",
  `<?xml version="1.0"?><rss version="2.0"><channel><title>W</title><item><title>T</title><link>http://a.example/1</link><description>Qatar met Egypt.</description></item></channel></rss>`,
  `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>T</title><link href="http://a.example/"/><content type="xhtml"><div>x</div></content></entry></feed>`,
  `<!doctype html><html><head><title>T</title></head><body><article><h1>H</h1><p>Envoys met in Doha.</p><pre>  a  </pre></article></body></html>`,
  `---\ntitle: Talks\ndate: 2024-05-08\n---\n# Talks\n\n- Qatar met *Egypt* in [Doha](http://x).\n`,
  `{"id":1,"title":"T","date":"2024-05-08","text":"Israel met Qatar.","tags":["a",{"b":[1,2]}]}`,
  `ISR [ISR]\nHAMAS [PSEHMS]\n+ISLAMIC_RESISTANCE_MOVEMENT\nBARACK_OBAMA [USAGOV 20090120-20170120]\n`,
  `####### VERB PATTERNS #######\n--- MEET [040] ---\nMEET\n- * MET WITH + [040]\n- $ AGREED TO * [081]\n~~~~~~ END\n`,
];
const PIECES = ["<!--a-->", "<div>", "</div>", "<b> </b>", "<br>", "<pre>", " ", "\t", "\u00a0", "\n", "?", "!", "-", "a-", ".", "Mr.", "U.S.", "\"", "'s", "&amp;", "&#x1F600;", "<![CDATA[", "]]>",
  "<?xml ?>", "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>", "&a;", "{", "}", "[", "]", "\\u0000", "\0", "\u202e", "\x1b[31m", "---\n", "# ", "* ", "> ", "1. ", "`", "**", "+", "~", "$", "%", "(", ")", "2024-05-08", "MAY 8", "(AP) -", ","];
const rnd = (n) => Math.floor(Math.random() * n);
function input() {
  const kind = rnd(4);
  let s = SEEDS[rnd(SEEDS.length)];
  if (kind === 0) { // a piece repeated: the shape of most super-linear cases
    const p = PIECES[rnd(PIECES.length)];
    return (Math.random() < 0.5 ? s.slice(0, rnd(s.length)) : "") + p.repeat(1 + rnd(Math.random() < 0.1 ? 20000 : 2000));
  }
  if (kind === 1) { // random characters
    return Array.from({ length: rnd(3000) }, () => String.fromCharCode(Math.random() < 0.8 ? 32 + rnd(95) : rnd(0x3000))).join("");
  }
  for (let m = 1 + rnd(8); m > 0; m--) { // mutations of a seed
    const at = rnd(s.length + 1);
    const op = rnd(3);
    if (op === 0) s = s.slice(0, at) + PIECES[rnd(PIECES.length)].repeat(1 + rnd(50)) + s.slice(at);
    else if (op === 1) s = s.slice(0, at) + s.slice(at + rnd(20));
    else s = s.slice(0, at) + s.slice(rnd(s.length), rnd(s.length)) + s.slice(at);
  }
  return s;
}

function fuzzTarget(name) {
  return new Promise((resolve) => {
    const stats = { target: name, inputs: 0, located: 0, crashes: 0, hangs: 0, slowestMs: 0 };
    const saved = new Set();
    const end = Date.now() + seconds * 1000;
    let worker, current, started, timer;
    const save = (kind, message) => {
      const dir = join(out, name);
      mkdirSync(dir, { recursive: true });
      const key = `${kind}:${message}`;
      if (saved.has(key) && kind === "crash") return;
      saved.add(key);
      writeFileSync(join(dir, `${kind}-${stats.crashes + stats.hangs}.txt`), current);
      console.log(`${name}: ${kind}: ${message} (${current.length} chars, saved)`);
    };
    const next = () => {
      if (Date.now() >= end) { void worker.terminate(); return resolve(stats); }
      current = input();
      started = performance.now();
      timer = setTimeout(() => { stats.hangs++; save("hang", `over ${hangMs} ms`); void worker.terminate(); spawn(); }, hangMs);
      worker.postMessage(current);
    };
    const spawn = () => {
      worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(WORKER(TARGETS[name]))}`), { workerData: { dist }, resourceLimits: { maxOldGenerationSizeMb: 1024 } });
      worker.on("message", (m) => {
        if (m.ready) return next();
        clearTimeout(timer);
        stats.inputs++;
        stats.slowestMs = Math.max(stats.slowestMs, performance.now() - started);
        if (!m.ok && m.located) stats.located++;
        else if (!m.ok) { stats.crashes++; save("crash", `${m.name}: ${m.message}`); }
        next();
      });
      worker.on("error", (err) => { clearTimeout(timer); stats.crashes++; save("crash", `worker died: ${err.message}`); spawn(); });
    };
    spawn();
  });
}

const names = args.targets ? args.targets.split(",") : Object.keys(TARGETS);
for (const n of names) if (!TARGETS[n]) { console.error(`fuzz: no target "${n}" (${Object.keys(TARGETS).join(", ")})`); process.exit(2); }
// Two at a time by default: the machine has two cores (--parallel N to run more side by side; a hang is
// timed on the wall clock, so a crowded machine reports slow inputs sooner, never later).
const parallel = Math.max(1, Number(args.parallel ?? 2));
const results = [];
for (let i = 0; i < names.length; i += parallel) results.push(...await Promise.all(names.slice(i, i + parallel).map(fuzzTarget)));
console.log("target | inputs | located errors | crashes | hangs | slowest ms");
for (const r of results) console.log(`${r.target} | ${r.inputs} | ${r.located} | ${r.crashes} | ${r.hangs} | ${r.slowestMs.toFixed(0)}`);
process.exitCode = results.some((r) => r.crashes || r.hangs) ? 1 : 0;
