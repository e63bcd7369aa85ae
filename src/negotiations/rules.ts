// The named rules of the negotiation board (stage "negotiations"): how a stance finds its trigger, its
// party and the proposal it answers when the sentence does not say so plainly, and how a proposal gathers
// terms told in a later sentence. Each is switchable with `--without-rule ID` and acts on its example
// (test/rules-registry.test.ts runs it on and off). The stance words and term patterns are data
// (data/negotiations/); these are the mechanisms that read them.
import { defineRule, type Rule } from "../rules/rule.js";

export const PHRASAL_STANCE_VERB = defineRule({
  id: "negotiations.phrasal-stance-verb",
  stage: "negotiations",
  description: "a verb with its particle is looked up as the phrasal verb of stances.tsv first: 'turned down' rejects, 'go along with' accepts",
  example: "Hamas turned down the Egyptian proposal on Sunday.",
  apply: null,
});

export const NEGATED_STANCE = defineRule({
  id: "negotiations.negated-stance",
  stage: "negotiations",
  description: "a negated trigger takes the class stances.tsv gives it when negated ('would not consider it': reject), or is no answer",
  example: "Moscow proposed a buffer zone along the border, but Kyiv would not consider it.",
  apply: null,
});

export const PROPOSAL_PRONOUN = defineRule({
  id: "negotiations.proposal-pronoun",
  stage: "negotiations",
  description: "'it', 'that' or 'this' answered by a stance stands for the proposal named last, in its sentence or the one before",
  example: "Egypt presented a new ceasefire plan on Monday. Israel rejected it a day later.",
  apply: null,
});

export const UNDERTAKING_CLAUSE = defineRule({
  id: "negotiations.undertaking-clause",
  stage: "negotiations",
  description: "need 'clause': a complement clause with a party for subject and a modal or bare verb undertakes an act ('agreed that NATO would not expand'); it answers no proposal",
  example: "Seoul demanded that Pyongyang return the fishermen.",
  apply: null,
});

export const PARTY_BY_ROLE = defineRule({
  id: "negotiations.party-by-role",
  stage: "negotiations",
  description: "a mention naming no party takes that of its comma apposition, of its possessor, or (a definite bare sector: 'the court', 'the government') of the last mention of that sector nearby",
  example: "Kenya asked the International Court of Justice to delay the hearing. The court's president, Judge Mary Smith, rejected Kenya's request.",
  apply: null,
});

export const PROPOSAL_ELABORATION = defineRule({
  id: "negotiations.proposal-elaboration",
  stage: "negotiations",
  description: "a proposing verb with a clause for object ('It has proposed raising spending … over five years'), said by a pronoun or the proposer, adds its sentence's terms to the last proposal named",
  example: "The European Commission proposed a plan for defending Europe. It has proposed raising spending by 2 percent yearly over five years.",
  apply: null,
});

export const PLANNED_MEETING = defineRule({
  id: "negotiations.planned-meeting",
  stage: "negotiations",
  description: "talks or a meeting under an intended, offered or hypothetical predicate, up to three governors up ('offered to host talks'), are planned, not held",
  example: "Turkey offered to host talks between Russia and Ukraine in Istanbul.",
  apply: null,
});

export const negotiationRules: readonly Rule[] = [
  PHRASAL_STANCE_VERB, NEGATED_STANCE, PROPOSAL_PRONOUN, UNDERTAKING_CLAUSE, PARTY_BY_ROLE, PROPOSAL_ELABORATION, PLANNED_MEETING,
];
