// The Talks view: each negotiation process with its proposals, their status, terms and the responses of
// each party, from GET /api/negotiations (the board of `parley negotiations`).
import { getJson } from "./api.js";
import { html } from "./svg.js";
import type { BoardProcess, BoardProposal } from "./types.js";

const names = (ps: { text: string }[]) => ps.map((p) => p.text).join(", ");

function proposal(parent: HTMLElement, p: BoardProposal): void {
  const box = html("div", { class: "proposal", "data-status": p.status }, undefined, parent);
  html("h3", {}, `#${p.id} ${p.label} · ${names(p.proposers) || "proposer not named"} · ${p.status}`, box);
  html("p", { class: "dates" }, p.firstSeen === p.lastSeen ? p.firstSeen : `${p.firstSeen} – ${p.lastSeen}`, box);
  const terms = html("ul", { class: "terms" }, undefined, box);
  for (const t of p.terms) html("li", { class: "term" }, `${t.kind.replace(/_/g, " ")}: ${t.value}`, terms);
  const responses = html("ul", { class: "responses" }, undefined, box);
  for (const r of p.responses) {
    const li = html("li", { class: `response ${r.stanceClass}` }, `${r.date} ${r.party.text} ${r.stance} `, responses);
    li.append(html("a", { href: `#/article/${encodeURIComponent(r.article)}` }, `«${r.evidence}»`));
  }
}

export async function showTalks(el: HTMLElement, query: URLSearchParams): Promise<void> {
  const q = new URLSearchParams();
  for (const k of ["since", "until"]) if (query.get(k)) q.set(k, query.get(k)!);
  const board = await getJson<{ processes: BoardProcess[] }>("negotiations", q);
  el.replaceChildren();
  if (!board.processes.length) html("p", { class: "empty" }, "no negotiations in the store for these dates", el);
  for (const proc of board.processes) {
    const sec = html("div", { class: "process" }, undefined, el);
    html("h2", {}, `${proc.name}${proc.mediators.length ? ` · mediators ${names(proc.mediators)}` : ""}`, sec);
    for (const p of proc.proposals) proposal(sec, p);
  }
}
