import { test } from "node:test";
import assert from "node:assert/strict";
import { resolveTimeExpression } from "../src/events/time.js";

const r = (text: string, ref: string, prefer: "past" | "future" | "nearest" = "past") => {
  const x = resolveTimeExpression(text, ref, prefer);
  return x && [x.date, x.dateEnd, x.text];
};

test("weekdays: past clauses look back, plans look ahead, the reference day is itself", () => {
  assert.deepEqual(r("on Wednesday", "2024-02-08"), ["2024-02-07", null, "on Wednesday"]);
  assert.deepEqual(r("on Tuesday", "2024-05-08"), ["2024-05-07", null, "on Tuesday"]);
  assert.deepEqual(r("on Monday", "2024-05-08"), ["2024-05-06", null, "on Monday"]);
  assert.deepEqual(r("on Thursday", "2024-02-08", "future"), ["2024-02-08", null, "on Thursday"]);
  assert.deepEqual(r("on Wednesday", "2024-02-08", "future"), ["2024-02-14", null, "on Wednesday"]);
  assert.equal(r("in the early hours of Thursday", "2024-02-08")?.[0], "2024-02-08");
});

test("a month and day after the reference date in a past clause belongs to the year before", () => {
  assert.equal(r("on October 7", "2024-02-08")?.[0], "2023-10-07");
  assert.equal(r("on October 7", "2024-05-08")?.[0], "2023-10-07");
  assert.equal(r("on October 7", "2024-05-08", "future")?.[0], "2024-10-07");
  assert.equal(r("on October 7, 2023", "2024-05-08", "future")?.[0], "2023-10-07", "an explicit year stays");
});

test("weeks and bare months are ranges", () => {
  assert.deepEqual(r("last week", "2024-02-08"), ["2024-01-29", "2024-02-04", "last week"]);
  assert.deepEqual(r("this week", "2024-02-08"), ["2024-02-05", "2024-02-11", "this week"]);
  assert.deepEqual(r("in November", "2024-02-08")?.slice(0, 2), ["2023-11-01", "2023-11-30"]);
});

test("no date, no result: a time of day alone or plain words do not count", () => {
  assert.equal(r("at a late-night press conference", "2024-02-08"), null);
  assert.equal(r("to Cairo for ceasefire talks", "2024-02-08"), null);
});

test("a hypothetical's bare month takes the nearest year, not always the next one", () => {
  assert.deepEqual(r("in January", "2024-05-08", "nearest")?.slice(0, 2), ["2024-01-01", "2024-01-31"]);
  assert.deepEqual(r("in January", "2024-05-08", "future")?.slice(0, 2), ["2025-01-01", "2025-01-31"]);
  assert.deepEqual(r("in August", "2024-05-08", "nearest")?.slice(0, 2), ["2024-08-01", "2024-08-31"]);
  assert.deepEqual(r("in January", "2024-12-20", "nearest")?.slice(0, 2), ["2025-01-01", "2025-01-31"], "late in a year, next January is nearer");
  assert.deepEqual(r("in December", "2024-01-10", "nearest")?.slice(0, 2), ["2023-12-01", "2023-12-31"], "early in a year, last December is nearer");
  assert.deepEqual(r("in August", "2024-05-08", "past")?.slice(0, 2), ["2023-08-01", "2023-08-31"]);
  assert.equal(r("in January 2020", "2024-05-08", "nearest")?.[0], "2020-01-01", "an explicit year stays");
});

test("a fraction of a duration is an amount, not a day and month (\"4-1/2 months\" is no 2 January)", () => {
  assert.equal(r("a ceasefire of 4-1/2 months", "2024-02-08"), null);
  assert.equal(r("a 4 1/2-month truce", "2024-02-08"), null);
  assert.equal(r("for 1/2 hour", "2024-02-08"), null);
  assert.equal(r("a truce of 4-1/2 months starting on Wednesday", "2024-02-08")?.[0], "2024-02-07", "a date after the fraction is still read");
  assert.equal(r("talks on 1/2", "2024-02-08")?.[0], "2024-01-02", "a bare slash date stays a date");
  assert.equal(r("on 12/3/2024", "2024-02-08")?.[0], "2024-12-03");
});
