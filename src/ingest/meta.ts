// Metadata a source carries beyond the known fields (JSON Lines, sidecars), made safe to keep: keys that
// would reach an object's prototype (__proto__, constructor, prototype) are dropped, and nesting deeper than
// MAX_META_DEPTH is replaced by a note, so storing it (JSON.stringify recurses) cannot overflow the stack.
import { MAX_META_DEPTH } from "./limits.js";

const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

export const TOO_DEEP = `(nested deeper than ${MAX_META_DEPTH} levels: dropped)`;

/** The fields of `record` not in `known`, safe to keep as an article's metadata. */
export function extraMeta(record: Record<string, unknown>, known: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) if (!known.has(k) && !UNSAFE_KEYS.has(k)) out[k] = safeValue(v, 1);
  return out;
}

function safeValue(v: unknown, depth: number): unknown {
  if (v === null || typeof v !== "object") return v;
  if (depth > MAX_META_DEPTH) return TOO_DEEP;
  if (Array.isArray(v)) return v.map((x) => safeValue(x, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) if (!UNSAFE_KEYS.has(k)) out[k] = safeValue(x, depth + 1);
  return out;
}
