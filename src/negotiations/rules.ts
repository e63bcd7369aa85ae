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

export const VOTE_OBJECT = defineRule({
  id: "negotiations.vote-object",
  stage: "negotiations",
  description: "what a vote is on, for or against is a proposal put to the vote, whatever its noun ('vote on a tariff increase')",
  example: "The European Union will vote on a tariff increase on Chinese cars on Friday.",
  apply: null,
});

export const REQUEST_OBJECT = defineRule({
  id: "negotiations.request-object",
  stage: "negotiations",
  description: "the object of a request verb coded as an appeal (CAMEO 02) to another party is a proposal addressed to that party ('requested consultations with the U.S.')",
  example: "Canada requested dispute consultations with the United States.",
  apply: null,
});

export const PROPOSING_CLAUSE = defineRule({
  id: "negotiations.proposing-clause",
  stage: "negotiations",
  description: "a clause under 'propose' or 'advocate for' naming no proposal is the proposal itself ('proposed to set a minimum price'), unless it tells more of one named just before by the same proposer (proposal-elaboration)",
  example: "During the talks, the Chinese side proposed to set a minimum import price.",
  apply: null,
});

export const NEW_PROPOSED_CONTENT = defineRule({
  id: "negotiations.new-proposed-content",
  stage: "negotiations",
  description: "what a proposing verb takes, when its noun names no offer ('proposed the missile defense systems'), is a proposal of its own even when definite, unless a proposal named before has that head noun",
  example: "Gorbachev proposed a nuclear free zone in the region. Later Bush proposed the missile defense systems in Poland.",
  apply: null,
});

export const ULTIMATUM_CLAUSE = defineRule({
  id: "negotiations.ultimatum-clause",
  stage: "negotiations",
  description: "a negated 'if' clause with a deadline ('if the enemy does not stop the broadcasts within 48 hours') is an ultimatum: a proposal to that clause's subject; saying that what it would stop will go on ('the broadcasts will continue') rejects it",
  example: "The army will destroy the loudspeakers if the South does not stop the broadcasts within 48 hours.",
  apply: null,
});

export const NOT_A_PROPOSAL = defineRule({
  id: "negotiations.named-or-signed-not-proposal",
  stage: "negotiations",
  description: "a proposal noun that is a word of a name written with a capital ('the NEXT Alliance Initiative') or that is signed or ratified ('the draft signed between …') is no offer on the table",
  example: "The constitutional draft signed between the military and protest leaders took effect in August.",
  apply: null,
});

export const MEDIA_NOT_PARTY = defineRule({
  id: "negotiations.media-not-party",
  stage: "negotiations",
  description: "a news outlet is no party of the talks (its stance on a plan is no response); 'attacked the Journal for refusing to support X': the one refusing is the verb's object",
  example: "Trump attacked The Wall Street Journal for refusing to support his tariff plans.",
  apply: null,
});

export const URGED_ACT = defineRule({
  id: "negotiations.urged-act",
  stage: "negotiations",
  description: "'X urged Y to V' is X's demand (conditions); when V undoes a proposal ('lobby the EU to abandon the tariffs') X rejects it; an urged act that holds a stance of its own ('to find a solution') is left to that stance",
  example: "Washington's envoy urged Beijing to use its influence with Pyongyang.",
  apply: null,
});

export const CONDITIONAL_THREAT = defineRule({
  id: "negotiations.conditional-threat",
  stage: "negotiations",
  description: "a coercive act coded as an event (CAMEO 13, 15-20) that is intended or hypothetical, under an 'if' clause or a verb of threatening ('hinted that it could retaliate'), is its source's conditions",
  example: "North Korea said it would attack the loudspeakers if the broadcasts do not stop.",
  apply: null,
});

export const SIDE_ADJECTIVE = defineRule({
  id: "negotiations.side-adjective",
  stage: "negotiations",
  description: "a side or delegation named by an adjective the actor layer leaves unresolved ('the European side') is the party of a name in the text that begins with that adjective ('the European Union')",
  example: "The European Union raised tariffs. China proposed a minimum price, but the European side refused.",
  apply: null,
});

export const negotiationRules: readonly Rule[] = [
  PHRASAL_STANCE_VERB, NEGATED_STANCE, PROPOSAL_PRONOUN, UNDERTAKING_CLAUSE, PARTY_BY_ROLE, PROPOSAL_ELABORATION, PLANNED_MEETING,
  VOTE_OBJECT, REQUEST_OBJECT, PROPOSING_CLAUSE, NEW_PROPOSED_CONTENT, ULTIMATUM_CLAUSE, NOT_A_PROPOSAL, MEDIA_NOT_PARTY, URGED_ACT, CONDITIONAL_THREAT, SIDE_ADJECTIVE,
];
