import { test } from "node:test";
import assert from "node:assert/strict";
import { createAnalyzer } from "../src/analyze.js";
import type { ActorResolver } from "../src/actors/index.js";
import type { Nlp } from "../src/nlp/index.js";
import { createEventCoder } from "../src/events/coder.js";
import { builtInOntology } from "../src/events/ontology.js";
import { loadFrameCues } from "../src/events/cues.js";
import { fixtureLexicon, gazaFixture } from "./helpers/event-fixtures.js";

test("the analyzer runs coder and figure extraction over what nlp and actors give", () => {
  const f = gazaFixture();
  const analyzer = createAnalyzer(
    { process: () => f.doc } as unknown as Nlp,
    // only process() and resolve() are used here; the casts keep the fakes valid as those interfaces grow
    { resolve: () => ({ mentions: f.mentions, places: f.places }) } as unknown as ActorResolver,
    createEventCoder({ lexicon: fixtureLexicon(), ontology: builtInOntology(), cues: loadFrameCues() }),
  );
  const a = analyzer.analyze(f.article);
  assert.ok(a.events.some((e) => e.trigger.text === "took" && e.cameo === "181"));
  assert.deepEqual(a.figures.map((x) => `${x.kind}:${x.value}`), ["killed:1200", "hostages_taken:253", "hostages_released:110", "prisoners_freed:240"]);
});
