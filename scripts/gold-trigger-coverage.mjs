// How many gold events' triggers (JSON Lines gold of `parley eval events`, e.g. ../shared/eval/voa-dev/voa_gold_dev.jsonl)
// hold a word the verb lexicon has patterns for: the hand-written files, then with the WordNet fallback. A rough
// measure: trigger words are lemmatised by suffix rules, and a known lemma need not be coded to the gold's code.
// Usage (after a build): node scripts/gold-trigger-coverage.mjs GOLD.jsonl [--misses]
import { readFileSync } from "node:fs";
const { loadLexicon } = await import(new URL("../dist/src/events/lexicon.js", import.meta.url).href);
const { wordnetFallback } = await import(new URL("../dist/src/events/wordnet-fallback.js", import.meta.url).href);
const hand = loadLexicon(), wn = wordnetFallback();
const irregular = { held: "hold", met: "meet", taken: "take", took: "take", blown: "blow", sought: "seek", led: "lead", told: "tell", fought: "fight", struck: "strike", shot: "shoot", sent: "send", brought: "bring", made: "make", gave: "give", given: "give", won: "win", began: "begin", left: "leave", kept: "keep", said: "say", spoke: "speak", seen: "see" };
const cands = (w) => { w = w.toLowerCase(); const c = [w]; if (irregular[w]) c.push(irregular[w]);
  for (const [suf, rep] of [["ies", "y"], ["ied", "y"], ["es", ""], ["s", ""], ["ed", ""], ["ed", "e"], ["d", ""], ["ing", ""], ["ing", "e"]]) if (w.endsWith(suf)) c.push(w.slice(0, -suf.length) + rep);
  if (/([bdgmnprt])\1(ed|ing)$/.test(w)) c.push(w.replace(/([bdgmnprt])\1(ed|ing)$/, "$1"));
  return c; };
let n = 0, inHand = 0, inAny = 0; const miss = [];
for (const line of readFileSync(process.argv[2], "utf8").split("\n")) {
  if (!line.trim()) continue;
  for (const e of JSON.parse(line).events) {
    const words = e.trigger.replace(/[“”"]/g, "").split(/\s+/).filter((w) => /^[a-z-]+$/i.test(w) && !/^(the|a|an|to|of|and|with|on|in|due|has|have|been|was|were|is|are|will|would|more|than)$/i.test(w));
    if (!words.length) continue;
    n++;
    const h = words.some((w) => cands(w).some((c) => hand.byLemma.has(c)));
    const a = h || words.some((w) => cands(w).some((c) => wn.byLemma.has(c)));
    if (h) inHand++; if (a) inAny++; else miss.push(e.trigger);
  }
}
console.log(JSON.stringify({ gold_events: n, trigger_in_hand_lexicon: inHand, pct_hand: +(100 * inHand / n).toFixed(2), with_wordnet: inAny, pct_with_wordnet: +(100 * inAny / n).toFixed(2) }));
if (process.argv[3]) console.log(miss.join(" | "));
