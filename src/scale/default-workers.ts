// The default thread count, apart from the pool: `--workers`' help text names it without loading the pool.
import { availableParallelism } from "node:os";

/** The default thread count: every core (1 on a one-core machine). */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}
