// Opt-in CPU time per pipeline stage (the components, storing, linking), for benches and profiling:
// off by default, when it costs one null check per stage. process.cpuUsage covers the whole process
// (user + system), which for the synchronous stages is the stage itself.

export interface StageTime {
  /** CPU milliseconds spent in the stage. */
  ms: number;
  /** How many times it ran. */
  calls: number;
}

let times: Map<string, StageTime> | null = null;

/** Starts recording (clearing what was recorded) or, with `false`, stops. */
export function recordStageTimes(on = true): void {
  times = on ? new Map() : null;
}

/** What has been recorded since recording started, by stage, in first-run order. */
export function stageTimes(): ReadonlyMap<string, StageTime> {
  return times ?? new Map();
}

/** Whether stage times are being recorded. */
export function recordingStageTimes(): boolean {
  return times !== null;
}

/** Adds CPU microseconds measured from `since` (a process.cpuUsage() value) to `stage`. */
export function addStageTime(stage: string, since: NodeJS.CpuUsage): void {
  if (!times) return;
  const d = process.cpuUsage(since);
  const t = times.get(stage) ?? { ms: 0, calls: 0 };
  t.ms += (d.user + d.system) / 1000;
  t.calls++;
  times.set(stage, t);
}
