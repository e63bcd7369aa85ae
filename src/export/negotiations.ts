// Negotiation board exports: a terminal table (one line per proposal), the board as JSON
// (docs/negotiations.md describes it) or JSON Lines (one proposal a line, with its process), a Markdown
// brief for a desk editor, and one proposal in full with its evidence.
import { UserError } from "../errors.js";
import type { NegotiationParty } from "../text/annotations.js";
import type { Board, BoardProcess, BoardProposal, BoardResponse } from "../negotiations/board.js";

export const NEGOTIATION_FORMATS = ["table", "json", "jsonl", "md"] as const;
export type NegotiationFormat = (typeof NEGOTIATION_FORMATS)[number];

export function checkNegotiationFormat(f: string): NegotiationFormat {
  if (!(NEGOTIATION_FORMATS as readonly string[]).includes(f)) throw new UserError(`--format must be ${NEGOTIATION_FORMATS.join(", ")}, not "${f}"`);
  return f as NegotiationFormat;
}

/** A party's name: the short name the process uses for it, else the words that named it. */
function namer(proc: BoardProcess): (p: NegotiationParty) => string {
  const known = new Map([...proc.parties, ...proc.mediators].map((p) => [p.key, p.text]));
  return (p) => known.get(p.key) ?? p.text;
}

const names = (ps: NegotiationParty[], name: (p: NegotiationParty) => string) => ps.map(name).join(", ");
const termLine = (t: { kind: string; value: string }) => `${t.kind.replace(/_/g, " ")} ${t.value}`;
const quote = (s: string, max = 110) => `«${s.length > max ? s.slice(0, max - 1) + "…" : s}»`;

export function boardJson(board: Board): string {
  return JSON.stringify(board, null, 2) + "\n";
}

export function boardJsonl(board: Board): string {
  return board.processes.flatMap((p) => p.proposals.map((x) => JSON.stringify({ process: p.name, ...x }) + "\n")).join("");
}

export function boardTable(board: Board): string {
  const lines: string[] = [];
  for (const proc of board.processes) {
    const name = namer(proc);
    lines.push(`${proc.name}  parties: ${names(proc.parties, name) || "-"}  mediators: ${names(proc.mediators, name) || "-"}  articles: ${proc.articles.length}`);
    for (const p of proc.proposals) {
      const resp = p.responses.map((r) => `${name(r.party)} ${r.stanceClass}`).join("; ");
      lines.push(`  #${String(p.id).padEnd(5)} ${p.firstSeen}  ${p.label.slice(0, 44).padEnd(44)} by ${(names(p.proposers, name) || "-").padEnd(18)} ${p.status.padEnd(19)} ` +
        `terms: ${p.terms.map(termLine).join("; ") || "-"}  responses: ${resp || "-"}`);
    }
    for (const r of proc.positions) lines.push(`  position ${r.date}  ${name(r.party)} ${r.stance}${r.conditions.length ? `: ${r.conditions.map(termLine).join("; ")}` : ""}`);
    for (const m of proc.meetings) lines.push(`  ${m.status.padEnd(7)} ${m.date ?? "(no date)"}  ${m.kind} ${m.venue ? `in ${m.venue}` : ""} ${names(m.parties, name)}${m.leader ? `; led by ${m.leader}` : ""}`);
  }
  return lines.length ? lines.join("\n") + "\n" : "(no negotiations stored)\n";
}

function responseLine(r: BoardResponse, name: (p: NegotiationParty) => string): string {
  const said = r.speaker && r.speaker !== r.party.text ? ` (${r.speaker})` : "";
  const reported = r.modality !== "asserted" ? ` [${r.modality}]` : "";
  const cond = r.conditions.length ? `: ${r.conditions.map(termLine).join("; ")}` : "";
  return `${r.date} **${name(r.party)}**${said} ${r.stance}${cond}${reported}. ${quote(r.evidence)} (${r.article})`;
}

export function boardMarkdown(board: Board): string {
  const out: string[] = [];
  for (const proc of board.processes) {
    const name = namer(proc);
    out.push(`# ${proc.name}`, "");
    out.push(`Parties: ${names(proc.parties, name) || "not named"}. Mediators: ${names(proc.mediators, name) || "none named"}. From ${proc.articles.length} article${proc.articles.length === 1 ? "" : "s"}: ${proc.articles.join(", ")}.`, "");
    if (proc.proposals.length) out.push("## Proposals", "");
    for (const p of proc.proposals) {
      out.push(`### #${p.id} ${p.label} — ${p.status}`, "");
      out.push(`- Proposed by: ${names(p.proposers, name) || "not said"}${p.drafters.length ? `; drawn up by ${names(p.drafters, name)}` : ""}${p.mediators.length ? `; carried by ${names(p.mediators, name)}` : ""}${p.recipients.length ? `; to ${names(p.recipients, name)}` : ""}.`);
      for (const r of p.relations) out.push(`- ${r.type.replace(/_/g, " ")} #${r.to} ${quote(r.evidence)}`);
      if (p.terms.length) out.push(`- Terms: ${p.terms.map((t) => `${termLine(t)} ${quote(t.words, 60)}`).join("; ")}.`);
      for (const l of p.links) out.push(`- Also in ${l.article} (${l.date}): ${l.reason}.`);
      const steps = [...p.timeline].sort((a, b) => a.date.localeCompare(b.date)).filter((s) => !["accept", "reject", "positive", "conditions"].includes(s.step));
      if (steps.length) out.push(`- Steps: ${steps.map((s) => `${s.date} ${s.step}${s.party ? ` (${s.party})` : ""}`).join("; ")}.`);
      if (p.responses.length) {
        out.push("- Responses:");
        for (const r of [...p.responses].sort((a, b) => a.date.localeCompare(b.date))) out.push(`  - ${responseLine(r, name)}`);
      }
      out.push("");
    }
    if (proc.positions.length) {
      out.push("## Positions and sticking points", "");
      for (const r of proc.positions) out.push(`- ${responseLine(r, name)}`);
      out.push("");
    }
    const planned = proc.meetings.filter((m) => m.status === "planned");
    const held = proc.meetings.filter((m) => m.status !== "planned");
    for (const [title, ms] of [["Next meetings", planned], ["Meetings held", held]] as const) {
      if (!ms.length) continue;
      out.push(`## ${title}`, "");
      for (const m of ms) out.push(`- ${m.date ?? "(no date)"} ${m.kind}${m.venue ? ` in ${m.venue}` : ""}${m.parties.length ? `: ${names(m.parties, name)}` : ""}${m.leader ? `; led by ${m.leader}` : ""}${m.status === "failed" ? " (failed)" : ""}. ${quote(m.evidence)} (${m.article})`);
      out.push("");
    }
    if (proc.agreements.length) {
      out.push("## Earlier agreements", "");
      for (const g of proc.agreements) out.push(`- ${g.label}${g.date ? ` (${g.date})` : ""}: implemented${g.terms.length ? `; ${g.terms.map(termLine).join("; ")}` : ""}. ${quote(g.evidence)} (${g.article})`);
      out.push("");
    }
  }
  return out.length ? out.join("\n") : "(no negotiations stored)\n";
}

export function renderBoard(board: Board, format: NegotiationFormat): string {
  return { table: boardTable, json: boardJson, jsonl: boardJsonl, md: boardMarkdown }[format](board);
}

/** One proposal in full: every field with its evidence. */
export function proposalDetail(proc: BoardProcess, p: BoardProposal, format: NegotiationFormat): string {
  if (format === "json" || format === "jsonl") return JSON.stringify({ process: proc.name, ...p }, null, format === "json" ? 2 : 0) + "\n";
  const name = namer(proc);
  const lines = [
    `#${p.id} ${p.label} (${proc.name}) — ${p.status}`,
    `  rows ${p.rows.join(", ")}; articles ${p.articles.join(", ")}; seen ${p.firstSeen}…${p.lastSeen}`,
    `  proposers ${names(p.proposers, name) || "-"}; drafters ${names(p.drafters, name) || "-"}; mediators ${names(p.mediators, name) || "-"}; recipients ${names(p.recipients, name) || "-"}`,
    ...p.relations.map((r) => `  ${r.type} #${r.to}  ${quote(r.evidence)} (${r.article})`),
    ...p.links.map((l) => `  linked in ${l.article}: ${l.reason}  ${quote(l.evidence)}`),
    ...p.terms.map((t) => `  term ${termLine(t)}  ${quote(t.words)} (${t.article})`),
    ...[...p.timeline].sort((a, b) => a.date.localeCompare(b.date)).map((s) => `  ${s.date} ${s.step}${s.party ? ` ${s.party}` : ""}  ${quote(s.evidence)} (${s.article})`),
    ...p.responses.map((r) => `  response ${responseLine(r, name).replace(/\*\*/g, "")}`),
  ];
  return lines.join("\n") + "\n";
}
