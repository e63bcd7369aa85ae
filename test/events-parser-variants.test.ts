// The coder should not depend on one attachment choice where parsers commonly differ.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createEventCoder } from "../src/events/coder.js";
import { builtInOntology } from "../src/events/ontology.js";
import { loadFrameCues } from "../src/events/cues.js";
import { actor, article, fixtureDoc, mention } from "./helpers/events.js";
import { fixtureLexicon } from "./helpers/event-fixtures.js";

test("a time phrase attached to the subject noun still dates the clause", () => {
  const doc = fixtureDoc("parser-variants.conllu");
  const coder = createEventCoder({ lexicon: fixtureLexicon(), ontology: builtInOntology(), cues: loadFrameCues() });
  const [e] = coder.code(doc, article(doc, "2024-02-08"), [mention(doc, 0, 1, 1, 1, actor("ISRGOV", "ISR"))], []);
  assert.deepEqual([e.cameo, e.date, e.dateText, e.dateResolution], ["125", "2024-02-07", "on Wednesday", "clause"]);
});

test("a reporting verb as root with the report as its ccomp attributes it just as a trailing parataxis does", () => {
  const doc = fixtureDoc("parser-variants.conllu");
  const coder = createEventCoder({ lexicon: fixtureLexicon(), ontology: builtInOntology(), cues: loadFrameCues() });
  const events = coder.code(doc, article(doc, "2024-02-08"), [mention(doc, 1, 2, 2, 2, actor("ISR", "ISR"))], []);
  const hit = events.find((e) => e.trigger.text === "hit");
  assert.deepEqual([hit?.source?.code, hit?.modality, hit?.attribution?.text], ["ISR", "reported", "residents"]);
});

test("a participial clause attached to the verb (advcl) places the event like one attached to the subject", () => {
  const doc = fixtureDoc("parser-variants.conllu");
  const coder = createEventCoder({ lexicon: fixtureLexicon(), ontology: builtInOntology(), cues: loadFrameCues() });
  const mentions = [mention(doc, 2, 1, 1, 1, actor("PSEHMS", "PSE", { org: "HMS" })), mention(doc, 2, 9, 9, 9, actor("ISR", "ISR"))];
  const beirut = { start: doc.tokens[doc.sentences[2].tokenStart + 4].start, end: doc.tokens[doc.sentences[2].tokenStart + 4].end, text: "Beirut", name: "Beirut", country: "LBN", lat: null, lon: null };
  const warn = coder.code(doc, article(doc, "2024-05-08"), mentions, [beirut]).find((e) => e.trigger.text === "warned");
  assert.deepEqual([warn?.source?.code, warn?.target?.code, warn?.place?.text, warn?.place?.origin], ["PSEHMS", "ISR", "Beirut", "clause"]);
});

test("a malformed parse with a head cycle neither hangs nor throws", async () => {
  const { parseConllu, conlluToDoc } = await import("../src/nlp/conllu.js");
  const { createFigureExtractor } = await import("../src/facts/figures.js");
  const doc = conlluToDoc(parseConllu([
    "1\tIsrael\tIsrael\tPROPN\tNNP\t_\t2\tnsubj\t_\t_",
    "2\treleased\trelease\tVERB\tVBD\t_\t4\tconj\t_\t_",
    "3\t240\t240\tNUM\tCD\t_\t4\tnummod\t_\t_",
    "4\tprisoners\tprisoner\tNOUN\tNNS\t_\t2\tobj\t_\t_",
    "5\tand\tand\tCCONJ\tCC\t_\t2\tacl\t_\t_", "",
  ].join("\n")));
  const coder = createEventCoder({ lexicon: fixtureLexicon(), ontology: builtInOntology(), cues: loadFrameCues() });
  assert.ok(Array.isArray(coder.code(doc, article(doc, "2024-02-08"), [mention(doc, 0, 1, 1, 1, actor("ISR", "ISR"))], [])));
  assert.ok(Array.isArray(createFigureExtractor().extract(doc)));
});
