// Audits every regular-expression literal in src/ with recheck (a ReDoS checker) and prints the
// ones it finds super-linear, with an attack string. `npm run audit:regex`; exit 1 if any is found.
// Patterns built at run time (`new RegExp`, data files) are taken from the compiled modules
// (`npm run build` first).
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { check } from "recheck";

const root = new URL("..", import.meta.url).pathname;
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (p.endsWith(".ts")) files.push(p);
  }
};
walk(join(root, "src"));

const found = [];
for (const file of files) {
  const src = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(src);
      const end = text.lastIndexOf("/");
      const line = src.getLineAndCharacterOfPosition(node.getStart(src)).line + 1;
      found.push({ where: `${relative(root, file)}:${line}`, source: text.slice(1, end), flags: text.slice(end + 1) });
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
}

const dist = (p) => import(new URL(`../dist/src/${p}`, import.meta.url).href);
const runtime = {
  "src/ingest/dateline.ts": Object.values((await dist("ingest/dateline.js")).DATELINE_PATTERNS),
  "src/ingest/build.ts": Object.values((await dist("ingest/build.js")).DATE_LINE_PATTERNS),
  "src/ingest/title.ts": Object.values((await dist("ingest/title.js")).TITLE_PATTERNS),
  "data/facts/verification.json": (await dist("clauses/verification.js")).loadVerificationCues().patterns,
};
for (const [where, patterns] of Object.entries(runtime)) {
  for (const re of patterns) found.push({ where: `${where} (built)`, source: re.source, flags: re.flags });
}

// Patterns recheck may call super-linear that only ever see a short, capped input.
const BOUNDED = {
  "src/ingest/dateline.ts (built)": "findDateline runs it on the first 300 characters of a text only",
  "src/ingest/web.ts:25": "htmlCharset runs it on the first 2048 bytes of a page only",
};

let bad = 0;
const verbose = process.argv.includes("--all");
for (const r of found) {
  const res = await check(r.source, r.flags, { timeout: 10_000 });
  if (res.status === "vulnerable" && BOUNDED[r.where]) {
    if (verbose) console.log(`${r.where}\t/${r.source.slice(0, 60)}…/\tbounded: ${BOUNDED[r.where]}`);
  } else if (res.status === "vulnerable") {
    bad++;
    const attack = res.attack?.pattern ?? "";
    console.log(`${r.where}\t/${r.source}/${r.flags}\t${res.complexity.type}${res.complexity.summary ? ` (${res.complexity.summary})` : ""}\tattack: ${attack}`);
  } else if (res.status === "unknown") {
    console.log(`${r.where}\t/${r.source}/${r.flags}\tunknown (${res.error?.kind ?? "?"})`);
  } else if (verbose) console.log(`${r.where}\t/${r.source}/${r.flags}\tsafe`);
}
console.log(`${found.length} regular expressions in src/, ${bad} super-linear`);
process.exitCode = bad ? 1 : 0;
