// PETRARCH/TABARI dictionaries: reading, converting with `parley actors import`, and coding with them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { parsePetrarch, loadActorDictionaries, loadActorResolver, readEntryFile } from "../src/actors/index.js";
import { packageRoot, sharedDir } from "../src/paths.js";
import { docOf, articleOf } from "./helpers/actor-docs.js";
import { parseRecords } from "./helpers/petrarch-records.js";
import { tempDir } from "./helpers/tmp.js";

const mini = join(packageRoot, "test", "fixtures", "actors", "petrarch-mini.txt");
const validate = join(sharedDir, "eval", "universalpetrarch-validate");
const vActors = join(validate, "PETR_Validate_actors_2_02.txt");
const vAgents = join(validate, "PETR_Validate_agents_2_02.txt");

test("PETRARCH layout: aliases, dated code lines, agents, plurals, substitution sets", () => {
  const { entries, problems } = parsePetrarch(readFileSync(mini, "utf8"), "mini.txt");
  const byName = (n: string) => entries.find((e) => e.names.includes(n));
  assert.deepEqual(byName("Northland")?.names, ["Northland", "Northlander", "Frosthold"]);
  assert.deepEqual(byName("Queen Alda")?.codes, [
    { code: "NLDELI", roles: [], from: null, to: "1999-01-01" },
    { code: "NLDGOV", roles: [], from: "1999-01-01", to: "2011-01-01" },   // PETRARCH ranges include their last day
    { code: "NLDOPP", roles: [], from: "2011-01-01", to: null },
  ]);
  assert.deepEqual([byName("river guard")?.section, byName("river guard")?.codes[0].code], ["agents", "COP"]);
  assert.deepEqual(byName("harbourofficer")?.names, ["harbourofficer", "harbourofficers", "harbourchief"]);
  assert.deepEqual(byName("watchers")?.names, ["watchers", "watcherz"]);
  assert.equal(byName("relief band")?.codes[0].code, "NGO");
  assert.deepEqual(problems, ['mini.txt:18: unreadable date "2010-01-01" in [NLDGOV 2010-01-01]']);
  assert.equal(byName("broken line"), undefined);
});

test("imported dictionaries code actors by date, replacing the built-ins", async () => {
  const r = await loadActorResolver({ dictionaries: [mini], replaceBuiltIn: true, cities: false });
  const at = (date: string) => {
    const s = "Queen Alda spoke to the river guards of Frosthold.";
    return r.resolve(docOf(s), articleOf(s, date)).mentions.map((m) => m.actor?.code);
  };
  assert.deepEqual(at("1995-03-01"), ["NLDELI", "NLDCOP"]);
  assert.deepEqual(at("2005-03-01"), ["NLDGOV", "NLDCOP"]);
  assert.deepEqual(at("2012-03-01"), ["NLDOPP", "NLDCOP"]);
  // Without replaceBuiltIn the imported entries extend parley's own.
  const both = loadActorDictionaries([mini]).counts();
  assert.ok(both.people > 100 && both.actors === 2);
});

test("`parley actors import` writes parley's format, prints counts, reports skipped lines", () => {
  const out = join(tempDir("parley-actors-"), "imported.txt");
  const run = spawnSync(process.execPath, [join(packageRoot, "bin", "parley.js"), "actors", "import", mini, "-o", out], { encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /wrote .*imported\.txt: 2 actors, 4 agents, \d+ names, 3 dated codes from 1 file\(s\); 1 line\(s\) skipped/);
  assert.match(run.stderr, /petrarch-mini\.txt:18: unreadable date/);
  const again = readEntryFile(out);
  assert.deepEqual(again.problems, []);
  assert.deepEqual(again.entries.map((e) => e.names[0]), ["river guard", "harbourofficer", "watchers", "relief band", "Northland", "Queen Alda"]);
  const missing = spawnSync(process.execPath, [join(packageRoot, "bin", "parley.js"), "actors", "import", "/nonexistent.txt"], { encoding: "utf8" });
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /^parley: \/nonexistent\.txt: no such file\n$/);
});

test("UniversalPetrarch validation dictionaries resolve that suite's fictional actors", { skip: !existsSync(vActors) && "../shared absent" }, async () => {
  const r = await loadActorResolver({ dictionaries: [vActors, vAgents], replaceBuiltIn: true, cities: false });
  const records = parseRecords(readFileSync(join(validate, "PETR_Validate_records_2_02.xml"), "utf8"))
    .filter((x) => x.evaluate && ["DATE", "ACTOR", "DEMO", "AGENT"].includes(x.category));
  let found = 0, total = 0;
  const dateMisses: string[] = [];
  for (const rec of records) {
    const codes = new Set(r.resolve(docOf(rec.text), articleOf(rec.text, rec.date)).mentions.map((m) => m.actor?.code));
    for (const c of rec.codes) for (const k of [c.source, c.target]) {
      if (!/^[A-Z-]+$/.test(k)) continue;            // skip "noun phrase" expectations and compound notations
      total++;
      if (codes.has(k)) found++; else if (rec.category === "DATE") dateMisses.push(`${rec.id} ${k}`);
    }
  }
  assert.ok(total > 150, `only ${total} expected codes read`);
  assert.deepEqual(dateMisses, []);                   // every dated-code record resolves on its date
  assert.ok(found / total >= 0.95, `${found}/${total} expected actor codes found`);
});

test("`parley actors code` lists coded mentions and places for a date", () => {
  const bin = join(packageRoot, "bin", "parley.js");
  const run = spawnSync(process.execPath, [bin, "actors", "code", "--date", "2024-02-08", "--json", "The Israeli leader spoke in Beirut."], { encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
  const out = JSON.parse(run.stdout) as { mentions: { text: string; actor: { code: string; person: string } }[]; places: { text: string; country: string }[] };
  assert.deepEqual(out.mentions.map((m) => [m.text, m.actor.code, m.actor.person]), [["The Israeli leader", "ISRGOV", "Benjamin Netanyahu"]]);
  assert.deepEqual(out.places.map((p) => [p.text, p.country]), [["Beirut", "LBN"]]);
  const bad = spawnSync(process.execPath, [bin, "actors", "code", "--date", "2024-13-08", "x"], { encoding: "utf8" });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /^parley: --date: want YYYY-MM-DD, got "2024-13-08"\n$/);
});

const shapes = join(packageRoot, "test", "fixtures", "actors", "petrarch-code-shapes.txt");

test("PETRARCH code shapes: several actors in one code, a leading article, prefix agents", async () => {
  const { entries } = parsePetrarch(readFileSync(shapes, "utf8"), "shapes.txt");
  const byName = (n: string) => entries.find((e) => e.names.includes(n));
  assert.deepEqual(byName("The Isles")?.names, ["The Isles", "Isles"]);
  assert.equal(byName("Isles")?.codes[0].code, "ISA/ISB/ISC");
  assert.deepEqual(byName("aid band")?.codes[0], { code: "NGO", roles: [], from: null, to: null, prefix: true });
  assert.equal(byName("envoy")?.codes[0].prefix, undefined);
  // parley's format writes and reads the prefix agent as "NGO~"
  const out = join(tempDir("parley-shapes-"), "shapes.txt");
  const run = spawnSync(process.execPath, [join(packageRoot, "bin", "parley.js"), "actors", "import", shapes, "-o", out], { encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
  assert.match(readFileSync(out, "utf8"), /^aid band \| NGO~$/m);
  assert.equal(readEntryFile(out).entries.find((e) => e.names.includes("aid band"))?.codes[0].prefix, true);

  const r = await loadActorResolver({ dictionaries: [shapes], replaceBuiltIn: true, cities: false });
  const codes = (s: string) => r.resolve(docOf(s), articleOf(s, "2020-01-01")).mentions.map((m) => m.actor?.code);
  assert.deepEqual(codes("Aid band Northland spoke."), ["NGONLD"]);
  assert.deepEqual(codes("An aid band Northland envoy spoke."), ["NGONLDGOV"]);
  assert.deepEqual(codes("The Isles spoke."), ["ISA/ISB/ISC"]);
});

test("names with no code between them share the next code block (the Phoenix layout)", () => {
  const text = "ALDA_NORTH_  # note\nQUEEN_ALDA\n+ALDA\n\t[NLDGOV 900101-991231]\nBERT_SOUTH [SLDGOV]\n";
  const { entries, problems } = parsePetrarch(text, "t.txt");
  assert.deepEqual(problems, []);
  assert.deepEqual(entries.map((e) => e.names), [["Alda North", "Queen Alda", "Alda"], ["Bert South"]]);
  assert.equal(entries[0].where, "t.txt:1");
  assert.deepEqual(entries[0].codes.map((c) => c.code), ["NLDGOV"]);
});

const phoenixCountries = join(sharedDir, "reference", "petrarch-dictionaries", "Phoenix.Countries.actors.txt");
test("Phoenix.Countries.actors.txt: Brezhnev, Gorbachev and Yeltsin are read with all their names", { skip: existsSync(phoenixCountries) ? false : `${phoenixCountries} absent (set PARLEY_SHARED)` }, () => {
  const lines = readFileSync(phoenixCountries, "utf8").split(/\r?\n/);
  const start = lines.findIndex((l) => l.startsWith("LEONID_BREZHNEV_"));
  const end = lines.findIndex((l, k) => k > start && l.startsWith("ALEKSANDR_RUTSKOY_"));
  assert.ok(start >= 0 && end > start, "the Soviet leaders' lines are in the file");
  const { entries, problems } = parsePetrarch(lines.slice(start, end).join("\n"), "excerpt");
  assert.deepEqual(problems, []);
  const named = (n: string) => entries.find((e) => e.names.includes(n));
  for (const n of ["Leonid Brezhnev", "Secretary Brezhnev", "Mikhail Gorbachev", "Gorbachev Administration", "Boris Yeltsin", "Yeltsin"]) assert.ok(named(n), `${n} read`);
  assert.equal(named("Yeltsin"), named("Boris Yeltsin"));
  assert.deepEqual(named("Yeltsin")!.codes.map((c) => [c.code, c.from, c.to]), [
    ["RUSELI", "1949-01-01", "1991-07-11"], ["RUSGOV", "1991-07-10", "2000-01-01"], ["RUSELI", "1999-12-31", "2007-04-24"],
  ]);
  assert.equal(named("Leonid Brezhnev")!.codes.length, 3);
});
