// Public face of ingestion: what the CLI and the store use.
export { readSources, detectKind, countSources, sniffKind, type SourceKind } from "./sources.js";
export type { IngestItem, IngestOptions } from "./types.js";
export { findDateline, type DatelineMatch } from "./dateline.js";
export { checkDateOption, referenceDate, parseMetaDate } from "./refdate.js";
export { textHash, normaliseForHash, shortId } from "./hash.js";
export { DEFAULT_INCLUDE } from "./files.js";
