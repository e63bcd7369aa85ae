// A temporary store filled with the sample texts through the fake analyzer.
import { join } from "node:path";
import { openStore, type Store } from "../../src/store/open.js";
import { saveAnalysis } from "../../src/store/save.js";
import { fakeAnalyzer } from "./fake-analyzer.js";
import { makeArticle, SAMPLE_TEXTS } from "./articles.js";
import { tempDir } from "./tmp.js";

export function tmpDbPath(): string {
  return join(tempDir("parley-test-"), "t.db");
}

export async function seededStore(path = tmpDbPath()): Promise<Store> {
  const store = await openStore(path);
  const dates = ["2024-02-08", "2024-05-07", "2024-05-08"];
  for (const [k, text] of SAMPLE_TEXTS.entries()) {
    const article = makeArticle(text, {
      date: dates[k], url: `https://example.org/${k}`, title: `Sample ${k}`, publisher: "Test Wire",
      dateline: k === 0 ? { start: 0, end: 6, places: ["Doha"], monthDay: null, agency: null } : null,
      bodyStart: k === 0 ? 6 : 0,
    });
    await saveAnalysis(store.db, fakeAnalyzer().analyze(article));
  }
  return store;
}

/** Minimal RFC 4180 reader for checking CSV output in tests. */
export function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\r" && s[i + 1] === "\n") { row.push(field); rows.push(row); row = []; field = ""; i++; }
    else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}
