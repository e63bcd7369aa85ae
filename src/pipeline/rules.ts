// The whole rule registry: the clause layer's repairs and constructions, then the event coder's rules by stage.
import { checkRegistry, type Rule } from "../rules/rule.js";
import { clauseRules } from "../clauses/rules.js";
import { eventRules } from "../events/rules/index.js";

let registry: readonly Rule[] | undefined;

/** Every registered rule, in stage order (checked once: unique ids, stage prefixes, examples). */
export function allRules(): readonly Rule[] {
  if (!registry) {
    const rules = [...clauseRules, ...eventRules];
    checkRegistry(rules);
    registry = rules;
  }
  return registry;
}
