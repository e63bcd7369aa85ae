// Loading the analysis pipeline for a command, with one clear line if a stage cannot load.
import type { Analyzer } from "../pipeline/analyze.js";
import { UserError } from "../errors.js";

export async function analyzerForCli<T = Analyzer>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (err) {
    if (err instanceof UserError) throw err;
    const msg = (err as Error)?.message ?? String(err);
    throw new UserError(`cannot load the analysis pipeline: ${msg.replace(/^parley: /, "")}`);
  }
}
