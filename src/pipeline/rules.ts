// The whole rule registry: the clause layer's repairs and constructions, the event coder's rules by stage,
// then the figure extractor's and the negotiation board's.
import { checkRegistry, type Rule } from "../rules/rule.js";
import { clauseRules } from "../clauses/rules.js";
import { eventRules } from "../events/rules/index.js";
import { figureRules } from "../facts/rules.js";
import { negotiationRules } from "../negotiations/rules.js";
import { PLACE_NAME_TAG } from "./name-tags.js";
import { actorRules } from "./actor-rules.js";
import { PAST_TAGGED_AS_PARTICIPLE, VERB_TAGGED_AS_NOUN } from "./verb-tags.js";

let registry: readonly Rule[] | undefined;

/** Every registered rule, in stage order (checked once: unique ids, stage prefixes, examples). */
export function allRules(): readonly Rule[] {
  if (!registry) {
    const rules = [PLACE_NAME_TAG, VERB_TAGGED_AS_NOUN, PAST_TAGGED_AS_PARTICIPLE, ...clauseRules, ...actorRules, ...eventRules, ...figureRules, ...negotiationRules];
    checkRegistry(rules);
    registry = rules;
  }
  return registry;
}
