// Coding rules as named things: every heuristic of the clause layer and the event coder is a `Rule` with
// an id, the stage it belongs to, the sentence it was made for, and the function that applies it. Stages
// run the rules registered for them in order; a `RuleSwitch` turns rules off by id so what each buys can
// be measured (`--without-rule ID`), and records which rules acted on what they shaped.
import { UserError } from "../errors.js";

/** The fixed order in which rules act on a sentence: the coder runs each stage's rules in turn. */
export const STAGES = ["repair", "frames", "framing", "participants", "targets", "filters", "pairs", "stance", "figures", "negotiations"] as const;
export type Stage = (typeof STAGES)[number];

/** Named sets of coding conventions (see src/events/conventions.ts). */
export type ConventionName = "builtin" | "petrarch";

export interface Rule<Apply = unknown> {
  /** Stable id, "<stage>.<name>" ("targets.indirect-object"); tests, `--without-rule` and event records name it. */
  readonly id: string;
  readonly stage: Stage;
  /** What the rule does and why, in a line. */
  readonly description: string;
  /** A sentence the rule is made for. */
  readonly example: string;
  /** Conventions under which the rule runs (default: all). */
  readonly conventions?: readonly ConventionName[];
  readonly apply: Apply;
}

/** Which rules are on. Built once per pipeline from the ids switched off; read-only afterwards. */
export class RuleSwitch {
  private readonly off: ReadonlySet<string>;

  constructor(disabled: Iterable<string> = [], readonly conventions: ConventionName = "builtin") {
    this.off = new Set(disabled);
  }

  /** Whether a rule runs: not switched off, and made for the conventions in force. */
  on(rule: Pick<Rule, "id" | "conventions">): boolean {
    return !this.off.has(rule.id) && (!rule.conventions || rule.conventions.includes(this.conventions));
  }

  /** The rules of a list that run, in their order. */
  active<R extends Rule>(rules: readonly R[]): R[] {
    return rules.filter((r) => this.on(r));
  }

  /** The ids switched off. */
  get disabled(): string[] {
    return [...this.off].sort();
  }

  withConventions(conventions: ConventionName): RuleSwitch {
    return new RuleSwitch(this.off, conventions);
  }
}

/**
 * Checks ids given by a user against the registry: an unknown id is a usage error naming it (a typo must
 * not silently measure nothing).
 */
export function checkRuleIds(ids: readonly string[], known: readonly Rule[]): void {
  const have = new Set(known.map((r) => r.id));
  const unknown = ids.filter((id) => !have.has(id));
  if (unknown.length) {
    throw new UserError(`unknown rule id${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")} (\`parley rules\` lists them)`);
  }
}

/** Checks a registry for duplicate ids, ids outside their stage, and missing examples. */
export function checkRegistry(rules: readonly Rule[]): void {
  const seen = new Set<string>();
  for (const r of rules) {
    if (seen.has(r.id)) throw new Error(`rule registry: duplicate id ${r.id}`);
    seen.add(r.id);
    if (!r.id.startsWith(`${r.stage}.`)) throw new Error(`rule registry: id ${r.id} does not start with its stage "${r.stage}."`);
    if (!r.example.trim() || !r.description.trim()) throw new Error(`rule registry: ${r.id} needs a description and an example`);
  }
}

/** A rule with its apply function's type inferred (the identity: it only checks the shape). */
export const defineRule = <A>(r: Rule<A>): Rule<A> => r;
