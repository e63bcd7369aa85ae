// A hand-made negotiation layer for tests of the API and the dashboard (the fake analyzer reads no talks).
import type { Kysely } from "kysely";
import type { Database } from "../../src/store/schema.js";
import type { NegotiationLayer } from "../../src/text/annotations.js";
import { writeNegotiations } from "../../src/store/negotiations-rows.js";

/** A negotiation layer on the seeded Doha article: a Hamas proposal with a term, answered by Israel. */
export async function addTalks(db: Kysely<Database>): Promise<string> {
  const a = (await db.selectFrom("articles").select(["id", "text"]).orderBy("ref_date").executeTakeFirstOrThrow());
  const span = (text: string) => {
    const start = Math.max(0, a.text.indexOf(text));
    return { start, end: start + text.length, text: a.text.slice(start, start + text.length) };
  };
  const w = span(a.text.slice(0, 12));
  const hamas = { key: "HMS", text: "Hamas", code: "PSEREBHMS" }, israel = { key: "ISR", text: "Israel", code: "ISR" };
  const layer: NegotiationLayer = {
    process: { name: "Israel–Hamas", parties: [israel, hamas], mediators: [{ key: "QAT", text: "Qatar", code: "QAT" }] },
    proposals: [{
      label: "a three-phase proposal", mentions: [{ ...w, sentence: 0, definite: false }], proposers: [hamas], drafters: [], mediators: [], recipients: [israel],
      relation: null, steps: [], terms: [{ kind: "phases", value: "3", evidence: w, rule: "t1" }], evidence: { start: w.start, end: w.end },
    }],
    responses: [{ sentence: 0, party: israel, stance: "rejects", stanceClass: "reject", proposal: 0, date: "2024-02-08", speaker: null, modality: "asserted", trigger: w, conditions: [], evidence: { start: w.start, end: w.end }, rule: "s1" }],
    meetings: [], agreements: [],
  };
  await db.transaction().execute((trx) => writeNegotiations(trx, a.id, layer));
  return a.id;
}
