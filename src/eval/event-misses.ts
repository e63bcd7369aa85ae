// The --misses listing of `eval events`: for each record whose coding differs from the gold, the sentence,
// the gold events and the predicted ones, each marked with how it fared.
import type { CodedEvent } from "./event-gold.js";
import type { EventsResult, Match } from "./event-score.js";

export const MISSES_LEGEND =
  "misses: = full code matched, ~ root matched (code differs), - gold event missed, + coded event not in the gold; actors as compared (code as given in brackets)";

const MARK: Record<"gold" | "coded", Record<Match, string>> = {
  gold: { code: "=", root: "~", none: "-" },
  coded: { code: "=", root: "~", none: "+" },
};

function actor(key: string, raw: string): string {
  if (!key) return "·";
  return raw && raw.trim().toUpperCase() !== key ? `${key}(${raw.trim()})` : key;
}

function words(text: string): string {
  return text ? `"${text}"` : "·";
}

interface Line {
  event: CodedEvent;
  source: string;
  target: string;
  match: Match;
}

function line(side: "gold" | "coded", l: Line): string {
  const e = l.event;
  return `    ${MARK[side][l.match]} ${actor(l.source, e.source)} → ${actor(l.target, e.target)}  ${e.cameo} ${e.plover || "?"}  ` +
    `trigger ${words(e.trigger)}  (${words(e.sourceText)} → ${words(e.targetText)})${e.modality ? ` ${e.modality}` : ""}`;
}

/** Records where some gold or coded event did not match at full-code level, as readable text blocks. */
export function formatMisses(results: readonly EventsResult[]): string[] {
  const blocks: string[] = [];
  for (const r of results) {
    if (r.gold.every((g) => g.match === "code") && r.predicted.every((p) => p.match === "code")) continue;
    const rec = r.record;
    const out = [`${rec.where} ${rec.id}${rec.date ? ` (${rec.date})` : ""}`, `  ${rec.text}`];
    out.push(`  gold:${r.gold.length ? "" : " (no events)"}`, ...r.gold.map((g) => line("gold", g)));
    out.push(`  coded:${r.predicted.length ? "" : " (no events)"}`, ...r.predicted.map((p) => line("coded", p)));
    if (rec.notes) out.push(`  notes: ${rec.notes}`);
    blocks.push(out.join("\n"));
  }
  return blocks;
}
