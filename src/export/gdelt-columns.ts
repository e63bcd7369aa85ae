// The 61 fields of a GDELT 2.0 event record, in file order (GDELT Event Codebook 2.0).
export const GDELT_EVENT_COLUMNS = [
  "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
  "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
  "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
  "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
  "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
  "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
  "NumMentions", "NumSources", "NumArticles", "AvgTone",
  "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
  "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
  "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
  "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
  "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
  "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
  "DATEADDED", "SOURCEURL",
] as const;

export type GdeltColumn = (typeof GDELT_EVENT_COLUMNS)[number];

/** parley's columns after the 61 with `--gdelt-extra`, in order. */
export const GDELT_EXTRA_COLUMNS = ["ParleyModality", "ParleyDateOrigin", "ParleyConfidence", "ParleyActionGeo_ISO3", "ParleyEvidence", "ParleyClusterId"] as const;

/**
 * Each field's type in the GDELT 2.0 event codebook: integer, floating point, or character
 * (codes such as EventCode "0231" are character, so their leading zeros stay).
 */
export const GDELT_COLUMN_TYPES: Record<GdeltColumn, "integer" | "float" | "string"> = Object.fromEntries(
  GDELT_EVENT_COLUMNS.map((c) => [c,
    /^(GLOBALEVENTID|SQLDATE|MonthYear|Year|IsRootEvent|QuadClass|NumMentions|NumSources|NumArticles|DATEADDED|.*Geo_Type)$/.test(c) ? "integer"
      : /^(FractionDate|GoldsteinScale|AvgTone|.*_Lat|.*_Long)$/.test(c) ? "float" : "string"]),
) as Record<GdeltColumn, "integer" | "float" | "string">;
