// Event export formats by name; one module per format.
import { UserError } from "../errors.js";
import type { StoredEvent } from "../store/events-read.js";
import { renderCsv } from "./csv.js";
import { renderGdelt } from "./gdelt.js";
import { renderJson } from "./json.js";
import { renderJsonl } from "./jsonl.js";
import { renderPlover } from "./plover.js";
import { renderTable } from "./table.js";
import type { ExportFormat } from "./format-names.js";

export { EXPORT_FORMAT_NAMES, type ExportFormat } from "./format-names.js";

/** Options some formats take; the others ignore them. */
export interface ExportOptions {
  /** GDELT: append parley's columns (modality, date origin, confidence, ISO place country, evidence). */
  gdeltExtra?: boolean;
  /** GDELT: a first line of column names. */
  header?: boolean;
  /** GDELT: one row per mention rather than per event cluster. */
  mentions?: boolean;
  /** Where a format reports what it left out (PLOVER: events with no PLOVER type). */
  note?: (line: string) => void;
}

type Render = (events: StoredEvent[], opts: ExportOptions) => string;

/** In the order of EXPORT_FORMAT_NAMES (the help text's), which a test checks. */
export const EXPORT_FORMATS: Record<ExportFormat, Render> = {
  table: renderTable,
  json: renderJson,
  jsonl: renderJsonl,
  csv: renderCsv,
  gdelt: (events, o) => renderGdelt(events, { extra: o.gdeltExtra, header: o.header, mentions: o.mentions }),
  plover: (events, o) => renderPlover(events, { note: o.note }),
};

/** The format named, or a UserError listing the formats there are. */
export function checkFormat(format: string): ExportFormat {
  if (!(format in EXPORT_FORMATS)) {
    throw new UserError(`unknown format "${format}" (choose ${Object.keys(EXPORT_FORMATS).join(", ")})`);
  }
  return format as ExportFormat;
}

export function renderEvents(format: string, events: StoredEvent[], opts: ExportOptions = {}): string {
  return EXPORT_FORMATS[checkFormat(format)](events, opts);
}
