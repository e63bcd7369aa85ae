// The event export formats' names, apart from their renderers: help texts name them without loading the
// renderers (issue #16: `parley events --help` and `parley --help` load no export module).
export const EXPORT_FORMAT_NAMES = ["table", "json", "jsonl", "csv", "gdelt", "plover"] as const;

export type ExportFormat = (typeof EXPORT_FORMAT_NAMES)[number];
