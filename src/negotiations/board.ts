// The board across articles: articles grouped by process (their parties), and a proposal mentioned
// again in a later article ("Hamas' latest ceasefire proposal") linked to the same record when the
// proposers agree, the later mention refers back (definite) or shares a distinctive label word or a
// term, and it falls within LINK_WINDOW_DAYS of the last mention. Each record lists the articles that
// contributed to it, with the evidence of each link; its status is read from its timeline.
import type {
  NegotiationArticle, NegotiationMeeting, NegotiationParty, NegotiationResponse, NegotiationTerm, PastAgreement, Proposal, ProposalRelationType,
} from "../text/annotations.js";
import { sameParty } from "./view.js";

export const LINK_WINDOW_DAYS = 30;

export type BoardArticle = NegotiationArticle;

/** Where a piece of the board comes from: article, date, and the words. */
export interface Cited {
  article: string;
  date: string;
  evidence: string;
}

export interface BoardResponse extends Cited {
  party: NegotiationParty;
  stance: string;
  stanceClass: NegotiationResponse["stanceClass"];
  modality: string;
  speaker: string | null;
  trigger: string;
  conditions: { kind: string; value: string; words: string }[];
}

export interface BoardStep extends Cited {
  step: string;
  party: string | null;
}

export interface BoardProposal {
  /** Store id of its first proposal row. */
  id: number;
  /** Store ids of every row linked into it. */
  rows: number[];
  label: string;
  /** Every mention of it, in every article that names it. */
  mentions: { article: string; date: string; text: string }[];
  proposers: NegotiationParty[];
  drafters: NegotiationParty[];
  mediators: NegotiationParty[];
  recipients: NegotiationParty[];
  terms: (Cited & { kind: string; value: string; words: string })[];
  relations: { type: ProposalRelationType; to: number; evidence: string; article: string }[];
  /** How each later article's mention was linked to this record. */
  links: (Cited & { reason: string })[];
  responses: BoardResponse[];
  timeline: BoardStep[];
  status: string;
  articles: string[];
  firstSeen: string;
  lastSeen: string;
}

export interface BoardMeeting extends Omit<Cited, "date"> {
  kind: string;
  venue: string | null;
  date: string | null;
  status: NegotiationMeeting["status"];
  parties: NegotiationParty[];
  leader: string | null;
}

export interface BoardAgreement extends Omit<Cited, "date"> {
  label: string;
  date: string | null;
  terms: { kind: string; value: string; words: string }[];
}

export interface BoardProcess {
  name: string;
  parties: NegotiationParty[];
  mediators: NegotiationParty[];
  articles: string[];
  proposals: BoardProposal[];
  /** Standing positions and sticking points: responses that answer no one proposal. */
  positions: BoardResponse[];
  meetings: BoardMeeting[];
  agreements: BoardAgreement[];
}

export interface Board {
  processes: BoardProcess[];
}

const days = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
const LABEL_STOP = new Set(["a", "an", "the", "its", "their", "his", "her", "latest", "new", "proposal", "offer", "plan", "deal", "framework", "ceasefire", "truce", "'s", "’s", "'"]);

function labelWords(label: string): Set<string> {
  return new Set(label.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter((w) => w.length > 2 && !LABEL_STOP.has(w)));
}

function mergeParties(into: NegotiationParty[], more: readonly NegotiationParty[]): void {
  for (const p of more) {
    const k = into.findIndex((q) => sameParty(q, p));
    if (k < 0) into.push(p);
    else if (into[k].key === p.code?.slice(0, 3) && p.key !== into[k].key) into[k] = p;
  }
}

const slice = (a: BoardArticle, s: { start: number; end: number }) => a.text.slice(s.start, s.end).replace(/\s+/g, " ").trim();
const termOf = (t: NegotiationTerm) => ({ kind: t.kind, value: t.value, words: t.evidence.text });

function responseOf(a: BoardArticle, r: NegotiationResponse): BoardResponse {
  return {
    article: a.id, date: r.date ?? a.date, evidence: slice(a, r.evidence), party: r.party, stance: r.stance, stanceClass: r.stanceClass,
    modality: r.modality, speaker: r.speaker?.text ?? null, trigger: r.trigger.text, conditions: r.conditions.map(termOf),
  };
}

const isNewVersion = (p: Proposal) => p.relation?.type === "revision_of" || p.relation?.type === "counter_to";

/** A term of the same kind with another value ("4.5 months" against "6 weeks"): another offer. */
const termsDisagree = (p: Proposal, b: BoardProposal) => p.terms.some((t) => b.terms.some((x) => x.kind === t.kind && x.value !== t.value));

/** Why proposal p of article a is the board proposal b, or null when it is not. */
function linkReason(b: BoardProposal, p: Proposal, a: BoardArticle): string | null {
  if (b.articles.includes(a.id) || days(b.lastSeen, a.date) > LINK_WINDOW_DAYS) return null;
  const proposersAgree = p.proposers.length && b.proposers.length ? p.proposers.some((x) => b.proposers.some((y) => sameParty(x, y))) : !p.proposers.length && !b.proposers.length;
  if (!proposersAgree) return null;
  // a new version or counter-offer is the record only if that record is one too (the same revision told again)
  if (isNewVersion(p) && !b.relations.some((r) => r.type === p.relation!.type)) return null;
  const who = p.proposers.map((x) => x.key).join(", ") || "no proposer named";
  const shared = [...labelWords(p.label)].filter((w) => labelWords(b.label).has(w));
  if (shared.length) return `same proposer (${who}) and label word "${shared[0]}", ${Math.round(days(b.lastSeen, a.date))} days apart`;
  const term = p.terms.find((t) => b.terms.some((x) => x.kind === t.kind && x.value === t.value));
  if (term) return `same proposer (${who}) and term ${term.kind} ${term.value}, ${Math.round(days(b.lastSeen, a.date))} days apart`;
  if (p.mentions.every((m) => m.definite) && p.proposers.length) return `same proposer (${who}), mentioned as known («${p.mentions[0].text}»), ${Math.round(days(b.lastSeen, a.date))} days apart`;
  // the same proposer's offer again in the same talks ("a U.S. proposal" one day, "the U.S. proposal" the next),
  // unless a term of it disagrees with the record's
  if (p.proposers.length && !termsDisagree(p, b)) return `same proposer (${who}) in the same talks, no new version and no term at odds, ${Math.round(days(b.lastSeen, a.date))} days apart`;
  return null;
}

const DECISIVE: Record<string, string> = { accept: "accepted", reject: "rejected", countered: "countered", revised: "revised" };

function statusOf(p: BoardProposal): string {
  const steps = [...p.timeline].sort((a, b) => a.date.localeCompare(b.date));
  // a newer version or a counter-proposal supersedes whatever answers came before
  const superseded = steps.filter((s) => s.step === "revised" || s.step === "countered").pop();
  if (superseded) return DECISIVE[superseded.step];
  const decisive = steps.filter((s) => s.step in DECISIVE).pop();
  if (decisive) return DECISIVE[decisive.step];
  const last = steps.pop();
  if (!last) return "proposed";
  if (last.step === "positive" || last.step === "conditions") return "under consideration";
  return last.step;
}

export function buildBoard(articles: BoardArticle[]): Board {
  const sorted = [...articles].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const processes: BoardProcess[] = [];
  const keyOf = (ps: readonly NegotiationParty[]) => ps.map((p) => p.key).sort().join("+");
  for (const a of sorted) {
    const n = a.layer;
    if (!n.proposals.length && !n.responses.length && !n.meetings.length && !n.agreements.length) continue;
    const key = keyOf(n.process?.parties ?? []);
    let proc = processes.find((p) => keyOf(p.parties) === key);
    if (!proc) {
      proc = { name: n.process?.name ?? "(talks not named)", parties: [...(n.process?.parties ?? [])], mediators: [], articles: [], proposals: [], positions: [], meetings: [], agreements: [] };
      processes.push(proc);
    }
    proc.articles.push(a.id);
    mergeParties(proc.mediators, n.process?.mediators ?? []);
    // proposals: linked to an earlier record or new
    const here = new Map<number, BoardProposal>();
    n.proposals.forEach((p, k) => {
      const id = a.proposalIds.get(k) ?? -(k + 1);
      let b: BoardProposal | undefined;
      let reason: string | null = null;
      // the most recently mentioned record first: a proposer's latest version is the one spoken of again
      const latestFirst = [...proc!.proposals].reverse().sort((x, y) => y.lastSeen.localeCompare(x.lastSeen));
      for (const c of latestFirst) if ((reason = linkReason(c, p, a))) { b = c; break; }
      if (!b) {
        b = { id, rows: [], label: p.label, mentions: [], proposers: [], drafters: [], mediators: [], recipients: [], terms: [], relations: [], links: [], responses: [], timeline: [], status: "", articles: [], firstSeen: a.date, lastSeen: a.date };
        proc!.proposals.push(b);
      } else b.links.push({ article: a.id, date: a.date, evidence: p.mentions.map((m) => m.text).join(" | "), reason: reason! });
      b.rows.push(id);
      for (const m of p.mentions) b.mentions.push({ article: a.id, date: a.date, text: m.text });
      if (!b.articles.includes(a.id)) b.articles.push(a.id);
      b.lastSeen = a.date;
      mergeParties(b.proposers, p.proposers);
      mergeParties(b.drafters, p.drafters);
      mergeParties(b.mediators, p.mediators);
      mergeParties(b.recipients, p.recipients);
      for (const t of p.terms) if (!b.terms.some((x) => x.kind === t.kind && x.value === t.value)) b.terms.push({ ...termOf(t), article: a.id, date: a.date, evidence: t.evidence.text });
      for (const s of p.steps) b.timeline.push({ step: s.step, party: (s.step === "delivered" ? p.mediators : p.proposers).map((x) => x.key).join(", ") || null, date: s.date ?? a.date, article: a.id, evidence: s.evidence.text });
      if (!p.steps.length) b.timeline.push({ step: "mentioned", party: null, date: a.date, article: a.id, evidence: p.mentions[0]?.text ?? p.label });
      here.set(k, b);
    });
    n.proposals.forEach((p, k) => {
      if (!p.relation) return;
      const from = here.get(k)!;
      const to = here.get(p.relation.to);
      if (!to || to === from) return;
      from.relations.push({ type: p.relation.type, to: to.id, evidence: p.relation.evidence.text, article: a.id });
      to.timeline.push({ step: p.relation.type === "revision_of" ? "revised" : "countered", party: p.proposers.map((x) => x.key).join(", ") || null, date: from.firstSeen, article: a.id, evidence: p.relation.evidence.text });
    });
    for (const r of n.responses) {
      const br = responseOf(a, r);
      const b = r.proposal === null ? undefined : here.get(r.proposal);
      if (!b) {
        proc.positions.push(br);
        continue;
      }
      b.responses.push(br);
      b.timeline.push({ step: r.stanceClass, party: r.party.key, date: br.date, article: a.id, evidence: r.trigger.text });
    }
    for (const m of n.meetings) {
      proc.meetings.push({
        article: a.id, date: m.date, evidence: slice(a, m.evidence), kind: m.kind, venue: m.venue?.name ?? null, status: m.status,
        parties: m.parties, leader: m.leader?.text ?? null,
      });
    }
    for (const g of n.agreements) proc.agreements.push(agreementOf(a, g));
  }
  for (const proc of processes) for (const p of proc.proposals) p.status = statusOf(p);
  return { processes };
}

function agreementOf(a: BoardArticle, g: PastAgreement): BoardAgreement {
  return { article: a.id, date: g.date, evidence: slice(a, g.evidence), label: g.trigger.text, terms: g.terms.map(termOf) };
}

/** The board proposal holding store row `id`, with its process. */
export function findProposal(board: Board, id: number): { process: BoardProcess; proposal: BoardProposal } | null {
  for (const process of board.processes) for (const proposal of process.proposals) if (proposal.rows.includes(id)) return { process, proposal };
  return null;
}
