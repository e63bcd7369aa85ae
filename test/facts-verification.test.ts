import { test } from "node:test";
import assert from "node:assert/strict";
import { Doc } from "../src/text/doc.js";
import { loadVerificationCues, unverifiedSentences } from "../src/clauses/verification.js";

/** A Doc whose sentences are the given strings; "\n" in the text separates paragraphs. */
function docOf(text: string): Doc {
  const doc = new Doc(text);
  const re = /[^.\n]+\./g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const from = doc.tokens.length;
    doc.addToken(start, m.index + m[0].length);
    doc.addSentence(from, doc.tokens.length);
  }
  return doc;
}

test("a 'could not verify' note covers its paragraph and the one before, at most three sentences back", () => {
  const cues = loadVerificationCues();
  const doc = docOf([
    "Israel claims Rafah is a bastion.",
    "Two strikes hit two houses, residents said. Hamas media said seven people were killed.",
    "Footage showed efforts to rush the injured to hospital. Reuters could not independently verify the details.",
    "Talks resume on Wednesday.",
  ].join("\n"));
  assert.equal(doc.sentences.length, 6);
  assert.deepEqual([...unverifiedSentences(doc, cues)].sort(), [1, 2, 3, 4]);
  const flat = docOf("A said B. C said D. E said F. G said H. Reuters was unable to confirm the report.");
  assert.deepEqual([...unverifiedSentences(flat, cues)].sort(), [1, 2, 3, 4], "one paragraph: the reach limits it");
});
