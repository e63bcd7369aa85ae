// Event export formats by name; one module per format.
import { UserError } from "../errors.js";
import type { StoredEvent } from "../store/events-read.js";
import { renderCsv } from "./csv.js";
import { renderGdelt } from "./gdelt.js";
import { renderJson } from "./json.js";
import { renderJsonl } from "./jsonl.js";
import { renderPlover } from "./plover.js";
import { renderTable } from "./table.js";

export const EXPORT_FORMATS = {
  table: renderTable,
  json: renderJson,
  jsonl: renderJsonl,
  csv: renderCsv,
  gdelt: (events: StoredEvent[]) => renderGdelt(events),
  plover: renderPlover,
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** The format named, or a UserError listing the formats there are. */
export function checkFormat(format: string): ExportFormat {
  if (!(format in EXPORT_FORMATS)) {
    throw new UserError(`unknown format "${format}" (choose ${Object.keys(EXPORT_FORMATS).join(", ")})`);
  }
  return format as ExportFormat;
}

export function renderEvents(format: string, events: StoredEvent[]): string {
  return EXPORT_FORMATS[checkFormat(format)](events);
}
