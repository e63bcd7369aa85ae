// Poll intervals for `ingest --watch --every`: parsed when the option is read, so kept apart from the
// watch loop (which loads the whole ingest pipeline).

/** "10m", "90s", "1h", "2h30m" or plain seconds, to milliseconds; null when it is none of these. */
export function parseInterval(s: string): number | null {
  const t = s.trim().toLowerCase();
  if (/^\d+$/.test(t)) return Number(t) * 1000;
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(t);
  if (!m || !t) return null;
  const [, h, min, sec] = m.map((x) => Number(x ?? 0));
  return ((h * 60 + min) * 60 + sec) * 1000;
}

/** Milliseconds as the shortest of "1h30m", "10m", "45s". */
export function formatInterval(ms: number): string {
  const s = Math.round(ms / 1000);
  const [h, m, sec] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  return `${h ? `${h}h` : ""}${m ? `${m}m` : ""}${sec || s === 0 ? `${sec}s` : ""}`;
}
