// The event record: who did what to whom, when, where, according to whom, with evidence.

import type { ActorCode } from "../actors/types.js";

export type Modality = "asserted" | "negated" | "intended" | "hypothetical" | "reported" | "proposed";
export type QuadClass = 1 | 2 | 3 | 4;

export interface EventActor extends Partial<ActorCode> {
  text: string;
  start: number;
  end: number;
}

export interface EventPlace {
  text: string;
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  /** Whether the place came from the clause itself or from the dateline. */
  origin: "clause" | "dateline";
}

export interface EventRecord {
  /** Sentence index in the article's Doc. */
  sentence: number;
  source: EventActor | null;
  target: EventActor | null;
  /** CAMEO code as a string ("0231"): the leading zero is part of the code. */
  cameo: string;
  /** Two-digit CAMEO root ("02"). */
  root: string;
  quadClass: QuadClass;
  goldstein: number;
  plover: { type: string; mode: string | null };
  /** The predicate that carries the event. */
  trigger: { text: string; start: number; end: number };
  /** The sentence span: evidence for auditors. */
  evidence: { start: number; end: number };
  /** ISO date (YYYY-MM-DD); dateEnd is set for ranges ("last week"). */
  date: string | null;
  dateEnd: string | null;
  /** How the date was found: "clause" (a time expression), "reference" (article date), … */
  dateResolution: string;
  /** The time expression text when one was used. */
  dateText: string | null;
  place: EventPlace | null;
  /** Who reports it ("residents said"), when the event is reported speech. */
  attribution: EventActor | null;
  modality: Modality;
  /** 0..1, deterministic for the same input and resources. */
  confidence: number;
  /** True when the text says the reporter could not verify it ("Reuters could not independently verify the details"). */
  unverified?: boolean;
}
