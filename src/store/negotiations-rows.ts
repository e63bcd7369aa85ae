// The negotiation layer to and from its tables (src/store/migrations/2026-12-02-010-negotiations.ts).
import type { Kysely, Transaction } from "kysely";
import type {
  Modality, NegotiationLayer, NegotiationMeeting, NegotiationParty, NegotiationTerm, ProposalRelationType, StanceClass, TermKind, TextSpan,
} from "../text/annotations.js";
import type { Database } from "./schema.js";

const json = (v: unknown) => JSON.stringify(v);

function list<T>(text: string | null): T[] {
  try {
    const v = text ? JSON.parse(text) : [];
    return Array.isArray(v) ? v : [];
  } catch {
    return [];
  }
}

const span = (text: string | null, start: number | null, end: number | null): TextSpan | null =>
  text === null ? null : { text, start: start ?? 0, end: end ?? 0 };

type Trx = Transaction<Database> | Kysely<Database>;

/** Write one article's negotiation layer (inside the caller's transaction). */
export async function writeNegotiations(trx: Trx, articleId: string, n: NegotiationLayer | null): Promise<void> {
  if (!n) return;
  if (n.process) {
    await trx.insertInto("negotiation_processes").values({ article_id: articleId, idx: 0, name: n.process.name, parties: json(n.process.parties), mediators: json(n.process.mediators) }).execute();
  }
  const terms: { owner: string; owner_idx: number; t: NegotiationTerm }[] = [];
  for (const [idx, p] of n.proposals.entries()) {
    await trx.insertInto("negotiation_proposals").values({
      article_id: articleId, idx, label: p.label, mentions: json(p.mentions), proposers: json(p.proposers), drafters: json(p.drafters),
      mediators: json(p.mediators), recipients: json(p.recipients), relation_type: p.relation?.type ?? null, relation_to: p.relation?.to ?? null,
      relation_text: p.relation?.evidence.text ?? null, relation_start: p.relation?.evidence.start ?? null, relation_end: p.relation?.evidence.end ?? null,
      steps: json(p.steps), evidence_start: p.evidence.start, evidence_end: p.evidence.end,
    }).execute();
    terms.push(...p.terms.map((t) => ({ owner: "proposal", owner_idx: idx, t })));
  }
  for (const [idx, r] of n.responses.entries()) {
    await trx.insertInto("negotiation_responses").values({
      article_id: articleId, idx, sentence: r.sentence, party_key: r.party.key, party_text: r.party.text, party_code: r.party.code,
      stance: r.stance, stance_class: r.stanceClass, proposal_idx: r.proposal, date: r.date,
      speaker_text: r.speaker?.text ?? null, speaker_start: r.speaker?.start ?? null, speaker_end: r.speaker?.end ?? null, modality: r.modality,
      trigger_text: r.trigger.text, trigger_start: r.trigger.start, trigger_end: r.trigger.end,
      evidence_start: r.evidence.start, evidence_end: r.evidence.end, rule: r.rule,
    }).execute();
    terms.push(...r.conditions.map((t) => ({ owner: "response", owner_idx: idx, t })));
  }
  for (const [idx, m] of n.meetings.entries()) {
    await trx.insertInto("negotiation_meetings").values({
      article_id: articleId, idx, sentence: m.sentence, kind: m.kind, trigger_text: m.trigger.text, trigger_start: m.trigger.start, trigger_end: m.trigger.end,
      venue_text: m.venue?.text ?? null, venue_name: m.venue?.name ?? null, venue_country: m.venue?.country ?? null, date: m.date,
      parties: json(m.parties), leader_text: m.leader?.text ?? null, leader_start: m.leader?.start ?? null, leader_end: m.leader?.end ?? null,
      status: m.status, evidence_start: m.evidence.start, evidence_end: m.evidence.end,
    }).execute();
  }
  for (const [idx, a] of n.agreements.entries()) {
    await trx.insertInto("negotiation_agreements").values({
      article_id: articleId, idx, sentence: a.sentence, trigger_text: a.trigger.text, trigger_start: a.trigger.start, trigger_end: a.trigger.end,
      status: a.status, figures: json(a.figures), date: a.date, evidence_start: a.evidence.start, evidence_end: a.evidence.end,
    }).execute();
    terms.push(...a.terms.map((t) => ({ owner: "agreement", owner_idx: idx, t })));
  }
  for (const [idx, { owner, owner_idx, t }] of terms.entries()) {
    await trx.insertInto("negotiation_terms").values({
      article_id: articleId, idx, owner, owner_idx, kind: t.kind, value: t.value, text: t.evidence.text,
      char_start: t.evidence.start, char_end: t.evidence.end, rule: t.rule,
    }).execute();
  }
}

/** Store-wide row ids of an article's proposals, by idx. */
export type ProposalIds = Map<number, number>;

/** One article's negotiation layer read back, with the store ids of its proposals. */
export async function readNegotiations(db: Kysely<Database>, articleId: string): Promise<{ layer: NegotiationLayer; proposalIds: ProposalIds }> {
  const where = <T extends keyof Database>(t: T) => db.selectFrom(t as "negotiation_terms").selectAll().where("article_id", "=", articleId).orderBy("idx");
  const [proc, props, terms, resps, meets, agrs] = await Promise.all([
    db.selectFrom("negotiation_processes").selectAll().where("article_id", "=", articleId).executeTakeFirst(),
    db.selectFrom("negotiation_proposals").selectAll().where("article_id", "=", articleId).orderBy("idx").execute(),
    where("negotiation_terms").execute(),
    db.selectFrom("negotiation_responses").selectAll().where("article_id", "=", articleId).orderBy("idx").execute(),
    db.selectFrom("negotiation_meetings").selectAll().where("article_id", "=", articleId).orderBy("idx").execute(),
    db.selectFrom("negotiation_agreements").selectAll().where("article_id", "=", articleId).orderBy("idx").execute(),
  ]);
  const termsOf = (owner: string, idx: number): NegotiationTerm[] => terms.filter((t) => t.owner === owner && t.owner_idx === idx)
    .map((t) => ({ kind: t.kind as TermKind, value: t.value, rule: t.rule, evidence: { text: t.text, start: t.char_start, end: t.char_end } }));
  const proposalIds: ProposalIds = new Map(props.map((p) => [p.idx, p.id]));
  const layer: NegotiationLayer = {
    process: proc ? { name: proc.name, parties: list<NegotiationParty>(proc.parties), mediators: list<NegotiationParty>(proc.mediators) } : null,
    proposals: props.map((p) => ({
      label: p.label, mentions: list(p.mentions), proposers: list(p.proposers), drafters: list(p.drafters), mediators: list(p.mediators),
      recipients: list(p.recipients),
      relation: p.relation_type === null || p.relation_to === null ? null
        : { type: p.relation_type as ProposalRelationType, to: p.relation_to, evidence: span(p.relation_text, p.relation_start, p.relation_end) ?? { text: "", start: 0, end: 0 } },
      steps: list(p.steps), terms: termsOf("proposal", p.idx), evidence: { start: p.evidence_start, end: p.evidence_end },
    })),
    responses: resps.map((r) => ({
      sentence: r.sentence, party: { key: r.party_key, text: r.party_text, code: r.party_code }, stance: r.stance, stanceClass: r.stance_class as StanceClass,
      proposal: r.proposal_idx, date: r.date, speaker: span(r.speaker_text, r.speaker_start, r.speaker_end), modality: r.modality as Modality,
      trigger: { text: r.trigger_text, start: r.trigger_start, end: r.trigger_end }, conditions: termsOf("response", r.idx),
      evidence: { start: r.evidence_start, end: r.evidence_end }, rule: r.rule,
    })),
    meetings: meets.map((m) => ({
      sentence: m.sentence, kind: m.kind, trigger: { text: m.trigger_text, start: m.trigger_start, end: m.trigger_end },
      venue: m.venue_name === null && m.venue_text === null ? null : { text: m.venue_text ?? "", name: m.venue_name ?? "", country: m.venue_country },
      date: m.date, parties: list(m.parties), leader: span(m.leader_text, m.leader_start, m.leader_end), status: m.status as NegotiationMeeting["status"],
      evidence: { start: m.evidence_start, end: m.evidence_end },
    })),
    agreements: agrs.map((a) => ({
      sentence: a.sentence, trigger: { text: a.trigger_text, start: a.trigger_start, end: a.trigger_end }, status: "implemented" as const,
      terms: termsOf("agreement", a.idx), figures: list<number>(a.figures), date: a.date, evidence: { start: a.evidence_start, end: a.evidence_end },
    })),
  };
  return { layer, proposalIds };
}
