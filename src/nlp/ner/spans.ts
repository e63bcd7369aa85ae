// Converting between per-token tag sequences (BIO, BILOU) and entity spans over token indices.

/** An entity over words [start, end) of one sentence. */
export interface TagSpan {
  start: number;
  end: number;
  label: string;
}

/**
 * Spans from BIO tags. An I- tag that does not continue a span of the same type opens a new one
 * (the usual lenient CoNLL reading), so a malformed sequence still yields spans rather than losing them.
 */
export function bioToSpans(tags: readonly string[]): TagSpan[] {
  const out: TagSpan[] = [];
  let cur: TagSpan | null = null;
  tags.forEach((tag, i) => {
    const prefix = tag.slice(0, 2);
    const label = tag.slice(2);
    const continues = cur !== null && prefix === "I-" && cur.label === label;
    if (continues) {
      cur!.end = i + 1;
      return;
    }
    if (cur) out.push(cur);
    cur = prefix === "B-" || prefix === "I-" ? { start: i, end: i + 1, label } : null;
  });
  if (cur) out.push(cur);
  return out;
}

export function spansToBio(n: number, spans: readonly TagSpan[]): string[] {
  const tags = new Array<string>(n).fill("O");
  for (const s of spans) for (let i = s.start; i < s.end; i++) tags[i] = (i === s.start ? "B-" : "I-") + s.label;
  return tags;
}

/** BILOU (Begin, Inside, Last, Outside, Unit): single-token and final tokens get their own tags. */
export function spansToBilou(n: number, spans: readonly TagSpan[]): string[] {
  const tags = new Array<string>(n).fill("O");
  for (const s of spans) {
    if (s.end - s.start === 1) { tags[s.start] = "U-" + s.label; continue; }
    for (let i = s.start; i < s.end; i++) tags[i] = (i === s.start ? "B-" : i === s.end - 1 ? "L-" : "I-") + s.label;
  }
  return tags;
}

/** Spans from BILOU tags as produced by a constrained decoder (B/I…/L or U). */
export function bilouToSpans(tags: readonly string[]): TagSpan[] {
  const out: TagSpan[] = [];
  let open = -1;
  tags.forEach((tag, i) => {
    const p = tag[0];
    const label = tag.slice(2);
    if (p === "U") out.push({ start: i, end: i + 1, label });
    else if (p === "B") open = i;
    else if (p === "L" && open >= 0) { out.push({ start: open, end: i + 1, label }); open = -1; }
    else if (p === "O") open = -1;
  });
  return out;
}

/** Whether BILOU tag `next` may follow `prev` ("O" before the first token). */
export function bilouAllowed(prev: string, next: string): boolean {
  const inside = prev[0] === "B" || prev[0] === "I";
  if (inside) return (next[0] === "I" || next[0] === "L") && next.slice(2) === prev.slice(2);
  return next[0] === "O" || next[0] === "B" || next[0] === "U";
}
