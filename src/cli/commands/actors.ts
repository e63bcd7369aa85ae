// `parley actors …`: actor dictionary tools: import from PETRARCH/TABARI, and code a text to check them.
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import type { Article } from "../../text/article.js";
import { UserError } from "../../errors.js";
import { withExamples } from "../help.js";
import { dictionaryFiles } from "../config.js";

interface CodeOptions { file?: string; date: string; dict: string[]; actorsDir?: string; replace?: boolean; json?: boolean }

export function register(program: Command): void {
  const actors = program.command("actors").description("actor dictionaries: import them, and code a text with them");
  const imp = actors
    .command("import")
    .description("convert PETRARCH/TABARI actor and agent dictionaries to parley's format")
    .argument("<files...>", "PETRARCH/TABARI .txt dictionaries (actors, agents)")
    .option("-o, --out <file>", "where to write the converted dictionary", "actors-imported.txt")
    .option("--json", "print the counts as one JSON object")
    .action(async (files: string[], opts: { out: string; json?: boolean }) => {
      const { importToFile } = await import("../../actors/import.js");
      const s = importToFile(files, opts.out);
      if (opts.json) {
        console.log(JSON.stringify({ out: opts.out, ...s }));
        return;
      }
      for (const p of s.problems) console.error(`skipped ${p}`);
      console.log(`wrote ${opts.out}: ${s.actors} actors, ${s.agents} agents, ${s.names} names, ${s.datedCodes} dated codes from ${s.files} file(s); ${s.problems.length} line(s) skipped`);
    });
  const code = actors
    .command("code")
    .description("list the actor and place mentions of a text, coded on a date (to check dictionary edits)")
    .argument("[text]", "the text (or use --file)")
    .option("-f, --file <path>", "read the text from a file")
    .requiredOption("--date <YYYY-MM-DD>", "the article's reference date")
    .option("--dict <file>", "an extra dictionary, parley or PETRARCH format (repeatable)", (v: string, acc: string[]) => [...acc, v], [])
    .option("--actors-dir <dir>", "a folder of your own actor dictionaries (every .txt in it)")
    .option("--replace", "use only the --dict/--actors-dir dictionaries, not the built-in ones")
    .option("--json", "print {mentions, places} as JSON")
    .action(async (text: string | undefined, opts: CodeOptions) => {
      if (!/^\d{4}-\d\d-\d\d$/.test(opts.date) || Number.isNaN(Date.parse(opts.date))) throw new UserError(`--date: want YYYY-MM-DD, got "${opts.date}"`);
      const body = opts.file ? readFileSync(opts.file, "utf8") : text;
      if (!body) throw new UserError("actors code: give a text or --file");
      const dictionaries = [...opts.dict, ...(opts.actorsDir ? dictionaryFiles(opts.actorsDir) : [])];
      const [{ loadActorResolver }, { Doc }, { tokenize }, { splitSentences }] = await Promise.all([
        import("../../actors/index.js"), import("../../text/doc.js"), import("../../nlp/tokenizer.js"), import("../../nlp/sentences.js"),
      ]);
      const resolver = await loadActorResolver({ dictionaries, replaceBuiltIn: opts.replace });
      // Tokens and sentences are enough for the resolver; tags, parses and NER only sharpen it.
      const doc = new Doc(body);
      tokenize(doc);
      splitSentences(doc);
      const article: Article = {
        id: "cli", hash: "", text: body, title: null, byline: null, url: null, source: opts.file ?? "argument",
        publisher: null, date: opts.date, dateOrigin: "option", dateline: null, bodyStart: 0, meta: {},
      };
      const { mentions, places } = resolver.resolve(doc, article);
      if (opts.json) {
        console.log(JSON.stringify({ mentions, places }));
        return;
      }
      for (const m of mentions) {
        const extra = [m.actor?.person, m.group !== undefined ? `group ${m.group}` : "", m.media ? "media" : ""].filter(Boolean).join(", ");
        console.log(`${m.start}-${m.end}\t${m.actor?.code ?? "-"}\t${m.via}\t${m.text}${extra ? `\t(${extra})` : ""}`);
      }
      for (const p of places) console.log(`${p.start}-${p.end}\tplace\t${p.country ?? "-"}\t${p.text}\t${p.lat ?? ""},${p.lon ?? ""}`);
    });
  withExamples(imp, [
    ["parley actors import Phoenix.Countries.actors.txt Phoenix.agents.txt -o phoenix.txt", "PETRARCH dictionaries to parley's format"],
  ]);
  withExamples(code, [
    ['parley actors code "Israeli forces shelled Rafah" --date 2024-05-08', "how each mention is coded"],
    ["parley actors code -f story.txt --date 2019-03-01 --dict my-actors.txt", "with an extra dictionary"],
  ]);
  withExamples(actors, [["parley actors code --help", "check how a text's actors are coded"]]);
}
