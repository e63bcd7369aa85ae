// The cluster gold file (test/fixtures/clusters/gold.json): articles named by path (in the package or the
// shared folder) and clusters of mentions, each mention a quote from its article. Any malformed part is
// a UserError naming the file and the field.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { UserError } from "../errors.js";
import { packageRoot, sharedDir } from "../paths.js";

export interface GoldArticle {
  key: string;
  /** Absolute path of the file holding it. */
  file: string;
  /** The record id inside a JSON Lines file. */
  id?: string;
  root: "package" | "shared";
}

export interface GoldMention {
  article: string;
  quote: string;
}

export interface GoldCluster {
  id: string;
  what: string;
  mentions: GoldMention[];
}

export interface ClusterGold {
  articles: GoldArticle[];
  clusters: GoldCluster[];
  /** Articles whose file is not on this machine (the shared folder absent). */
  missing: GoldArticle[];
}

function str(v: unknown, where: string): string {
  if (typeof v !== "string" || !v.trim()) throw new UserError(`${where}: must be a non-empty string`);
  return v;
}

export function readClusterGold(path: string, dirs = { package: packageRoot, shared: sharedDir }): ClusterGold {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new UserError(`${path}: cannot read the cluster gold: ${(err as Error).message.split("\n")[0]}`);
  }
  const top = raw as { articles?: unknown; clusters?: unknown };
  if (!top || typeof top.articles !== "object" || top.articles === null) throw new UserError(`${path}: "articles" must be an object`);
  if (!Array.isArray(top.clusters)) throw new UserError(`${path}: "clusters" must be a list`);
  const articles: GoldArticle[] = Object.entries(top.articles as Record<string, Record<string, unknown>>).map(([key, a]) => {
    const root = a?.root;
    if (root !== "package" && root !== "shared") throw new UserError(`${path}: articles.${key}.root: must be "package" or "shared"`);
    const rel = str(a.path, `${path}: articles.${key}.path`);
    return { key, root, file: join(root === "package" ? dirs.package : dirs.shared, rel), ...(a.id === undefined ? {} : { id: str(a.id, `${path}: articles.${key}.id`) }) };
  });
  const keys = new Set(articles.map((a) => a.key));
  const seen = new Set<string>();
  const clusters = (top.clusters as Record<string, unknown>[]).map((c, k) => {
    const where = `${path}: clusters[${k}]`;
    const id = str(c?.id, `${where}.id`);
    if (seen.has(id)) throw new UserError(`${where}.id: "${id}" is used twice`);
    seen.add(id);
    if (!Array.isArray(c.mentions) || !c.mentions.length) throw new UserError(`${where}.mentions: must be a non-empty list`);
    const mentions = (c.mentions as Record<string, unknown>[]).map((m, j) => {
      const article = str(m?.article, `${where}.mentions[${j}].article`);
      if (!keys.has(article)) throw new UserError(`${where}.mentions[${j}].article: no article "${article}" in "articles"`);
      return { article, quote: str(m.quote, `${where}.mentions[${j}].quote`) };
    });
    return { id, what: typeof c.what === "string" ? c.what : "", mentions };
  });
  return { articles, clusters, missing: articles.filter((a) => !existsSync(a.file)) };
}
