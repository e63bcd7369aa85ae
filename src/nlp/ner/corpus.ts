// Gold NER sentences as read from the training and test files (UNER IOB2, GUM CoNLL-U).
import { readFileSync } from "node:fs";
import { SourceError } from "../../errors.js";
import { Doc } from "../../text/doc.js";
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
  /** The sentence starts a new document (`# newdoc`). */
  newDoc: boolean;
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

/** Group sentences into documents at each `newDoc` mark. */
export function splitDocuments(sentences: readonly NerSentence[]): NerSentence[][] {
  const docs: NerSentence[][] = [];
  for (const s of sentences) {
    if (s.newDoc || !docs.length) docs.push([]);
    docs[docs.length - 1].push(s);
  }
  return docs;
}

/** A Doc over gold words: words joined by single spaces, one Sentence per gold sentence. */
export function nerSentencesToDoc(sentences: readonly NerSentence[]): Doc {
  const text = sentences.map((s) => s.words.join(" ")).join(" ");
  const doc = new Doc(text);
  let pos = 0;
  for (const s of sentences) {
    const first = doc.tokens.length;
    for (const w of s.words) {
      doc.addToken(pos, pos + w.length);
      pos += w.length + 1;
    }
    doc.addSentence(first, doc.tokens.length);
  }
  return doc;
}
