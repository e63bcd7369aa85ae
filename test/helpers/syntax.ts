// Shared helpers for the syntax tests: the mini treebank fixture and gold trees from CoNLL-U.
import { join } from "node:path";
import { packageRoot } from "../../src/paths.js";
import { readConllu, type ConlluSentence } from "../../src/nlp/conllu.js";
import { goldTree } from "../../src/train/parser.js";
import type { GoldTree } from "../../src/nlp/parser/moves.js";

export const miniTreebank = (): ConlluSentence[] => readConllu(join(packageRoot, "test", "fixtures", "syntax-mini.conllu"));

/** Gold tree with heads in parser convention (root = n) and label ids from `labels`. */
export function treeOf(s: ConlluSentence, labels: string[]): GoldTree {
  const n = s.tokens.length;
  return goldTree(
    Int32Array.from(s.tokens, (t) => (t.head === 0 ? n : t.head - 1)),
    Int32Array.from(s.tokens, (t) => labels.indexOf(t.deprel)),
  );
}
