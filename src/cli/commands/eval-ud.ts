// `parley eval ud FILE.conllu [--raw] [--json]`: tagging, lemma and attachment scores against UD gold.
import type { Command } from "commander";
import { existsSync } from "node:fs";
import { UserError } from "../../errors.js";
import type { UdScores } from "../../eval/ud.js";
import { parseHalf, selectHalf } from "../../eval/halves.js";
import { addHalfOption } from "./eval-common.js";
import { withExamples } from "../help.js";

export function formatUdTable(s: UdScores): string {
  const rows: [string, string][] = [
    ["sentences", String(s.sentences)], ["words", String(s.tokens)],
  ];
  if (s.tokens_f1 !== undefined) rows.push(["tokens F1", s.tokens_f1.toFixed(2)], ["sentences F1", (s.sentences_f1 ?? 0).toFixed(2)]);
  rows.push(["UPOS", s.upos.toFixed(2)], ["XPOS", s.xpos.toFixed(2)], ["lemma", s.lemma.toFixed(2)], ["UAS", s.uas.toFixed(2)], ["LAS", s.las.toFixed(2)]);
  return rows.map(([k, v]) => `${k.padEnd(14)}${v.padStart(8)}`).join("\n");
}

export function registerEvalUd(ev: Command): void {
  const cmd = ev.command("ud <file>")
    .description("score the tagger, lemmatizer and parser on a CoNLL-U file (gold tokenization unless --raw)")
    .option("--raw", "tokenize and split the # text lines ourselves and align to gold")
    .option("--json", "print one JSON object")
    .option("--models <dir>", "models folder (holding syntax/); default: the package's models/")
    .option("--beam <n>", "parser beam width (default: the model's own; 1 = greedy)");
  addHalfOption(cmd)
    .action(async (file: string, o: { raw?: boolean; json?: boolean; models?: string; beam?: string; half?: string }) => {
      const half = parseHalf(o.half);
      const beam = o.beam === undefined ? undefined : Number(o.beam);
      if (beam !== undefined && !(Number.isInteger(beam) && beam >= 1 && beam <= 64)) throw new UserError(`--beam: expected a whole number from 1 to 64, got "${o.beam}"`);
      if (!existsSync(file)) throw new UserError(`${file}: no such file`);
      const [{ readConllu }, { loadNlp }, { scoreUdFile }] = await Promise.all([import("../../nlp/conllu.js"), import("../../nlp/index.js"), import("../../eval/ud-file.js")]);
      let sents;
      try {
        sents = selectHalf(readConllu(file), half);
      } catch (e) {
        throw new UserError((e as Error).message);
      }
      const nlp = await loadNlp({ modelsDir: o.models, ner: false });
      if (beam !== undefined) nlp.parser.beamWidth = beam;
      const scores = scoreUdFile(sents, nlp, !!o.raw);
      console.log(o.json ? JSON.stringify(scores) : formatUdTable(scores));
    });
  withExamples(cmd, [
    ["parley eval ud ../shared/corpora/ud-ewt/en_ewt-ud-test.conllu", "tags, lemmas and attachment on gold tokens"],
    ["parley eval ud FILE.conllu --raw --json", "from the raw text, as JSON"],
  ]);
}
