// Runs each coding rule's example sentence through the real pipeline twice, with the rule on and off, so a
// test can check that the example shows what the rule does. Models and resources are loaded once.
import { loadSyntaxModels } from "../../src/nlp/index.js";
import { loadNer } from "../../src/nlp/ner/index.js";
import { loadActorResolver } from "../../src/actors/index.js";
import { loadEventResources } from "../../src/events/index.js";
import { createAnalyzer, standardComponents, type Analyzer } from "../../src/pipeline/analyze.js";
import { RuleSwitch, type Rule } from "../../src/rules/rule.js";
import { articleForText } from "../../src/eval/article-for-text.js";
import type { AnalysedDoc } from "../../src/text/analysed.js";

export interface RuleRun {
  on: AnalysedDoc;
  off: AnalysedDoc;
}

type Resources = Parameters<typeof standardComponents>[0];

let loaded: Promise<Omit<Resources, "rules" | "events"> & { builtin: Resources["events"]; petrarch: Resources["events"] }> | undefined;

function resources() {
  return (loaded ??= (async () => {
    const [ner, actors, builtin] = await Promise.all([loadNer(), loadActorResolver(), loadEventResources()]);
    const petrarch = await loadEventResources({ conventions: "petrarch" });
    return { syntax: loadSyntaxModels(), ner, actors, builtin, petrarch };
  })());
}

/** An analyzer under the rule's conventions, with `off` switched off. */
async function analyzer(rule: Rule, off: string[]): Promise<Analyzer> {
  const r = await resources();
  const events = rule.conventions?.includes("builtin") === false || (rule.conventions && !rule.conventions.includes("builtin")) ? r.petrarch : r.builtin;
  return createAnalyzer(standardComponents({ ...r, events, rules: new RuleSwitch(off) }));
}

/** The rule's example analysed with every rule on, and with this one off. */
export async function runExample(rule: Rule): Promise<RuleRun> {
  const article = articleForText(rule.example, "2024-02-08", `rule ${rule.id}`);
  return { on: (await analyzer(rule, [])).analyze(article), off: (await analyzer(rule, [rule.id])).analyze(article) };
}

/** What a run coded, as comparable lines (rule traces aside), the frames the clause layer built, and the negotiation board's proposals, responses and meetings. */
export function outcome(d: AnalysedDoc): string[] {
  const ev = d.events.map((e) => `${e.source?.code ?? e.source?.text ?? "-"} ${e.cameo} ${e.target?.code ?? "-"} ${e.plover.type} ${e.modality} @${e.trigger.text}`);
  const frames = (d.clauses?.frames ?? []).map((f) => `frame ${f.lemma} ${f.voice} ${f.modality} s=${f.subjects} o=${f.objects} c=${f.complements} p=${f.particles}`);
  const figures = d.figures.map((f) => {
    const { rules: _rules, ...rest } = f;
    return `figure ${JSON.stringify(rest)}`;
  });
  const n = d.negotiations;
  const board = n ? [
    ...n.proposals.map((p) => `proposal ${p.label} by ${p.proposers.map((x) => x.key)} terms ${p.terms.map((t) => `${t.kind}=${t.value}`)}`),
    ...n.responses.map((r) => `response ${r.party.key} ${r.stanceClass} ${r.stance} to ${r.proposal}`),
    ...n.meetings.map((m) => `meeting ${m.kind} ${m.venue?.name ?? "-"} ${m.status} ${m.parties.map((p) => p.key)}`),
  ] : [];
  return [...ev, ...frames, ...figures, ...board];
}
