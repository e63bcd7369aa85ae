// Query parameters of the read routes: one table per filter set, each parameter with the parser the
// CLI uses for the same flag, so `?since=2024-05` means what `--since 2024-05` means.
import { UserError } from "../errors.js";
import { loadOntology } from "../events/ontology.js";
import { confidence, dateBound, MODALITIES, modalityList, ploverType } from "../cli/filters.js";
import { isoDate } from "../cli/store-access.js";
import { HttpError } from "./errors.js";

export type ParamType = "string" | "integer" | "number" | "boolean";

export interface QueryParam {
  name: string;
  type: ParamType;
  description: string;
  enum?: readonly string[];
  default?: string | number | boolean;
  /** Turns the text into the value (throwing a UserError); plain conversion by type when absent. */
  parse?: (v: string) => unknown;
}

/** Page size when none is asked for, and the largest page given. */
export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

export const PAGE_PARAMS: QueryParam[] = [
  { name: "limit", type: "integer", description: `page size (1–${MAX_LIMIT})`, default: DEFAULT_LIMIT },
  { name: "offset", type: "integer", description: "items to skip before the page", default: 0 },
];

const plover = (v: string) => ploverType(loadOntology(), v, () => {});

/** The filters of `parley events`. */
export const EVENT_FILTER_PARAMS: QueryParam[] = [
  { name: "actor", type: "string", description: "source or target actor: code prefix (US → USA, USAGOV) or whole words of its text" },
  { name: "code", type: "string", description: "CAMEO code prefix (19 = all fights)" },
  { name: "plover", type: "string", description: "PLOVER 2.0 event type (older names are mapped)", parse: plover },
  { name: "modality", type: "string", description: `comma-separated modalities (${MODALITIES.join(", ")})`, parse: modalityList },
  { name: "minConfidence", type: "number", description: "confidence of at least this (0 to 1)", parse: confidence },
  { name: "rule", type: "string", description: "events one of whose coding rules has this id" },
  { name: "since", type: "string", description: "on or after YYYY-MM-DD (or the start of YYYY-MM / YYYY)", parse: dateBound("--since", "start") },
  { name: "until", type: "string", description: "on or before YYYY-MM-DD (or the end of YYYY-MM / YYYY)", parse: dateBound("--until", "end") },
  { name: "article", type: "string", description: "events of one article (id or unique prefix)" },
  { name: "place", type: "string", description: "place name substring or ISO alpha-3 country" },
  { name: "allVersions", type: "boolean", description: "include superseded article versions" },
];

/** The filters of `parley figures`. */
export const FIGURE_FILTER_PARAMS: QueryParam[] = [
  { name: "kind", type: "string", description: "killed, injured, hostages_taken, displaced, …" },
  { name: "claimant", type: "string", description: "claimant text substring or code prefix" },
  { name: "since", type: "string", description: "as of YYYY-MM-DD or later", parse: isoDate("--since") },
  { name: "until", type: "string", description: "as of YYYY-MM-DD or earlier", parse: isoDate("--until") },
  { name: "article", type: "string", description: "figures of one article (id or unique prefix)" },
  { name: "allVersions", type: "boolean", description: "include superseded article versions" },
];

function convert(p: QueryParam, raw: string): unknown {
  if (p.parse) return p.parse(raw);
  if (p.enum && !p.enum.includes(raw)) throw new UserError(`must be one of ${p.enum.join(", ")}, got "${raw}"`);
  switch (p.type) {
    case "integer": {
      const n = Number(raw);
      if (raw.trim() === "" || !Number.isInteger(n) || n < 0) throw new UserError(`expects a whole number of 0 or more, got "${raw}"`);
      return n;
    }
    case "number": {
      const n = Number(raw);
      if (raw.trim() === "" || !Number.isFinite(n)) throw new UserError(`expects a number, got "${raw}"`);
      return n;
    }
    case "boolean":
      if (["", "1", "true", "yes"].includes(raw)) return true;
      if (["0", "false", "no"].includes(raw)) return false;
      throw new UserError(`expects true or false, got "${raw}"`);
    default:
      return raw;
  }
}

/**
 * The query's values by parameter name: unknown names and bad values are refused with a 400 naming
 * the parameter (the CLI parsers' "--since expects …" said as "since: expects …").
 */
export function parseQuery(params: QueryParam[], query: Record<string, string>): Record<string, unknown> {
  const byName = new Map(params.map((p) => [p.name, p]));
  const out: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(query)) {
    const p = byName.get(name);
    if (!p) throw new HttpError(400, `unknown query parameter "${name}" (known: ${params.map((q) => q.name).join(", ")})`, name);
    try {
      out[name] = convert(p, raw);
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      const reason = err.message.replace(/^--?[\w-]+:?\s*/, "");
      throw new HttpError(400, `${name}: ${reason}`, name);
    }
  }
  for (const p of params) if (out[p.name] === undefined && p.default !== undefined) out[p.name] = p.default;
  if (typeof out.limit === "number" && (out.limit < 1 || out.limit > MAX_LIMIT)) {
    throw new HttpError(400, `limit: expects a page size from 1 to ${MAX_LIMIT}, got ${out.limit}`, "limit");
  }
  return out;
}
