// Scoring the negotiation board against the hand-written gold set (test/fixtures/negotiations/gold.jsonl,
// README there). Proposals match when a predicted mention overlaps a gold mention; responses are
// (text, party, stance class) pairs; terms are (matched proposal, kind) pairs; meetings match when the
// predicted meeting's sentence holds the gold words and the venues agree. Texts are read where they live
// (examples/ for the seeds, ../shared for the VOA stories and Wikinews texts), never copied into the fixture.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SourceError } from "../errors.js";
import { examplesDir, sharedDir } from "../paths.js";
import type { Article } from "../text/article.js";
import type { NegotiationLayer, Span } from "../text/annotations.js";
import { readSources } from "../ingest/index.js";
import { articleForText } from "./article-for-text.js";
import { pct, prf } from "./metrics.js";

export interface GoldProposal {
  ref: string;
  mentions: string[];
  proposer: string[];
  terms: { kind: string; value: string; words: string }[];
}

export interface GoldResponse {
  party: string;
  stance: string;
  proposal: string | null;
  words: string;
}

export interface NegotiationGoldRecord {
  id: string;
  line: number;
  corpus: Corpus;
  path: string;
  story?: string;
  date: string;
  proposals: GoldProposal[];
  responses: GoldResponse[];
  meetings: { words: string; venue: string | null; status: string }[];
}

const STANCES = new Set(["accept", "reject", "positive", "conditions"]);

/** Where a record's text lives: examples/ (the seeds), a JSON Lines story file in ../shared (VOA), or a plain text file in ../shared (Wikinews). */
const CORPORA = ["examples", "voa-dev", "voa", "wikinews"] as const;
type Corpus = (typeof CORPORA)[number];
const isCorpus = (c: unknown): c is Corpus => CORPORA.includes(c as Corpus);

export function readNegotiationGold(path: string): NegotiationGoldRecord[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new SourceError(path, `cannot read (${(e as NodeJS.ErrnoException).code ?? "error"})`);
  }
  const out: NegotiationGoldRecord[] = [];
  text.split("\n").forEach((raw, n) => {
    if (!raw.trim()) return;
    const where = `${path}:${n + 1}`;
    let r: Record<string, any>;
    try {
      r = JSON.parse(raw);
    } catch (e) {
      throw new SourceError(where, `not JSON (${(e as Error).message})`);
    }
    if (typeof r.id !== "string" || !isCorpus(r.corpus) || typeof r.path !== "string") {
      throw new SourceError(where, `needs "id", "corpus" (${CORPORA.join(", ")}) and "path"`);
    }
    if ((r.corpus === "voa-dev" || r.corpus === "voa") && typeof r.story !== "string") throw new SourceError(where, `a ${r.corpus} record needs "story" (the story's id)`);
    if (r.corpus === "wikinews" && typeof r.date !== "string") throw new SourceError(where, `a wikinews record needs "date"`);
    if (!Array.isArray(r.proposals) || !Array.isArray(r.responses) || !Array.isArray(r.meetings)) {
      throw new SourceError(where, `needs "proposals", "responses" and "meetings" lists`);
    }
    r.proposals.forEach((p: any, k: number) => {
      if (!Array.isArray(p?.mentions) || !p.mentions.length) throw new SourceError(where, `proposals[${k}]: needs a non-empty "mentions" list`);
    });
    r.responses.forEach((x: any, k: number) => {
      if (typeof x?.party !== "string" || !STANCES.has(x?.stance)) throw new SourceError(where, `responses[${k}]: needs "party" and "stance" (${[...STANCES].join(", ")})`);
    });
    out.push({ ...(r as NegotiationGoldRecord), line: n + 1 });
  });
  return out;
}

/** The article a record names, read as ingest reads it; null (with the reason) when its text is absent. */
export async function goldArticle(r: NegotiationGoldRecord): Promise<{ article: Article | null; why: string }> {
  if (r.corpus === "examples") {
    const file = join(examplesDir, r.path);
    if (!existsSync(file)) return { article: null, why: `${file} is absent` };
    for await (const item of readSources([file])) return item.ok ? { article: item.article, why: "" } : { article: null, why: String(item.error) };
    return { article: null, why: `no article in ${file}` };
  }
  const file = join(sharedDir, r.path);
  if (!existsSync(file)) return { article: null, why: `${file} is absent (set PARLEY_SHARED to the shared data folder)` };
  if (r.corpus === "wikinews") return { article: articleForText(readFileSync(file, "utf8"), r.date, r.id), why: "" };
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.includes(`"${r.story}"`)) continue;
    const d = JSON.parse(line);
    if (d.id === r.story) return { article: articleForText(d.text, d.date, d.id), why: "" };
  }
  return { article: null, why: `story ${r.story} not in ${file}` };
}

function occurrences(text: string, words: string): Span[] {
  const out: Span[] = [];
  for (let k = text.indexOf(words); k >= 0; k = text.indexOf(words, k + 1)) out.push({ start: k, end: k + words.length });
  return out;
}

const overlap = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export interface Counts {
  gold: number;
  predicted: number;
  matched: number;
}

export interface NegotiationScore {
  texts: number;
  skipped: string[];
  proposals: Counts & ReturnType<typeof prf>;
  responses: Counts & ReturnType<typeof prf>;
  terms: Counts & ReturnType<typeof prf>;
  meetings: Counts & ReturnType<typeof prf>;
  /** Of matched responses whose gold names a proposal, the share linked to the matching proposal. */
  response_links: { gold: number; right: number; accuracy: number };
  /** Of matched meetings, the share whose status (planned, held) is the gold's. */
  meeting_status: { gold: number; right: number; accuracy: number };
}

export interface NegotiationMiss {
  record: string;
  what: string;
}

const counts = (): Counts => ({ gold: 0, predicted: 0, matched: 0 });

/** Score one text's board; misses are pushed for --misses. */
export function scoreText(r: NegotiationGoldRecord, text: string, board: NegotiationLayer, acc: Record<"proposals" | "responses" | "terms" | "meetings", Counts>, links: { gold: number; right: number }, misses: NegotiationMiss[], status = { gold: 0, right: 0 }): void {
  // proposals: one-to-one on overlapping mentions
  const goldSpans = r.proposals.map((g) => g.mentions.flatMap((m) => occurrences(text, m)));
  const predOf = new Map<string, number>();
  const used = new Set<number>();
  r.proposals.forEach((g, k) => {
    const hit = board.proposals.findIndex((p, j) => !used.has(j) && p.mentions.some((m) => goldSpans[k].some((s) => overlap(m, s))));
    if (hit >= 0) {
      used.add(hit);
      predOf.set(g.ref, hit);
    } else misses.push({ record: r.id, what: `missed proposal ${g.ref} «${g.mentions[0]}»` });
  });
  board.proposals.forEach((p, j) => used.has(j) || misses.push({ record: r.id, what: `spurious proposal «${p.label}»` }));
  acc.proposals.gold += r.proposals.length;
  acc.proposals.predicted += board.proposals.length;
  acc.proposals.matched += used.size;
  // terms of matched proposals, by kind
  for (const g of r.proposals) {
    const j = predOf.get(g.ref);
    const gold = new Set(g.terms.map((t) => t.kind));
    const pred = new Set<string>(j === undefined ? [] : board.proposals[j].terms.map((t) => t.kind));
    acc.terms.gold += gold.size;
    acc.terms.predicted += pred.size;
    for (const k of gold) if (pred.has(k)) acc.terms.matched++;
    else misses.push({ record: r.id, what: `missed term ${g.ref} ${k}` });
    for (const k of pred) if (!gold.has(k)) misses.push({ record: r.id, what: `spurious term ${g.ref} ${k}` });
  }
  // responses: (party, stance class) pairs. A gold key written as the body's name (gold.jsonl's "G7", from before the
  // dictionary knew the body) is the predicted IGO code of that name ("IGOG7", the further set's convention)
  const goldKeys = new Set(r.responses.map((x) => x.party));
  const partyOf = (k: string) => (k.startsWith("IGO") && goldKeys.has(k.slice(3)) ? k.slice(3) : k);
  const key = (party: string, stance: string) => `${party}\t${stance}`;
  const gold = new Map(r.responses.map((x) => [key(x.party, x.stance), x]));
  const pred = new Map(board.responses.map((x) => [key(partyOf(x.party.key), x.stanceClass), x]));
  acc.responses.gold += gold.size;
  acc.responses.predicted += pred.size;
  for (const [k, g] of gold) {
    const p = pred.get(k);
    if (!p) {
      misses.push({ record: r.id, what: `missed response ${g.party} ${g.stance} «${g.words}»` });
      continue;
    }
    acc.responses.matched++;
    if (g.proposal) {
      links.gold++;
      const want = predOf.get(g.proposal);
      const linked = board.responses.some((x) => key(partyOf(x.party.key), x.stanceClass) === k && want !== undefined && x.proposal === want);
      if (linked) links.right++;
      else misses.push({ record: r.id, what: `response ${g.party} ${g.stance} not linked to ${g.proposal}` });
    }
  }
  for (const [k, p] of pred) if (!gold.has(k)) misses.push({ record: r.id, what: `spurious response ${k.replace("\t", " ")} «${p.trigger.text}» (${p.stance})` });
  // meetings: the sentence holds the gold words and the venues agree
  const usedM = new Set<number>();
  for (const g of r.meetings) {
    const spans = occurrences(text, g.words);
    const hit = board.meetings.findIndex((m, j) => !usedM.has(j) && spans.some((s) => overlap(m.evidence, s)) &&
      (!g.venue || (m.venue !== null && (m.venue.name.toLowerCase().includes(g.venue.toLowerCase()) || g.venue.toLowerCase().includes(m.venue.name.toLowerCase()) || m.venue.text === g.venue))));
    if (hit >= 0) {
      usedM.add(hit);
      status.gold++;
      if (board.meetings[hit].status === g.status) status.right++;
      else misses.push({ record: r.id, what: `meeting «${g.words}» ${board.meetings[hit].status}, gold ${g.status}` });
    } else misses.push({ record: r.id, what: `missed meeting «${g.words}» (${g.venue ?? "-"})` });
  }
  board.meetings.forEach((m, j) => usedM.has(j) || misses.push({ record: r.id, what: `spurious meeting ${m.kind} «${m.trigger.text}» ${m.venue?.name ?? "-"}` }));
  acc.meetings.gold += r.meetings.length;
  acc.meetings.predicted += board.meetings.length;
  acc.meetings.matched += usedM.size;
}

export type BoardPredictor = (article: Article) => NegotiationLayer;

export async function scoreNegotiations(records: NegotiationGoldRecord[], predict: BoardPredictor): Promise<{ score: NegotiationScore; misses: NegotiationMiss[] }> {
  const acc = { proposals: counts(), responses: counts(), terms: counts(), meetings: counts() };
  const links = { gold: 0, right: 0 };
  const status = { gold: 0, right: 0 };
  const misses: NegotiationMiss[] = [];
  const skipped: string[] = [];
  let texts = 0;
  for (const r of records) {
    const { article, why } = await goldArticle(r);
    if (!article) {
      skipped.push(`${r.id}: ${why}`);
      continue;
    }
    texts++;
    scoreText(r, article.text, predict(article), acc, links, misses, status);
  }
  const withPrf = (c: Counts) => ({ ...c, ...prf(c.matched, c.predicted, c.gold) });
  return {
    score: {
      texts, skipped, proposals: withPrf(acc.proposals), responses: withPrf(acc.responses), terms: withPrf(acc.terms), meetings: withPrf(acc.meetings),
      response_links: { ...links, accuracy: pct(links.right, links.gold) },
      meeting_status: { ...status, accuracy: pct(status.right, status.gold) },
    },
    misses,
  };
}
