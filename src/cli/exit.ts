// The exit-status convention (documented in the README and in every --help):
// 0 ok, 1 some inputs failed, 2 usage error, 130 interrupted, 70 internal error.
export const EXIT = { ok: 0, inputsFailed: 1, usage: 2, internal: 70, interrupted: 130 } as const;

const guarded = new WeakSet<NodeJS.WritableStream>();

/**
 * `parley events | head` closes the pipe early: quit quietly with status 0 instead of an EPIPE
 * stack trace. Installed once per stream.
 */
export function quitQuietlyOnClosedPipe(stream: NodeJS.WriteStream = process.stdout): void {
  if (guarded.has(stream)) return;
  guarded.add(stream);
  stream.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(EXIT.ok);
    throw err;
  });
}
