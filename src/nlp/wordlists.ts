// Word lists kept as human-editable data under data/nlp/: one entry a line, "#" starts a comment,
// an optional second column (after a tab) carries a kind. Each file is read once per process.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dataDir } from "../paths.js";
import { SourceError } from "../errors.js";

/** Entry → kind ("" when the line has no second column). */
export type WordList = ReadonlyMap<string, string>;

const cache = new Map<string, WordList>();

/**
 * Load `data/nlp/<name>` (or an absolute path). Entries are lowercased unless `keepCase`
 * (then callers decide how case matters, e.g. "No." vs "no.").
 */
export function loadWordList(name: string, keepCase = false): WordList {
  const path = name.startsWith("/") ? name : join(dataDir, "nlp", name);
  const key = keepCase ? path + "\0case" : path;
  const hit = cache.get(key);
  if (hit) return hit;
  let content: string;
  try {
    content = readFileSync(path, "utf8");
  } catch (e) {
    throw new SourceError(path, `cannot read word list (${(e as NodeJS.ErrnoException).code ?? e})`);
  }
  const list = new Map<string, string>();
  const lines = content.split(/\r?\n/);
  for (const raw of lines) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const [word, kind = ""] = line.split(/\t+| {2,}/);
    list.set(keepCase ? word : word.toLowerCase(), kind.trim());
  }
  cache.set(key, list);
  return list;
}
