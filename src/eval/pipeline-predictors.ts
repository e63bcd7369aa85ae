// Adapters from the full pipeline (loadAnalyzer) to the suite scorers' predictor functions.
import { loadAnalyzer, type Analyzer, type AnalyzerOptions } from "../pipeline/analyze.js";
import { UserError } from "../errors.js";
import { findDiscard, type DiscardPhrase } from "../events/discards.js";
import { NO_EVENT } from "../events/lexicon-types.js";
import type { EventActor, EventRecord } from "../text/annotations.js";
import type { Article } from "../text/article.js";
import { articleForText } from "./article-for-text.js";
import type { EventsPredictor, PredictedEvent } from "./event-score.js";
import type { StoryCoder } from "./event-stories.js";
import type { PetrarchPredictor, Triple } from "./petrarch.js";
import { eventActorKey, type PloverPredictor } from "./plover.js";

/** Loads the pipeline (with `load`, by default loadAnalyzer), turning "stage not built"/resource failures into one-line user errors. */
export async function loadEvalAnalyzer(opts: AnalyzerOptions, load: (opts: AnalyzerOptions) => Promise<Analyzer> = loadAnalyzer): Promise<Analyzer> {
  try {
    return await load(opts);
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`cannot load the pipeline: ${(err as Error).message.replace(/^parley: /, "")}`);
  }
}

const coded = (e: EventRecord) => !!e.cameo && e.cameo !== NO_EVENT;

function events(analyzer: Analyzer, text: string, date: string | null, source: string): EventRecord[] {
  return analyzer.analyze(articleForText(text, date, source)).events.filter(coded);
}

/** A code that names no actor at all ("---"), as opposed to an agent without a country ("---GOV"). */
const NO_ACTOR = "---";

/** An actor's code as PETRARCH writes it: a lone sector with no country or organisation ("officials") gets the empty country "---". */
function petrarchCode(a: EventRecord["source"]): string {
  if (!a?.code) return NO_ACTOR;
  return !a.country && !a.org && a.sectors?.length === 1 && a.code === a.sectors[0] ? NO_ACTOR + a.code : a.code;
}

/**
 * PETRARCH triples: actor codes as the coder gives them, "---" for a missing source or target. By
 * default, as PETRARCH's `require_dyad`, an event lacking its source or its target is not reported; a
 * text naming a discard phrase codes nothing. A dictionary code listing several actors ("FRO/BIL/SAM")
 * stays whole, as UniversalPetrarch reports it; with `splitCodes`, as PETRARCH-1, each listed code is
 * its own actor and the event is reported for every source-target combination.
 */
export function petrarchPredictor(analyzer: Analyzer, opts: { requireDyad?: boolean; discards?: readonly DiscardPhrase[]; splitCodes?: boolean } = {}): PetrarchPredictor {
  const requireDyad = opts.requireDyad ?? true;
  const discards = opts.discards ?? [];
  const split = (code: string) => (opts.splitCodes ? code.split("/").filter(Boolean) : [code]);
  return (text, date, rec) =>
    findDiscard(text, discards) ? [] : events(analyzer, text, date, rec.where)
      .flatMap((e): Triple[] => split(petrarchCode(e.source))
        .flatMap((source) => split(petrarchCode(e.target)).map((target) => ({ source, target, code: e.cameo }))))
      .filter((t) => !requireDyad || (t.source !== NO_ACTOR && t.target !== NO_ACTOR));
}

export function ploverPredictor(analyzer: Analyzer): PloverPredictor {
  return (text, date, rec) =>
    events(analyzer, text, date, rec.where).map((e) => ({
      type: e.plover.type,
      sources: [eventActorKey(e.source)].filter((k): k is string => k !== null),
      targets: [eventActorKey(e.target)].filter((k): k is string => k !== null),
    }));
}

/** An event actor's code; built from its parts when the coder gave a country (or sectors) but no code. */
function actorCode(a: EventActor | null): string {
  if (!a) return "";
  return a.code || [a.country ?? "", ...(a.sectors ?? []), a.org ?? ""].join("");
}

function predictedEvent(e: EventRecord): PredictedEvent {
  return {
    source: actorCode(e.source), target: actorCode(e.target),
    sourceText: e.source?.text ?? "", targetText: e.target?.text ?? "",
    cameo: e.cameo, plover: e.plover.type, trigger: e.trigger.text, modality: e.modality,
  };
}

/** Sentence mode of `eval events`: each gold record's text coded as its own article, dated by the record. */
export function eventsPredictor(analyzer: Analyzer): EventsPredictor {
  return (rec) => events(analyzer, rec.text, rec.date, rec.where).map(predictedEvent);
}

/** Stories mode of `eval events`: a whole story coded, with each event's trigger offset and the sentence spans. */
export function storyCoder(analyzer: Analyzer): StoryCoder {
  return (article: Article) => {
    const a = analyzer.analyze(article);
    return {
      events: a.events.filter(coded).map((e) => ({ ...predictedEvent(e), at: e.trigger.start })),
      sentences: a.sentences.map((s) => ({ start: s.start, end: s.end })),
    };
  };
}
