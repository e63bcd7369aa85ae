// The named rules of the actor layer (switchable with `--without-rule ID` like the coder's).
import { defineRule } from "../rules/rule.js";

export const TITLE_READ_AS_ADJECTIVE = defineRule({
  id: "participants.title-read-as-adjective",
  stage: "participants",
  description: "a person's title tagged as an adjective of a common noun that names no actor ('a general strike', 'official contact') is no actor: only sector words stay agents before any noun ('military brass')",
  example: "Druze inhabitants threatened to hold a general strike unless Israel rescinded the annexation.",
  /** Whether an agent match is such an adjective: its last token tagged ADJ, the next a common noun no dictionary entry starts. */
  apply: (lastUpos: string, nextUpos: string, nextNamed: boolean): boolean => lastUpos === "ADJ" && nextUpos === "NOUN" && !nextNamed,
});

export const actorRules = [TITLE_READ_AS_ADJECTIVE] as const;
