// Parsing the event filters of `parley events` into an EventFilter, with one clear line for a
// bad value: partial dates (2024, 2024-05), modality lists, confidence, PLOVER types.
import dayjs from "dayjs";
import utc from "dayjs/plugin/utc.js";
import type { Modality } from "../text/annotations.js";
import type { Ontology } from "../events/ontology.js";
import { UserError } from "../errors.js";
import { isIsoDate } from "../ingest/refdate.js";

dayjs.extend(utc);

/** Every modality an event can have; the check below fails to compile if Modality gains one. */
export const MODALITIES = ["asserted", "negated", "intended", "hypothetical", "reported", "proposed"] as const;
type Missing = Exclude<Modality, (typeof MODALITIES)[number]>;
const _allModalities: Missing extends never ? true : never = true;
void _allModalities;

/**
 * A date bound from YYYY, YYYY-MM or YYYY-MM-DD: the first day of the year or month for `--since`,
 * the last for `--until` (so `--until 2024-02` includes 29 February).
 */
export function dateBound(flag: string, edge: "start" | "end") {
  return (v: string): string => {
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(v);
    const ok = m && (m[3] ? isIsoDate(v) : !m[2] || (+m[2] >= 1 && +m[2] <= 12));
    if (!m || !ok) throw new UserError(`${flag} expects a date as YYYY, YYYY-MM or YYYY-MM-DD, got "${v}"`);
    if (m[3]) return v;
    const unit = m[2] ? "month" : "year";
    const d = dayjs.utc(m[2] ? `${m[1]}-${m[2]}-01` : `${m[1]}-01-01`);
    return (edge === "start" ? d.startOf(unit) : d.endOf(unit)).format("YYYY-MM-DD");
  };
}

/** "asserted,reported" → ["asserted", "reported"]; unknown names are refused with the list. */
export function modalityList(v: string): Modality[] {
  const names = v.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
  const bad = names.filter((n) => !(MODALITIES as readonly string[]).includes(n));
  if (names.length === 0 || bad.length) {
    throw new UserError(`--modality: unknown modality "${bad[0] ?? v}" (choose from ${MODALITIES.join(", ")}; several with commas)`);
  }
  return names as Modality[];
}

export function confidence(v: string): number {
  const n = Number(v);
  if (v.trim() === "" || !Number.isFinite(n) || n < 0 || n > 1) throw new UserError(`--min-confidence expects a number from 0 to 1, got "${v}"`);
  return n;
}

/**
 * A PLOVER v2 type by name (any case). An older PLOVER label (FIGHT, DEMAND, …) is mapped to its
 * v2 type with a notice; anything else is refused with the list of valid types.
 */
export function ploverType(ont: Ontology, v: string, notice: (line: string) => void): string {
  const name = v.trim().toUpperCase();
  if (ont.ploverTypes.has(name)) return name;
  const mapped = ont.ploverAliases.get(name);
  if (mapped) {
    notice(`parley: --plover ${name} is an older PLOVER name; showing ${mapped}, its PLOVER 2.0 type`);
    return mapped;
  }
  throw new UserError(`--plover: unknown PLOVER type "${v}" (choose from ${[...ont.ploverTypes.keys()].join(", ")})`);
}
