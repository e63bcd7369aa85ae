// Actor code strings and their structured form: "PSEREBHMS" is country PSE, sector REB, organisation HMS.
import type { ActorCode } from "../text/annotations.js";
import { loadWordSets } from "../util/word-lists.js";

/** The sector vocabulary (data/actors/sectors.txt): which blocks are sectors, which may lead a code. */
export interface SectorTable {
  sectors: Set<string>;
  /** Codes that may stand where the country would ("IGO", "NGO"). */
  leading: Set<string>;
}

/** A code cut into its three-letter blocks. */
export function blocks(code: string): string[] {
  const out: string[] = [];
  for (let k = 0; k < code.length; k += 3) out.push(code.slice(k, k + 3));
  return out;
}

/** Structured form of a code string. Only the first non-sector block after the country is the org. */
export function parseCode(code: string, table: SectorTable, person: string | null = null): ActorCode {
  const bs = blocks(code);
  let country: string | null = null;
  let k = 0;
  if (bs.length && !table.leading.has(bs[0]) && !table.sectors.has(bs[0]) && /^[A-Z]{3}$/.test(bs[0])) {
    country = bs[0];
    k = 1;
  }
  const sectors: string[] = [];
  let org: string | null = null;
  for (; k < bs.length; k++) {
    if (table.sectors.has(bs[k]) || table.leading.has(bs[k])) sectors.push(bs[k]);
    else if (org === null) org = bs[k];
    else sectors.push(bs[k]);
  }
  return { code, country, sectors, org, person };
}

/** Append sector blocks to a code, skipping ones it already has ("ISR" + MIL → "ISRMIL"). */
export function withSectors(code: string, sectors: string[]): string {
  const have = new Set(blocks(code));
  let out = code;
  for (const s of sectors) if (!have.has(s)) { out += s; have.add(s); }
  return out;
}

/**
 * A sector-only actor placed in a country, or a qualified prefix ("DNKMUS") put before it: the code with the
 * prefix in front and the country from its first block ("GOV" in ISR → "ISRGOV"). The one place codes are
 * composed, so conventions stay in one file.
 */
export function inCountry<A extends { code?: string; country?: string | null }>(actor: A, prefix: string): A & { code: string; country: string } {
  return { ...actor, code: `${prefix}${actor.code ?? ""}`, country: prefix.slice(0, 3) };
}

/** A people's code moved to the country it lives in: its sectors kept, "CVL" (a population) when it had none. */
export function resident(code: string, country: string): string {
  return country + (code.slice(3) || "CVL");
}

/** A code from a country and sector blocks ("ISR", ["GOV"] → "ISRGOV"). */
export function codeOf(country: string, sectors: readonly string[]): string {
  return country + sectors.join("");
}

/** Kinds of sectors (data/actors/sector-kinds.tsv): domestic, armed, located, operating, resident, power. */
let kinds: { domestic: ReadonlySet<string>; armed: ReadonlySet<string>; located: ReadonlySet<string>; operating: ReadonlySet<string>; resident: ReadonlySet<string>; power: ReadonlySet<string> } | undefined;
export function sectorKinds() {
  return (kinds ??= loadWordSets("actors/sector-kinds.tsv", ["domestic", "armed", "located", "operating", "resident", "power"]));
}
