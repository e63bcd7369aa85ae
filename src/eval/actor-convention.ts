// The actor a sentence-level gold event names, reduced to what its conventions can compare: country plus
// first sector ("ISRGOV" from "ISRGOVMIL", "PSEREB" from "PSEREBHMS"); for transnational actors the leading
// block plus the organisation ("IGOUNO" from "IGOUNOREF", "NGOHRW" from "NGOHRIHRW"); a lone sector as
// itself ("CVL"). A bare state code counts as that state's government ("USA" = "USAGOV"), since coders
// differ on it; a region ("EUR", "WST") stays as it is. Old country codes map to ISO ("JAP" → "JPN").
// Organisations named under two conventions ("IGOEU" in the gold, "IGOEUR" in the dictionaries) are
// reduced to one code by data/actors/org-code-aliases.tsv.
import { join } from "node:path";
import { parseCode, type SectorTable } from "../actors/codes.js";
import { actorsDataDir, loadCountries, loadSectors } from "../actors/load.js";
import { isoCountry } from "../events/ontology.js";
import { readTsv } from "../util/data-lines.js";

export const orgAliasFile = join(actorsDataDir, "org-code-aliases.tsv");

/** alias → code, both as reduced keys ("IGOEU" → "IGOEUR"). */
export function loadOrgAliases(path = orgAliasFile): ReadonlyMap<string, string> {
  return new Map(readTsv(path, ["alias", "code"]).map(({ cells }) => [cells.alias.toUpperCase(), cells.code.toUpperCase()]));
}

export type ActorKey = (code: string) => string;

export function conventionActorKey(
  sectors: SectorTable = loadSectors(),
  states: ReadonlySet<string> = new Set(loadCountries().keys()),
  aliases: ReadonlyMap<string, string> = loadOrgAliases(),
): ActorKey {
  const reduce = reducer(sectors, states);
  return (raw) => {
    const k = reduce(raw);
    return aliases.get(k) ?? k;
  };
}

function reducer(sectors: SectorTable, states: ReadonlySet<string>): ActorKey {
  return (raw) => {
    // PETRARCH writes a missing country as "---" ("---GOV").
    const code = raw.trim().toUpperCase().replace(/^-+/, "");
    if (!code) return "";
    const c = parseCode(code, sectors);
    const [first] = c.sectors;
    if (c.country) {
      const country = isoCountry(c.country);
      if (first) return country + first;
      if (c.org) return country + c.org;
      return states.has(country) ? `${country}GOV` : country;
    }
    if (first && sectors.leading.has(first)) return first + (c.org ?? "");
    return first ?? c.org ?? "";
  };
}
