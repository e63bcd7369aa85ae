// The board as `parley negotiations` and GET /api/negotiations show it: the stored articles read with
// the date/article filters, built into a board, and narrowed to the processes a --process word names.
import type { Kysely } from "kysely";
import type { Database } from "../store/schema.js";
import { boardArticles, type BoardFilter } from "../store/negotiations-read.js";
import { findArticle } from "../store/queries.js";
import { buildBoard, type Board } from "../negotiations/board.js";

export interface BoardQuery extends Omit<BoardFilter, "article"> {
  /** Talks whose name contains this, or with a party of exactly this key (case-insensitive). */
  process?: string;
  /** Article id or unique prefix. */
  article?: string;
}

export async function readBoard(db: Kysely<Database>, q: BoardQuery): Promise<Board> {
  const article = q.article ? (await findArticle(db, q.article)).id : undefined;
  const board = buildBoard(await boardArticles(db, { since: q.since, until: q.until, article, allVersions: q.allVersions }));
  if (q.process) {
    const want = q.process.toLowerCase();
    board.processes = board.processes.filter((p) => p.name.toLowerCase().includes(want) || p.parties.some((x) => x.key.toLowerCase() === want));
  }
  return board;
}
