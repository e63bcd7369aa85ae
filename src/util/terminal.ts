// What reaches a terminal: control characters in stored text (escape sequences that retitle the
// window, move the cursor, clear the screen, ring the bell) and bidirectional overrides (which
// reorder what is shown) are printed as visible escapes ("\x1b", "\u202e"), never as themselves.

/** C0 controls, DEL, C1 controls, and the Unicode bidi embedding/override/isolate characters. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const show = (c: string): string => {
  const n = c.charCodeAt(0);
  return n <= 0xff ? `\\x${n.toString(16).padStart(2, "0")}` : `\\u${n.toString(16).padStart(4, "0")}`;
};

/** `s` with unsafe characters escaped; those in `keep` (default line break and tab) stay as they are. */
export function escapeControls(s: string, keep = "\n\t"): string {
  return s.replace(UNSAFE, (c) => (keep.includes(c) ? c : show(c)));
}

/** For a one-line field (a title, a source name, an error line): line breaks escaped too. */
export function oneLine(s: string): string {
  return escapeControls(s, "");
}

/**
 * Output for `stream`: human formats are always escaped; machine formats (JSON, CSV, TSV) only when
 * the stream is a terminal, so files and pipes get the data exactly.
 */
export function forOutput(s: string, human: boolean, stream: { isTTY?: boolean } = process.stdout): string {
  return human || stream.isTTY ? escapeControls(s, "\n\t\r") : s;
}
