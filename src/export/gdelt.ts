// GDELT 2.0 event TSV: the 61 codebook columns, filled with what parley knows, the rest empty.
// ActionGeo_CountryCode holds ISO alpha-3 (GDELT itself uses FIPS 10-4). SOURCEURL carries the
// evidence span as an RFC 5147 fragment (#char=start,end) so each row points at its sentence.
import type { EventActor } from "../events/types.js";
import type { StoredEvent } from "../store/events-read.js";
import { GDELT_EVENT_COLUMNS, type GdeltColumn } from "./gdelt-columns.js";
import { evidenceUrl } from "./evidence.js";

type Row = Partial<Record<GdeltColumn, string | number>>;

/** Day of the year as a fraction, GDELT's FractionDate: YYYY + day/365 to four places. */
export function fractionDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  const day = (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000 + 1;
  return (y + day / 365).toFixed(4);
}

function actorFields(prefix: "Actor1" | "Actor2", a: EventActor | null): Row {
  if (!a) return {};
  const sectors = a.sectors ?? [];
  return {
    // An actor known only by its country is coded as that country, as CAMEO codes start with it.
    [`${prefix}Code`]: a.code ?? a.country ?? "",
    [`${prefix}Name`]: a.text.toUpperCase(),
    [`${prefix}CountryCode`]: a.country ?? "",
    [`${prefix}KnownGroupCode`]: a.org ?? "",
    [`${prefix}Type1Code`]: sectors[0] ?? "",
    [`${prefix}Type2Code`]: sectors[1] ?? "",
    [`${prefix}Type3Code`]: sectors[2] ?? "",
  };
}

/** 1 = country, 4 = a place within a country (GDELT's "world city"). */
function geoType(e: StoredEvent): number | "" {
  if (!e.place) return "";
  return e.place.lat !== null || e.place.name !== e.place.country ? 4 : 1;
}

function stamp(iso: string): string {
  return iso.replace(/[-:T]/g, "").slice(0, 14);
}

export function gdeltRow(e: StoredEvent): string[] {
  const date = e.date ?? e.article.date;
  const row: Row = {
    GLOBALEVENTID: e.id,
    SQLDATE: date.replace(/-/g, ""),
    MonthYear: date.slice(0, 7).replace("-", ""),
    Year: date.slice(0, 4),
    FractionDate: fractionDate(date),
    ...actorFields("Actor1", e.source),
    ...actorFields("Actor2", e.target),
    // GDELT marks events from the lead paragraph; the first sentence is parley's nearest equivalent.
    IsRootEvent: e.sentence === 0 ? 1 : 0,
    EventCode: e.cameo,
    EventBaseCode: e.cameo.slice(0, 3),
    EventRootCode: e.root,
    QuadClass: e.quadClass,
    GoldsteinScale: e.goldstein,
    NumMentions: 1,
    NumSources: 1,
    NumArticles: 1,
    ActionGeo_Type: geoType(e),
    ActionGeo_FullName: e.place?.name ?? "",
    ActionGeo_CountryCode: e.place?.country ?? "",
    ActionGeo_Lat: e.place?.lat ?? "",
    ActionGeo_Long: e.place?.lon ?? "",
    DATEADDED: stamp(e.article.ingestedAt),
    SOURCEURL: evidenceUrl(e),
  };
  // Tabs and line breaks inside a field would shift columns; they become spaces.
  return GDELT_EVENT_COLUMNS.map((c) => String(row[c] ?? "").replace(/[\t\r\n]+/g, " "));
}

/** One row per event, no header (as GDELT's own files); pass header=true for a column line. */
export function renderGdelt(events: StoredEvent[], header = false): string {
  const lines = events.map((e) => gdeltRow(e).join("\t") + "\n");
  return (header ? GDELT_EVENT_COLUMNS.join("\t") + "\n" : "") + lines.join("");
}
