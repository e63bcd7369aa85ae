// The PLOVER type of an act that is announced, planned or conditional rather than done. The CAMEO code
// stays the act's own (as PETRARCH-style coding has it); PLOVER folds the stance into the type, as its
// manual says: future cooperation (CONSULT, SUPPORT, COOPERATE, AID) is AGREE, an announced retreat is
// CONCEDE, and a hostile act stated as future or conditional ("would boycott", "may halt … if",
// "will withdraw … unless") is THREATEN.
import type { Modality } from "./types.js";
import { derivedCode, type Ontology, type PloverCode } from "./ontology.js";

/** Cooperative PLOVER types whose future form is AGREE. */
const PROMISED = new Set(["CONSULT", "SUPPORT", "COOPERATE", "AID"]);
/** Hostile PLOVER types whose future or conditional form is THREATEN. */
const HOSTILE = new Set(["PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]);
/** Intention cues that report an attempt, which may well have happened, not a plan ("tried to seize"). */
const ATTEMPT = new Set(["try to", "attempt to"]);

export interface StanceCues {
  modality: Modality;
  /** The frame's modality cues ("will", "would", "plan to", "if", …). */
  cues: readonly string[];
  /** Whether the act hangs on an "unless" condition ("will withdraw … unless …"). */
  unless: boolean;
}

/** The PLOVER type and mode for an act with this code and stance; `plover` is the code's own mapping. */
export function stancePlover(ont: Ontology, code: string, plover: PloverCode, s: StanceCues): PloverCode {
  const attempt = s.cues.some((c) => ATTEMPT.has(c));
  const future = s.modality === "intended" && !attempt;
  // a hostile act made the price of a condition is a threat, whatever its tense
  const threat = HOSTILE.has(plover.type) && (future || s.modality === "hypothetical") || (s.unless && (future || s.modality === "hypothetical"));
  if (threat) {
    // the codebook's threat code for the act gives the mode ("163" → "1312": THREATEN restrict)
    const d = derivedCode(code, "threaten", ont);
    return (d && ont.codes.get(d)?.plover) || { type: "THREATEN", mode: null };
  }
  if (!future) return plover;
  if (PROMISED.has(plover.type)) return { type: "AGREE", mode: null };
  if (plover.type === "RETREAT") return { type: "CONCEDE", mode: null };
  return plover;
}
