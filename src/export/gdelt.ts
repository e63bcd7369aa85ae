// GDELT 2.0 event TSV: the 61 codebook columns, filled with what parley knows, the rest empty.
// As in GDELT, Actor*CountryCode is the actor's 3-letter CAMEO country code and the *Geo_*
// fields use FIPS 10-4 country codes (ISO alpha-3 stays in parley's JSON and CSV). SOURCEURL is
// the article's URL, so rows count per article as GDELT's do; the evidence span is in parley's
// own formats, or in the extra columns of `--gdelt-extra`. In a linked store a row is one event cluster
// (its canonical mention, the cluster's most precise date, NumMentions/NumSources/NumArticles counted over
// all its mentions); `mentions` gives one row per mention instead, each with its cluster's counts.
import dayjs from "dayjs";
import utc from "dayjs/plugin/utc.js";
import type { EventActor } from "../text/annotations.js";
import type { StoredEvent } from "../store/events-read.js";
import { GDELT_EVENT_COLUMNS, GDELT_EXTRA_COLUMNS, type GdeltColumn } from "./gdelt-columns.js";
import { evidenceUrl } from "./evidence.js";
import { GeoLookup } from "./geo.js";
import { neutraliseFormula } from "./csv.js";

dayjs.extend(utc);

type Row = Partial<Record<GdeltColumn, string | number>>;

/**
 * GDELT's FractionDate: YYYY + ((month − 1) × 30 + day) / 365 to four places, its own approximation
 * (1979-01-01 is 1979.0027 in GDELT's files; 31 December is YYYY.9890, never the next year).
 */
export function fractionDate(iso: string): string {
  const d = dayjs.utc(iso);
  if (!d.isValid() || d.format("YYYY-MM-DD") !== iso) throw new Error(`not a calendar date: ${iso}`);
  return (d.year() + (d.month() * 30 + d.date()) / 365).toFixed(4);
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

function stamp(iso: string): string {
  return iso.replace(/[-:T]/g, "").slice(0, 14);
}

export interface GdeltOptions {
  /** Append parley's columns (GDELT_EXTRA_COLUMNS) after the 61. */
  extra?: boolean;
  /** Start with a line of column names (GDELT's own files have none). */
  header?: boolean;
  /** One row per mention (event) rather than per event cluster. */
  mentions?: boolean;
}

/** The events that become rows: one per cluster (its canonical mention when listed, else its first) unless `mentions`. */
export function gdeltEvents(events: StoredEvent[], mentions = false): StoredEvent[] {
  if (mentions) return events;
  const chosen = new Map<number, StoredEvent>();
  const out: (StoredEvent | number)[] = [];
  for (const e of events) {
    if (!e.cluster) {
      out.push(e);
      continue;
    }
    const had = chosen.get(e.cluster.id);
    if (!had) out.push(e.cluster.id);
    if (!had || (e.cluster.representative && !had.cluster!.representative)) chosen.set(e.cluster.id, e);
  }
  return out.map((x) => (typeof x === "number" ? chosen.get(x)! : x));
}

export function gdeltRow(e: StoredEvent, geo: GeoLookup = new GeoLookup(), opts: GdeltOptions = {}): string[] {
  const date = (opts.mentions ? null : e.cluster?.date) ?? e.date ?? e.article.date;
  const g = geo.geo(e.place);
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
    NumMentions: e.cluster?.numMentions ?? 1,
    NumSources: e.cluster?.numSources ?? 1,
    NumArticles: e.cluster?.numArticles ?? 1,
    ...(g ? {
      ActionGeo_Type: g.type, ActionGeo_FullName: g.fullName, ActionGeo_CountryCode: g.countryCode,
      ActionGeo_ADM1Code: g.adm1Code, ActionGeo_Lat: g.lat, ActionGeo_Long: g.long, ActionGeo_FeatureID: g.featureId,
    } : {}),
    DATEADDED: stamp(e.article.ingestedAt),
    SOURCEURL: e.article.url ?? e.article.source,
  };
  const cells = GDELT_EVENT_COLUMNS.map((c) => row[c] ?? "");
  if (opts.extra) {
    cells.push(e.modality, e.article.dateOrigin, e.confidence, e.place?.country ?? "", evidenceUrl(e), e.cluster?.id ?? "");
  }
  // Tabs and line breaks inside a field would shift columns; they become spaces. TSV opens in
  // spreadsheets too: text that would run as a formula is neutralised as in CSV.
  return cells.map((v) => String(neutraliseFormula(typeof v === "string" ? v.replace(/[\t\r\n]+/g, " ") : v) ?? ""));
}

/** One row per event cluster (or per mention), no header (as GDELT's own files) unless asked. */
export function renderGdelt(events: StoredEvent[], opts: GdeltOptions = {}): string {
  const geo = new GeoLookup();
  const lines = gdeltEvents(events, opts.mentions).map((e) => gdeltRow(e, geo, opts).join("\t") + "\n");
  const names = [...GDELT_EVENT_COLUMNS, ...(opts.extra ? GDELT_EXTRA_COLUMNS : [])];
  return (opts.header ? names.join("\t") + "\n" : "") + lines.join("");
}
