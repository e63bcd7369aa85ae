// Gold NER sentences as read from the training and test files (UNER IOB2, GUM CoNLL-U).
import { readFileSync } from "node:fs";
import { SourceError } from "../../errors.js";
import { readGumEntities } from "./gum.js";
import { readIob2 } from "./iob2.js";

/** The entity types parley's NER predicts. */
export const NER_LABELS = ["PER", "ORG", "LOC"] as const;

export interface NerSentence {
  /** `# sent_id`, or "FILE:LINE" of the sentence's first line */
  id: string;
  words: string[];
  /** BIO tags over NER_LABELS ("B-PER", "I-LOC", "O") */
  tags: string[];
}

/** Read gold NER sentences from a UNER .iob2 file or a GUM .conllu file (chosen by extension). */
export function readNerFile(path: string): NerSentence[] {
  let content: string;
  try {
    content = readFileSync(path, "utf8");
  } catch (err) {
    throw new SourceError(path, `cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  return /\.conllu$/i.test(path) ? readGumEntities(content, path) : readIob2(content, path);
}
