// `parley eval ner FILE`: exact-span precision / recall / F1 of the NER model on a UNER .iob2 or GUM .conllu file.
import type { Command } from "commander";
import { parseHalf, selectHalf } from "../../eval/halves.js";
import { addHalfOption } from "./eval-common.js";
import { withExamples } from "../help.js";
import { UserError } from "../../errors.js";

export function registerEvalNer(ev: Command): void {
  const cmd = ev
    .command("ner <file>")
    .description("score named entities against gold (.iob2 UNER file, or GUM .conllu with Entity= spans)")
    .option("--json", "print one JSON object")
    .option("--models <dir>", "models folder (default: the package's models/)")
    .option("--without-repair <id>", "switch off a span repair (ner.calendar-edge, ner.listed-organisation, ner.listed-country, ner.town-not-person, ner.organisation-head …; repeatable)", (v: string, prev: string[] = []) => [...prev, v])
    .option("--no-match", "switch off the direct dictionary matcher");
  addHalfOption(cmd)
    .action(async (file: string, o: { json?: boolean; models?: string; half?: string; withoutRepair?: string[]; match: boolean }) => {
      const [{ readNerFile }, { loadNer }, { scoreNer }, { NER_REPAIR_IDS }] = await Promise.all([
        import("../../nlp/ner/corpus.js"), import("../../nlp/ner/index.js"), import("../../eval/ner.js"), import("../../nlp/ner/repairs.js"),
      ]);
      const unknown = (o.withoutRepair ?? []).filter((id) => !NER_REPAIR_IDS.includes(id));
      if (unknown.length) throw new UserError(`--without-repair: unknown repair "${unknown[0]}" (known: ${NER_REPAIR_IDS.join(", ")})`);
      const sentences = selectHalf(readNerFile(file), parseHalf(o.half));
      const ner = await loadNer(o.models, { disabledRepairs: o.withoutRepair, matchDictionaries: o.match });
      const started = process.hrtime.bigint();
      const score = scoreNer(ner, sentences);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (o.json) {
        console.log(JSON.stringify(score));
        return;
      }
      const tokens = sentences.reduce((n, s) => n + s.words.length, 0);
      console.log(`${file}: ${sentences.length} sentences, ${tokens} tokens, ${Math.round(tokens / seconds)} tokens/s`);
      console.log(`overall  P ${score.precision.toFixed(2)}  R ${score.recall.toFixed(2)}  F1 ${score.f1.toFixed(2)}`);
      for (const [type, s] of Object.entries(score.per_type)) {
        console.log(`${type.padEnd(8)} P ${s.precision.toFixed(2)}  R ${s.recall.toFixed(2)}  F1 ${s.f1.toFixed(2)}  (${s.support} gold)`);
      }
    });
  withExamples(cmd, [
    ["parley eval ner ../shared/corpora/uner-ewt/en_ewt-ud-test.iob2", "exact-span P/R/F1 per type"],
    ["parley eval ner GUM.conllu --json", "GUM entities, as JSON"],
    ["parley eval ner DEV.iob2 --without-repair ner.town-not-person", "what one span repair buys"],
  ]);
}
