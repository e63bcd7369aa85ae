// The ingest progress bar: cli-progress on a terminal, nothing when stdout or stderr is not a TTY.
import cliProgress from "cli-progress";
import type { IngestProgress } from "../ingest-run.js";

export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): IngestProgress | undefined {
  if (!stream.isTTY || !process.stdout.isTTY) return undefined;
  const bar = new cliProgress.SingleBar({
    stream, hideCursor: true, clearOnComplete: true, etaBuffer: 20,
    format: "{bar} {value}/{total} | {new} new, {unchanged} unchanged, {failed} failed | ETA {eta_formatted} | {label}",
  }, cliProgress.Presets.shades_classic);
  let active = false;
  const width = Math.max(10, (stream.columns ?? 80) - 90);
  const cut = (s: string) => (s.length > width ? "…" + s.slice(-(width - 1)) : s);
  return {
    start(total) {
      bar.start(total, 0, { new: 0, unchanged: 0, failed: 0, label: "" });
      active = true;
    },
    grow(total) {
      bar.setTotal(total);
    },
    update(c, label) {
      bar.increment(1, { new: c.new, unchanged: c.unchanged, failed: c.failed, label: cut(label) });
    },
    log(line) {
      // Clear the bar's line, print, and let the next update redraw the bar below.
      if (active) stream.write("\r\x1b[2K");
      stream.write(line + "\n");
    },
    stop() {
      if (active) bar.stop();
      active = false;
    },
  };
}
