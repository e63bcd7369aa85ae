// --half even|odd: one implementation for every eval command.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { packageRoot } from "../src/paths.js";
import { UserError } from "../src/errors.js";
import { inHalf, parseHalf, selectHalf } from "../src/eval/halves.js";
import { runEval } from "./helpers/eval-cli.js";

test("halves split by a record's number: position by default, or the number given (a line)", () => {
  const items = ["a", "b", "c", "d", "e"];
  assert.deepEqual(selectHalf(items, "even"), ["b", "d"]);
  assert.deepEqual(selectHalf(items, "odd"), ["a", "c", "e"]);
  assert.deepEqual(selectHalf(items, undefined), items);
  const lines = [{ id: "x", line: 1 }, { id: "y", line: 2 }, { id: "z", line: 4 }];
  assert.deepEqual(selectHalf(lines, "even", (r) => r.line).map((r) => r.id), ["y", "z"]);
  assert.ok(!inHalf(Number.NaN, "even") && !inHalf(Number.NaN, "odd"));
});

test("--half accepts even or odd and nothing else", () => {
  assert.equal(parseHalf(undefined), undefined);
  assert.equal(parseHalf("odd"), "odd");
  assert.throws(() => parseHalf("Even"), (e: unknown) => e instanceof UserError && /--half must be "even" or "odd"/.test(e.message));
});

test("eval ud --half: the two halves' sentences and words add up to the whole file", async () => {
  const file = join(packageRoot, "test/fixtures/syntax-mini.conllu");
  const run = async (...extra: string[]) => JSON.parse((await runEval(["ud", file, "--json", ...extra])).out[0]);
  const [all, even, odd] = [await run(), await run("--half", "even"), await run("--half", "odd")];
  assert.deepEqual([all.sentences, even.sentences, odd.sentences], [4, 2, 2]);
  assert.equal(even.tokens + odd.tokens, all.tokens);
  assert.ok(even.tokens > 0 && odd.tokens > 0);
});

test("eval ner --half even scores the second sentence only (3 of the file's 5 gold entities)", async () => {
  const file = join(packageRoot, "test/fixtures/ner/tiny.iob2");
  const support = async (...extra: string[]) => {
    const s = JSON.parse((await runEval(["ner", file, "--json", ...extra])).out[0]) as { per_type: Record<string, { support: number }> };
    return Object.values(s.per_type).reduce((n, t) => n + t.support, 0);
  };
  assert.equal(await support("--half", "even"), 3);
});
