// The pipeline as a checked list of components over one AnalysedDoc: order is checked when it is built,
// each component can run alone on a hand-made document, and the whole list codes events and figures.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createAnalyzer } from "../src/pipeline/analyze.js";
import { checkPipeline, type Component } from "../src/pipeline/component.js";
import * as C from "../src/pipeline/components.js";
import { AnalysedDoc } from "../src/text/analysed.js";
import type { ActorResolver } from "../src/actors/index.js";
import { createEventCoder, lexiconLemmas } from "../src/events/coder.js";
import { builtInOntology } from "../src/events/ontology.js";
import { loadFrameCues } from "../src/clauses/cues.js";
import { loadClauseResources } from "../src/clauses/index.js";
import { createFigureExtractor } from "../src/facts/figures.js";
import { PipelineError } from "../src/errors.js";
import { fixtureLexicon, gazaFixture } from "./helpers/event-fixtures.js";

/** Stands in for tokenizer … ner: copies a hand-parsed CoNLL-U document into the AnalysedDoc. */
function parsedFrom(f: ReturnType<typeof gazaFixture>): Component {
  return {
    name: "conllu", requires: [], assigns: ["tokens", "sentences", "tags", "lemmas", "deps", "entities"],
    run(d) {
      d.tokens.push(...f.doc.tokens);
      d.sentences.push(...f.doc.sentences);
    },
  };
}

function components(f: ReturnType<typeof gazaFixture>): Component[] {
  const lexicon = fixtureLexicon();
  // only resolve() is used by the actors component; the cast keeps the fake valid as the interface grows
  const resolver = { resolve: () => ({ mentions: f.mentions, places: f.places }) } as unknown as ActorResolver;
  return [
    parsedFrom(f), C.actorsComponent(resolver), C.clausesComponent(loadClauseResources(lexiconLemmas(lexicon))),
    C.eventsComponent(createEventCoder({ lexicon, ontology: builtInOntology(), cues: loadFrameCues() })),
    C.figuresComponent(createFigureExtractor()), C.linksComponent(),
  ];
}

test("the pipeline runs its components in order over one AnalysedDoc: events and figures from one clause layer", () => {
  const f = gazaFixture();
  const a = createAnalyzer(components(f)).analyze(f.article);
  assert.ok(a.events.some((e) => e.trigger.text === "took" && e.cameo === "181"));
  const taken = a.figures.find((x) => x.kind === "hostages_taken");
  assert.equal(taken && taken.event !== null ? a.events[taken.event].trigger.text : null, "took", "the links component ties the figure to its event");
  assert.deepEqual(a.figures.map((x) => `${x.kind}:${x.value.best}`), ["killed:1200", "hostages_taken:253", "hostages_released:110", "prisoners_released:240"]);
  assert.ok(a.clauses && a.clauses.frames.length > 0);
  assert.equal(a.article, f.article);
});

test("a component whose requirement no earlier component assigns is refused when the pipeline is built, by name", () => {
  const f = gazaFixture();
  const [parsed, actors, clauses, events, figures] = components(f);
  assert.throws(() => createAnalyzer([parsed, clauses, events, actors, figures]), (e: unknown) =>
    e instanceof PipelineError && /"events" requires "mentions", "places"/.test(e.message));
  assert.throws(() => checkPipeline([parsed, parsed]), /listed twice/);
  assert.doesNotThrow(() => checkPipeline([clauses], ["lemmas", "deps"]));
});

test("a component runs alone on a hand-made document; a reader of the clause layer before it is a pipeline error", () => {
  const f = gazaFixture();
  const [, , clauses, events] = components(f);
  const doc = AnalysedDoc.from(f.doc, f.article);
  assert.throws(() => events.run(doc), PipelineError);
  clauses.run(doc);
  assert.ok(doc.clauses!.frames.some((fr) => fr.lemma === "reject"));
});
