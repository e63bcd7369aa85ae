// GDELT writes locations with FIPS 10-4 country codes (as continued by the US government's GEC
// list), not ISO: Israel is IS, Qatar QA, the United Kingdom UK. The ISO alpha-3 → GEC table
// comes from the npm package country-code-info; the few places where one ISO code covers two
// GEC entities are split here by where the place lies.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

interface CountryCodes { a3: string; gec: string }

/** GEC codes the package lacks: Kosovo (XKX in parley, KOS in PLOVER) is KV. */
const EXTRA: Record<string, string> = { XKX: "KV", KOS: "KV" };

let table: Map<string, string[]> | undefined;

function gecTable(): Map<string, string[]> {
  if (table) return table;
  const rows = require("country-code-info/data/countries.json") as CountryCodes[];
  table = new Map(rows.filter((r) => r.gec).map((r) => [r.a3, r.gec.split(",").map((s) => s.trim())]));
  for (const [iso, gec] of Object.entries(EXTRA)) table.set(iso, [gec]);
  return table;
}

/** The Gaza Strip's extent, to tell GZ from WE for Palestinian places with coordinates. */
function inGaza(lat: number, lon: number): boolean {
  return lat > 31.2 && lat < 31.6 && lon > 34.2 && lon < 34.57;
}

export interface PlaceHint {
  name?: string;
  lat?: number | null;
  lon?: number | null;
  /** GeoNames admin1 code when known ("GZ", "WE" for Palestine). */
  admin1?: string | null;
}

/** The FIPS 10-4 / GEC code for an ISO alpha-3 country (and, for Palestine and Serbia, the place); "" when none. */
export function fipsCountry(iso3: string | null | undefined, place: PlaceHint = {}): string {
  if (!iso3) return "";
  const codes = gecTable().get(iso3);
  if (!codes) return "";
  if (iso3 === "PSE") {
    if (place.admin1 === "GZ" || place.admin1 === "WE") return place.admin1;
    if (place.lat != null && place.lon != null) return inGaza(place.lat, place.lon) ? "GZ" : "WE";
    return /\bgaza\b/i.test(place.name ?? "") ? "GZ" : "WE";
  }
  return codes[0];
}
