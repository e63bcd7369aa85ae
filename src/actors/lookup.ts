// Questions the event coder asks of resolved mentions: "which actor is the phrase headed by token i?"
import type { Mention } from "../text/annotations.js";

/** Mentions whose head is token i: one, or several for a compound ("Mediators from the US, Qatar and Egypt"). */
export function mentionsHeadedBy(mentions: Mention[], i: number): Mention[] {
  return mentions.filter((m) => m.headToken === i);
}

/** Mentions whose span contains token i, innermost (shortest) first. */
export function mentionsCovering(mentions: Mention[], i: number): Mention[] {
  return mentions.filter((m) => m.tokenStart <= i && i < m.tokenEnd)
    .sort((a, b) => (a.tokenEnd - a.tokenStart) - (b.tokenEnd - b.tokenStart) || a.start - b.start);
}
