// Every rule of the event coder, by stage. The clause layer's rules are in src/clauses/rules.ts; the
// whole registry (both) is src/pipeline/rules.ts.
import type { Rule } from "../../rules/rule.js";
import { LEMMA_SUFFIX, OBJECT_CONJUNCTS, RELATIVE_OBJECT } from "../match.js";
import { WORDNET_FALLBACK } from "../wordnet-fallback.js";
import { framingRules } from "./framing.js";
import { participantRules } from "./participants.js";
import { targetRules } from "./targets.js";
import { filterRules } from "./filters.js";
import { pairRules } from "./pairs.js";
import { stanceRules } from "./stance.js";
import { PETRARCH_TRANSFORMATION } from "../transformations.js";

export const eventRules: readonly Rule[] = [LEMMA_SUFFIX, RELATIVE_OBJECT, OBJECT_CONJUNCTS, WORDNET_FALLBACK, ...framingRules, PETRARCH_TRANSFORMATION, ...participantRules, ...targetRules, ...filterRules, ...pairRules, ...stanceRules];
