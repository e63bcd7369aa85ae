// The timeline: event clusters in date order, chosen by story, actor or dyad and a start date, each with
// its mentions as evidence; rendered as a table, JSON or Markdown.
import type { Ontology } from "../events/ontology.js";
import type { ClusterMention, StoredCluster } from "./clusters-read.js";

export interface TimelineFilter {
  /** Cluster ids of one story. */
  clusters?: Set<number>;
  /** Actor code prefix, as source or target of some mention. */
  actor?: string;
  /** Two code prefixes, in either order. */
  dyad?: [string, string];
  since?: string;
  /** Keep clusters of negated or hypothetical mentions only too. */
  all?: boolean;
}

const codeOf = (a: ClusterMention["source"]) => (a.code ?? a.country ?? "").toUpperCase();

function hasDyad(m: ClusterMention, [a, b]: [string, string]): boolean {
  const s = codeOf(m.source), t = codeOf(m.target);
  return (s.startsWith(a) && t.startsWith(b)) || (s.startsWith(b) && t.startsWith(a));
}

export function timeline(clusters: StoredCluster[], f: TimelineFilter): StoredCluster[] {
  const actor = f.actor?.toUpperCase();
  const dyad = f.dyad?.map((d) => d.toUpperCase()) as [string, string] | undefined;
  return clusters.filter((c) =>
    (f.all || c.factual) &&
    (!f.clusters || f.clusters.has(c.id)) &&
    (!f.since || (c.dateEnd ?? c.date ?? "") >= f.since) &&
    (!actor || c.mentions.some((m) => codeOf(m.source).startsWith(actor) || codeOf(m.target).startsWith(actor))) &&
    (!dyad || c.mentions.some((m) => hasDyad(m, dyad))),
  ).sort((a, b) => ((a.date ?? "") < (b.date ?? "") ? -1 : (a.date ?? "") > (b.date ?? "") ? 1 : a.id - b.id));
}

const when = (c: StoredCluster) => (c.date ? (c.dateEnd && c.dateEnd !== c.date ? `${c.date}…${c.dateEnd}` : c.date) : "(undated)");
const actorText = (a: ClusterMention["source"]) => a.code ?? a.country ?? (a.text ? `"${a.text}"` : "—");

function headline(c: StoredCluster, ontology: Ontology): string {
  const rep = c.mentions.find((m) => m.cameo === c.cameo) ?? c.mentions[0];
  const what = ontology.codes.get(c.cameo)?.description ?? c.cameo;
  return `${c.cameo} ${what}: ${actorText(rep.source)} → ${actorText(rep.target)}${c.place ? ` in ${c.place}` : ""}`;
}

const counts = (c: StoredCluster) =>
  `${c.numMentions} mention${c.numMentions === 1 ? "" : "s"}, ${c.numArticles} article${c.numArticles === 1 ? "" : "s"}, ${c.numSources} source${c.numSources === 1 ? "" : "s"}`;

/** One line per distinct mention (rows of one trigger shown once). */
function distinct(ms: ClusterMention[]): ClusterMention[] {
  const seen = new Set<string>();
  return ms.filter((m) => {
    const k = `${m.articleId}|${m.evidence}|${m.trigger}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + "…" : s);
const marks = (m: ClusterMention) => [m.modality !== "asserted" ? m.modality : "", m.background ? "background" : ""].filter(Boolean).join(", ");

export function timelineTable(cs: StoredCluster[], ontology: Ontology): string {
  if (!cs.length) return "(no events)\n";
  return cs.map((c) => `${when(c).padEnd(10)}  ${headline(c, ontology)}  (${counts(c)})  #${c.id}\n` +
    distinct(c.mentions).map((m) => `    ${m.articleDate} ${m.articleId.slice(0, 12).padEnd(12)} ${m.trigger.padEnd(10)} ${marks(m) ? `[${marks(m)}] ` : ""}«${clip(m.evidence, 110)}»`).join("\n")).join("\n") + "\n";
}

export function timelineMarkdown(cs: StoredCluster[], ontology: Ontology, title = "Timeline"): string {
  const lines = [`# ${title}`, ""];
  if (!cs.length) lines.push("(no events)");
  for (const c of cs) {
    lines.push(`## ${when(c)} — ${headline(c, ontology)}`, "", `${counts(c)}; cluster ${c.id}`, "");
    for (const m of distinct(c.mentions)) {
      lines.push(`- ${m.articleDate}, ${m.title ? `*${m.title.replace(/[*_]/g, "")}*` : m.articleId}${m.outlet ? ` (${m.outlet})` : ""}${marks(m) ? ` [${marks(m)}]` : ""}, “${m.trigger}”: ${m.evidence.replace(/([\\`*_[\]])/g, "\\$1")}`);
    }
    lines.push("");
  }
  return lines.join("\n");
}

export function timelineJson(cs: StoredCluster[]): string {
  return JSON.stringify(cs, null, 2) + "\n";
}
