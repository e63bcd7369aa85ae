// Local sources are regular files only: a FIFO, a device or a socket named as a source (or behind a
// symbolic link or a sidecar) gets one line instead of a hang or a read without end, and symbolic
// links in folders are not followed, nor ever out of the folder given.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { articles, collect, errors } from "./helpers/ingest.js";
import { tempDir } from "./helpers/tmp.js";

const STORY = "DOHA, Feb 7 (Reuters) - Qatar said a reply had been received from Hamas.\n";
// Each case would hang or read forever without the guard: the timeout makes that a failure.
const bounded = { timeout: 15_000 };

function fifo(path: string): string {
  execFileSync("mkfifo", [path]);
  return path;
}

test("a FIFO or a device named as a source is one line, not a hang", bounded, async () => {
  const root = tempDir("parley-special-");
  const pipe = fifo(join(root, "pipe.txt"));
  const items = await collect([pipe, "/dev/zero", fifo(join(root, "pipe.jsonl"))]);
  assert.deepEqual(errors(items).map((e) => e.message), [
    `${pipe}: is a FIFO (named pipe), not a regular file`,
    "/dev/zero: is a device, not a regular file",
    `${join(root, "pipe.jsonl")}: is a FIFO (named pipe), not a regular file`,
  ]);
});

test("symbolic links in a folder are not followed by default, and never out of the folder", bounded, async () => {
  const root = tempDir("parley-links-");
  const dir = join(root, "news");
  mkdirSync(dir);
  writeFileSync(join(dir, "a.txt"), STORY);
  writeFileSync(join(root, "outside.txt"), STORY.replace("Qatar", "Egypt"));
  symlinkSync(join(dir, "a.txt"), join(dir, "b-inside.txt"));
  symlinkSync(join(root, "outside.txt"), join(dir, "c-outside.txt"));
  symlinkSync("/dev/zero", join(dir, "d-zero.txt"));
  symlinkSync(fifo(join(dir, "e.fifo")), join(dir, "f-fifo.txt"));

  const plain = await collect([dir]);
  assert.equal(articles(plain).length, 1);
  assert.deepEqual(errors(plain).map((e) => e.message), ["b-inside.txt", "c-outside.txt", "d-zero.txt", "f-fifo.txt"].map((f) =>
    `${join(dir, f)}: is a symbolic link; not followed (--follow-symlinks to follow links inside the folder)`));

  const followed = await collect([dir], { followSymlinks: true });
  assert.equal(articles(followed).length, 2, "a.txt and the link to it inside the folder");
  assert.deepEqual(errors(followed).map((e) => e.message), [
    `${join(dir, "c-outside.txt")}: is a symbolic link to a file outside the folder; not followed`,
    `${join(dir, "d-zero.txt")}: is a symbolic link to a file outside the folder; not followed`,
    `${join(dir, "f-fifo.txt")}: is a FIFO (named pipe), not a regular file`,
  ]);
});

test("a sidecar that is a device is refused with one line naming it", bounded, async () => {
  const root = tempDir("parley-sidecar-");
  writeFileSync(join(root, "story.txt"), STORY);
  symlinkSync("/dev/zero", join(root, "story.meta.json"));
  const items = await collect([join(root, "story.txt")]);
  assert.deepEqual(errors(items).map((e) => e.message), [`${join(root, "story.meta.json")}: is a device, not a regular file`]);
});
