// Reading time of PETRARCH record files as they grow: linear reading keeps records/s flat across sizes.
// Synthetic records shaped like the unit-test file's (comment lines, coding line, text, a Penn parse).
// Run: npm run build && node dist/bench/petrarch-read.js [largest]
import { parsePetrarchRecords } from "../src/eval/petrarch-records.js";

function recordsFile(n: number): string {
  const parts = ["<Validation>", "<Sentences>"];
  for (let k = 0; k < n; k++) {
    parts.push(
      `<Sentence date="20230301" id="R-${k}" category="DEMO">`,
      "<!-- a comment line, as most records have -->",
      `<EventCoding sourcecode="ALD" targetcode="BRV" eventcode="042"></EventCoding>`,
      "<Text>", `Aldoria's envoy flew to Brevania for visit number ${k}.`, "</Text>",
      "<Parse>", "(ROOT (S (NP (NNP Aldoria)) (VP (VBD flew))))", "</Parse>",
      "</Sentence>", "",
    );
  }
  parts.push("</Sentences>", "</Validation>");
  return parts.join("\n");
}

const largest = Number(process.argv[2] ?? 40000);
parsePetrarchRecords(recordsFile(1000), "warm-up.xml");
for (let n = largest / 8; n <= largest; n *= 2) {
  const text = recordsFile(n);
  const t0 = process.hrtime.bigint();
  const suite = parsePetrarchRecords(text, "bench.xml");
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (suite.records.length !== n) throw new Error(`read ${suite.records.length} of ${n} records`);
  console.log(`${String(n).padStart(7)} records, ${(text.length / 1e6).toFixed(1).padStart(5)} MB: ${seconds.toFixed(3)} s, ${Math.round(n / seconds)} records/s`);
}
