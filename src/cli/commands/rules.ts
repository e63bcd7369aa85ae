// `parley rules`: the registry of coding rules (clause-layer repairs and constructions, event-coder rules by
// stage), with what each does and the sentence it is made for; ids are what `--without-rule` and events name.
import type { Command } from "commander";
import { STAGES } from "../../rules/rule.js";
import { UserError } from "../../errors.js";
import { withExamples } from "../help.js";

export function register(program: Command): void {
  const cmd = program.command("rules")
    .description("list the coding rules by stage: id, conventions, what each does and an example sentence")
    .option("--stage <stage>", `only one stage (${STAGES.join(", ")})`)
    .option("--json", "one JSON object a line: id, stage, conventions, description, example")
    .action(async (opts: { stage?: string; json?: boolean }) => {
      const { allRules } = await import("../../pipeline/rules.js");
      if (opts.stage && !(STAGES as readonly string[]).includes(opts.stage)) throw new UserError(`--stage: unknown stage "${opts.stage}" (${STAGES.join(", ")})`);
      const rules = allRules().filter((r) => !opts.stage || r.stage === opts.stage);
      for (const r of rules) {
        const conventions = r.conventions?.join(",") ?? "all";
        if (opts.json) console.log(JSON.stringify({ id: r.id, stage: r.stage, conventions, description: r.description, example: r.example }));
        else console.log(`${r.id}  [${conventions}]\n    ${r.description}\n    e.g. "${r.example}"`);
      }
    });
  withExamples(cmd, [
    ["parley rules --stage targets", "where targets come from, in the order tried"],
    ["parley ingest news/ --without-rule targets.place-acted-on", "code without one rule"],
  ]);
}
