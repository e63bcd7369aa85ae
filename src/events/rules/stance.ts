// Rules of the stance stage: the PLOVER type and the modality of an act that is announced, planned or
// conditional rather than done. The CAMEO code stays the act's own (as PETRARCH-style coding has it);
// PLOVER folds the stance into the type, as its manual says: future cooperation (CONSULT, SUPPORT,
// COOPERATE, AID) is AGREE, an announced retreat is CONCEDE, and a hostile act stated as future or
// conditional ("would boycott", "may halt … if", "will withdraw … unless") is THREATEN.
import type { EventActor, Modality } from "../../text/annotations.js";
import { sectorKinds } from "../../actors/codes.js";
import { RuleSwitch, type Rule } from "../../rules/rule.js";
import { derivedCode, type Ontology, type PloverCode } from "../ontology.js";
import { loadWordSets } from "../../util/word-lists.js";

/** PLOVER types by stance (data/ontology/plover-stance.tsv): promised ones become AGREE, hostile ones THREATEN. */
let types: { promised: ReadonlySet<string>; hostile: ReadonlySet<string> } | undefined;
const stanceTypes = () => (types ??= loadWordSets("ontology/plover-stance.tsv", ["promised", "hostile"]));

export interface StanceCues {
  modality: Modality;
  /** The frame's modality cues ("will", "would", "plan to", "if", …). */
  cues: readonly string[];
  /** Verbs of attempt ("try"): "tried to seize" reports an attempt, which may well have happened, not a plan. Default: try, attempt. */
  attempt?: ReadonlySet<string>;
  /** Whether the act hangs on an "unless" condition ("will withdraw … unless …"). */
  unless: boolean;
}

const DEFAULT_ATTEMPT: ReadonlySet<string> = new Set(["try", "attempt"]);
const future = (s: StanceCues) => s.modality === "intended" && !s.cues.some((c) => c.endsWith(" to") && (s.attempt ?? DEFAULT_ATTEMPT).has(c.slice(0, -3)));

export const THREAT = {
  id: "stance.threat",
  stage: "stance",
  description: "a hostile act stated as future or conditional, or any planned act on an 'unless' condition, is THREATEN (mode from the codebook's threat code)",
  example: "Russia said it would cut gas supplies to Ukraine.",
  apply(ont: Ontology, code: string, plover: PloverCode, s: StanceCues): PloverCode | null {
    const conditional = future(s) || s.modality === "hypothetical";
    if (!(stanceTypes().hostile.has(plover.type) && conditional) && !(s.unless && conditional)) return null;
    // the codebook's threat code for the act gives the mode ("163" → "1312": THREATEN restrict)
    const d = derivedCode(code, "threaten", ont);
    return (d && ont.codes.get(d)?.plover) || { type: "THREATEN", mode: null };
  },
} satisfies Rule;

export const THREAT_CODE = {
  id: "stance.threat-code",
  stage: "stance",
  description: "a hostile act held over a state, its forces, an armed group or an organisation as future or conditional (stance.threat) takes the codebook's threat code too ('could retaliate with tariffs on German cars' → 1312): the threat is the event; acts planned against people ('would hold migrants') keep their code",
  example: "Beijing has hinted that it could retaliate with tariffs on German vehicles.",
  conventions: ["builtin"],
  /** The threat code for an act the THREAT rule made THREATEN, or null to keep the act's own code. */
  apply(ont: Ontology, code: string, target: EventActor | null): string | null {
    if (!target?.code) return null;
    const power = !!target.org || (!!target.country && (!target.sectors?.length || target.sectors.some((x) => sectorKinds().power.has(x))));
    if (!power) return null;
    const d = derivedCode(code, "threaten", ont);
    return d && d !== "-" && d !== code ? d : null;
  },
} satisfies Rule;

export const PROMISE = {
  id: "stance.promise",
  stage: "stance",
  description: "future cooperation (CONSULT, SUPPORT, COOPERATE, AID) is AGREE",
  example: "Blinken will meet Netanyahu on Wednesday.",
  apply: (plover: PloverCode, s: StanceCues): PloverCode | null => future(s) && stanceTypes().promised.has(plover.type) ? { type: "AGREE", mode: null } : null,
} satisfies Rule;

export const INTENT_CODE = {
  id: "stance.intent-code",
  stage: "stance",
  description: "future cooperation (stance.promise) is also coded as the statement of intent the codebook has for it ('will meet' → 036, 'plans to send aid' → 033), beside the act itself with its modality 'intended'",
  example: "Blinken will meet Netanyahu on Wednesday.",
  conventions: ["builtin"],
  /** The codebook's intent code for a promised act, or null where it has none (or the act is already one). */
  apply(ont: Ontology, code: string): string | null {
    if (code.startsWith("03")) return null;
    const d = derivedCode(code, "promise", ont);
    return d && d !== "-" && d !== code ? d : null;
  },
} satisfies Rule;

export const ANNOUNCED_RETREAT = {
  id: "stance.announced-retreat",
  stage: "stance",
  description: "an announced retreat is CONCEDE",
  example: "Israel said it would withdraw its troops from Gaza.",
  apply: (plover: PloverCode, s: StanceCues): PloverCode | null => future(s) && plover.type === "RETREAT" ? { type: "CONCEDE", mode: null } : null,
} satisfies Rule;

export const NEGATED_PATTERN = {
  id: "stance.negated-pattern",
  stage: "stance",
  description: "a pattern made for the negated verb ('did not agree' → reject) has used up the negation: the act is asserted (or reported)",
  example: "Israel did not accept the proposal.",
  apply: (patternNegated: boolean, modality: Modality, reported: boolean): Modality | null =>
    patternNegated && modality === "negated" ? (reported ? "reported" : "asserted") : null,
} satisfies Rule;

/** The PLOVER type and mode for an act with this code and stance, with the stance rule that set it (null: the code's own). */
export function stanceOf(ont: Ontology, code: string, plover: PloverCode, s: StanceCues, rules = new RuleSwitch()): { plover: PloverCode; rule: string | null } {
  const threat = rules.on(THREAT) ? THREAT.apply(ont, code, plover, s) : null;
  if (threat) return { plover: threat, rule: THREAT.id };
  for (const r of [PROMISE, ANNOUNCED_RETREAT]) {
    const out = rules.on(r) ? r.apply(plover, s) : null;
    if (out) return { plover: out, rule: r.id };
  }
  return { plover, rule: null };
}

/** The PLOVER type and mode for an act with this code and stance; `plover` is the code's own mapping. */
export function stancePlover(ont: Ontology, code: string, plover: PloverCode, s: StanceCues, rules?: RuleSwitch): PloverCode {
  return stanceOf(ont, code, plover, s, rules).plover;
}

export const stanceRules: readonly Rule[] = [THREAT, THREAT_CODE, PROMISE, INTENT_CODE, ANNOUNCED_RETREAT, NEGATED_PATTERN];
