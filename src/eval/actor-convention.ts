// The actor a sentence-level gold event names, reduced to what its conventions can compare: country plus
// first sector ("ISRGOV" from "ISRGOVMIL", "PSEREB" from "PSEREBHMS"); for transnational actors the leading
// block plus the organisation ("IGOUNO" from "IGOUNOREF", "NGOHRW" from "NGOHRIHRW"); a lone sector as
// itself ("CVL"). A bare state code counts as that state's government ("USA" = "USAGOV"), since coders
// differ on it; a region ("EUR", "WST") stays as it is. Old country codes map to ISO ("JAP" → "JPN").
import { parseCode, type SectorTable } from "../actors/codes.js";
import { loadCountries, loadSectors } from "../actors/load.js";
import { isoCountry } from "../events/ontology.js";

export type ActorKey = (code: string) => string;

export function conventionActorKey(sectors: SectorTable = loadSectors(), states: ReadonlySet<string> = new Set(loadCountries().keys())): ActorKey {
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
