// A pipeline is an ordered list of named components over one AnalysedDoc. Each declares the layers it
// requires and assigns; the list is checked when it is built, so a component placed before what it needs
// is an error at load, not a wrong result later (as spaCy's analyze_pipes does).
import type { AnalysedDoc, Layer } from "../text/analysed.js";
import { BudgetError } from "../text/doc.js";
import { PipelineError } from "../errors.js";
import { addStageTime, recordingStageTimes } from "../util/stage-times.js";

export interface Component {
  readonly name: string;
  readonly requires: readonly Layer[];
  readonly assigns: readonly Layer[];
  run(doc: AnalysedDoc): void;
}

/**
 * Throws a PipelineError naming the first component whose requirement no earlier component (nor the
 * document it starts from: `given`) assigns, or a name used twice.
 */
export function checkPipeline(components: readonly Component[], given: readonly Layer[] = []): void {
  const have = new Set<Layer>(given);
  const names = new Set<string>();
  for (const c of components) {
    if (names.has(c.name)) throw new PipelineError(`pipeline: component "${c.name}" is listed twice`);
    names.add(c.name);
    const missing = c.requires.filter((l) => !have.has(l));
    if (missing.length) {
      throw new PipelineError(`pipeline: component "${c.name}" requires ${missing.map((l) => `"${l}"`).join(", ")}, which no earlier component assigns`);
    }
    for (const l of c.assigns) have.add(l);
  }
}

/** What one article may cost: seconds of analysis (checked between components and sentences) and tokens. */
export interface ArticleBudget {
  seconds?: number;
  tokens?: number;
}

/** Throws the BudgetError of an article with more tokens than its budget allows. */
export function checkTokenBudget(tokens: number, budget: number): void {
  if (tokens > budget) throw new BudgetError(`has ${tokens} tokens, over the budget of ${budget} (--max-tokens-per-article); skipped`);
}

/**
 * Runs components in order over a document. With a budget, an article that takes longer, or has more tokens
 * once tokenized, fails with a BudgetError (one line) instead of holding the batch.
 */
export function runComponents(components: readonly Component[], doc: AnalysedDoc, budget: ArticleBudget = {}): AnalysedDoc {
  if (budget.seconds) doc.budget = { deadline: performance.now() + budget.seconds * 1000, seconds: budget.seconds };
  try {
    const timed = recordingStageTimes();
    for (const c of components) {
      const c0 = timed ? process.cpuUsage() : undefined;
      c.run(doc);
      if (c0) addStageTime(c.name, c0);
      if (budget.tokens && c.assigns.includes("tokens")) checkTokenBudget(doc.tokens.length, budget.tokens);
      doc.checkBudget();
    }
  } finally {
    doc.budget = null;
  }
  return doc;
}
