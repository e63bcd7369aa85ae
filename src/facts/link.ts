// Linking figures to the events they belong to (1,200 killed → the 2023-10-07 assault): the event whose
// trigger is the figure's own word, else, for casualties and captives, an event of the right kind in the
// same sentence or, for casualties, the sentence before. A figure without a place of its own takes the
// place of an event in the sentence before (one in its own sentence saw the same words the figure did). Reads the events and figures layers only, so neither extractor depends on the other.
import type { AnalysedDoc } from "../text/analysed.js";
import type { FigureKind } from "../text/annotations.js";
import type { Rule, RuleSwitch } from "../rules/rule.js";
import { EVENT_NEARBY, EVENT_SAME_TRIGGER } from "./rules.js";

/** CAMEO roots of the events a figure of each group can belong to. */
const HARM = new Set<FigureKind>(["killed", "injured", "casualties", "missing", "hostages_dead"]);
const CAPTIVITY = new Set<FigureKind>(["hostages_taken", "hostages_held", "detained", "prisoners_held"]);
const RELEASE = new Set<FigureKind>(["hostages_released", "prisoners_released", "rescued"]);
const ROOTS: [Set<FigureKind>, string[]][] = [[HARM, ["18", "19", "20"]], [CAPTIVITY, ["17", "18"]], [RELEASE, ["08"]]];

/** Links every figure of the document to its event (sets `event`, and the place when the figure had none of its own). */
export function linkFigures(doc: AnalysedDoc, rules?: RuleSwitch): void {
  const on = (r: Rule) => rules?.on(r) ?? true;
  for (const f of doc.figures) {
    let k = on(EVENT_SAME_TRIGGER) ? EVENT_SAME_TRIGGER.apply(doc.events, f) : -1;
    if (k >= 0) f.rules.push(EVENT_SAME_TRIGGER.id);
    else if (on(EVENT_NEARBY)) {
      const roots = ROOTS.find(([kinds]) => kinds.has(f.kind))?.[1];
      k = roots ? EVENT_NEARBY.apply(doc, f, roots, HARM.has(f.kind)) : -1;
      if (k >= 0) f.rules.push(EVENT_NEARBY.id);
    }
    if (k < 0) continue;
    f.event = k;
    // an event of the figure's own sentence places it no better than the figure's own clause did
    const e = doc.events[k];
    if (e.sentence !== f.sentence && e.place && e.place.origin === "clause" && (!f.place || f.place.origin === "dateline")) f.place = { ...e.place, origin: "event" };
  }
}
