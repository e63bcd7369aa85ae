// Which event serialiser answers: `?format=` first, then the Accept header, JSON by default.
// The bodies come from src/export, the same functions as `parley events --format`.
import { checkFormat, EXPORT_FORMATS, type ExportFormat } from "../export/index.js";
import { UserError } from "../errors.js";
import { HttpError } from "./errors.js";

/** Media types by format, for Accept and for the Content-Type of the answer. */
export const FORMAT_MEDIA: Record<ExportFormat, string> = {
  json: "application/json",
  jsonl: "application/x-ndjson",
  csv: "text/csv",
  gdelt: "text/tab-separated-values",
  plover: "application/vnd.plover+jsonl",
  table: "text/plain",
};

export const FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormat[];

export function chooseFormat(query: string | undefined, accept: string | undefined): ExportFormat {
  if (query !== undefined) {
    try {
      return checkFormat(query);
    } catch (err) {
      if (err instanceof UserError) throw new HttpError(400, `format: ${err.message}`, "format");
      throw err;
    }
  }
  // The first listed type we serve wins; q-values are not weighed (clients here ask for one type).
  for (const part of (accept ?? "").split(",")) {
    const type = part.split(";")[0].trim().toLowerCase();
    const hit = FORMAT_NAMES.find((f) => FORMAT_MEDIA[f] === type);
    if (hit) return hit;
    if (type === "application/jsonl" || type === "application/jsonlines") return "jsonl";
  }
  return "json";
}
