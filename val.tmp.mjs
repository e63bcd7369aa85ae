import { readFileSync } from "node:fs";
import { loadActorResolver } from "/work/actors/dist/src/actors/index.js";
import { docOf, articleOf } from "/work/actors/dist/test/helpers/actor-docs.js";
import { parseRecords } from "/work/actors/dist/test/helpers/petrarch-records.js";
const V = "/work/shared/eval/universalpetrarch-validate/";
const r = await loadActorResolver({ dictionaries: [V + "PETR_Validate_actors_2_02.txt", V + "PETR_Validate_agents_2_02.txt"], replaceBuiltIn: true, cities: false });
let ok = 0, n = 0; const cats = {};
for (const s of parseRecords(readFileSync(V + "PETR_Validate_records_2_02.xml", "utf8"))) {
  if (!s.evaluate) continue;
  const { mentions } = r.resolve(docOf(s.text), articleOf(s.text, s.date));
  const codes = new Set(mentions.map((m) => m.actor?.code));
  for (const c of s.codes) for (const k of [c.source, c.target]) {
    if (!k || k.startsWith('"') || k.startsWith("&")) continue;
    n++; cats[s.category] ??= [0,0]; cats[s.category][1]++;
    if (codes.has(k)) { ok++; cats[s.category][0]++; } else if (process.argv[2]) console.log(s.id, k, "|", s.text.slice(0, 100), "|", [...codes].join(","));
  }
}
console.log(`${ok}/${n}`, JSON.stringify(cats));
