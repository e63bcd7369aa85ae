// Reading CoNLL-U (Universal Dependencies) files: the training and test format of the syntax models.
import { readFileSync } from "node:fs";
import { Doc } from "../text/doc.js";

export interface ConlluToken {
  /** 1-based word id within the sentence. */
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 1-based head id, 0 for root. */
  head: number;
  deprel: string;
  misc: string;
}

export interface ConlluSentence {
  /** `# sent_id` comment, or "" */
  id: string;
  /** `# text` comment, or the forms joined by spaces */
  text: string;
  /** `# newdoc` / `# newpar` seen before this sentence */
  newDoc: boolean;
  newPar: boolean;
  tokens: ConlluToken[];
  /** Multi-word token ranges ("1-2 don't"): surface form over words [from, to] (1-based). */
  multiword: { from: number; to: number; form: string; misc: string }[];
}

/** Parse CoNLL-U text. Empty nodes (ids like 8.1) are skipped; multi-word token lines are kept apart. */
export function parseConllu(content: string, source = "<conllu>"): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  let cur: ConlluSentence = fresh();
  const lines = content.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    if (line === "") {
      if (cur.tokens.length) out.push(cur);
      cur = fresh(false);
      continue;
    }
    if (line.startsWith("#")) {
      // "# newdoc id = …" and "# newpar id = …" carry an id; the bare forms do not.
      const par = /^#\s*(newdoc|newpar)(?:\s|$)/.exec(line);
      if (par) {
        if (par[1] === "newdoc") cur.newDoc = true;
        else cur.newPar = true;
        continue;
      }
      const m = /^#\s*([a-z_]+)\s*(?:=\s?(.*))?$/.exec(line);
      if (m) {
        if (m[1] === "sent_id") cur.id = m[2] ?? "";
        else if (m[1] === "text") cur.text = m[2] ?? "";
        else if (m[1] === "newdoc") cur.newDoc = true;
        else if (m[1] === "newpar") cur.newPar = true;
      }
      continue;
    }
    const cols = line.split("\t");
    if (cols.length !== 10) throw new Error(`${source}:${n + 1}: expected 10 tab-separated columns, found ${cols.length}`);
    const id = cols[0];
    if (id.includes(".")) continue;
    if (id.includes("-")) {
      const [from, to] = id.split("-").map(Number);
      cur.multiword.push({ from, to, form: cols[1], misc: cols[9] });
      continue;
    }
    cur.tokens.push({
      id: Number(id), form: cols[1], lemma: cols[2], upos: cols[3], xpos: cols[4], feats: cols[5],
      head: cols[6] === "_" ? 0 : Number(cols[6]), deprel: cols[7], misc: cols[9],
    });
  }
  if (cur.tokens.length) out.push(cur);
  for (const s of out) if (!s.text) s.text = s.tokens.map((t) => t.form).join(" ");
  return out;
}

export function readConllu(path: string): ConlluSentence[] {
  return parseConllu(readFileSync(path, "utf8"), path);
}

function fresh(newDoc = false): ConlluSentence {
  return { id: "", text: "", newDoc, newPar: false, tokens: [], multiword: [] };
}

/**
 * Build a Doc from CoNLL-U sentences, with gold annotation copied over: the text is the words joined
 * by single spaces (none where MISC says SpaceAfter=No), sentences separated by a space.
 * Useful for scoring with gold tokenization and for tests that need a known parse.
 */
export function conlluToDoc(sentences: ConlluSentence[]): Doc {
  let text = "";
  const spans: [number, number][][] = [];
  for (const s of sentences) {
    const sp: [number, number][] = [];
    for (const t of s.tokens) {
      const start = text.length;
      text += t.form;
      sp.push([start, text.length]);
      if (!/SpaceAfter=No/.test(t.misc)) text += " ";
    }
    if (!text.endsWith(" ")) text += " ";
    spans.push(sp);
  }
  const doc = new Doc(text);
  sentences.forEach((s, si) => {
    const base = doc.tokens.length;
    s.tokens.forEach((t, k) => {
      const tok = doc.addToken(spans[si][k][0], spans[si][k][1]);
      tok.upos = t.upos; tok.xpos = t.xpos; tok.lemma = t.lemma; tok.deprel = t.deprel;
      tok.head = t.head === 0 ? -1 : base + t.head - 1;
    });
    doc.addSentence(base, doc.tokens.length);
  });
  return doc;
}
