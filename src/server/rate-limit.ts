// A fixed-window request limit per client address: enough to keep one runaway script from
// monopolising a single-process server; not a defence against a distributed flood.
import { HttpError } from "./errors.js";

export interface RateLimit {
  /** Requests allowed per window. */
  max: number;
  windowMs: number;
}

export function rateLimiter(limit: RateLimit, now: () => number = Date.now) {
  const windows = new Map<string, { start: number; count: number }>();
  return (client: string): void => {
    const t = now();
    let w = windows.get(client);
    if (!w || t - w.start >= limit.windowMs) {
      // Forget finished windows now and then, so the map does not grow with every address seen.
      if (windows.size > 10_000) for (const [k, v] of windows) if (t - v.start >= limit.windowMs) windows.delete(k);
      w = { start: t, count: 0 };
      windows.set(client, w);
    }
    if (++w.count > limit.max) {
      const seconds = Math.ceil((w.start + limit.windowMs - t) / 1000);
      throw new HttpError(429, `too many requests; try again in ${seconds} s`);
    }
  };
}
