// The kind of place a name is, by the gazetteer's lists. Apart from gazetteer.ts, which builds the lists,
// so that modules the start-up path imports (the rule registry, through src/nlp/name-tags.ts) can use it.
import type { Gazetteer } from "./gazetteer.js";

/**
 * A hint for the resolver about what kind of place a LOC entity names: "country", "capital" (a capital
 * city, often standing for its government), "place" (another listed place) or "" when not listed.
 */
export function placeKind(gz: Gazetteer, text: string): "country" | "capital" | "place" | "" {
  const kinds = gz.kindsOf(text.replace(/^the\s+/i, ""));
  if (kinds.includes("country")) return "country";
  if (kinds.includes("capital")) return "capital";
  if (kinds.includes("place")) return "place";
  return "";
}
