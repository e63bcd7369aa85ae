// The named rules of the actor layer. The actor layer stands before the rule registry, so it takes plain
// switches (ResolveOptions) and the pipeline sets them from the RuleSwitch by these rules' ids.
import { defineRule } from "../rules/rule.js";
import { titleReadAsAdjective } from "../actors/chunker.js";

export const TITLE_READ_AS_ADJECTIVE = defineRule({
  id: "participants.title-read-as-adjective",
  stage: "participants",
  description: "a person's title tagged as an adjective of a common noun that names no actor ('a general strike', 'official contact') is no actor: only sector words stay agents before any noun ('military brass')",
  example: "Druze inhabitants threatened to hold a general strike unless Israel rescinded the annexation.",
  /** Whether an agent match is such an adjective: its last token tagged ADJ, the next a common noun no dictionary entry starts. */
  apply: titleReadAsAdjective,
});

export const actorRules = [TITLE_READ_AS_ADJECTIVE] as const;
