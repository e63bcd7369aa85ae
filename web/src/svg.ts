// Small helpers for building SVG and HTML without a framework.
const SVG = "http://www.w3.org/2000/svg";

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, parent?: Element): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  parent?.appendChild(el);
  return el;
}

export function html<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string, parent?: Element): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (text !== undefined) el.textContent = text;
  parent?.appendChild(el);
  return el;
}

export function title(el: Element, text: string): void {
  svg("title", {}, el).textContent = text;
}

/** The QuadClass names, as CAMEO defines them. */
export const QUAD_NAMES = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];

export function actorText(a: { text: string; code?: string | null } | null): string {
  return a ? (a.code ? `${a.text} (${a.code})` : a.text) : "—";
}
