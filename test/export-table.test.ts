import { test } from "node:test";
import assert from "node:assert/strict";
import { renderTable } from "../src/export/table.js";
import { listEvents } from "../src/store/queries.js";
import { seededStore } from "./helpers/store.js";

test("the table never cuts actor codes, and its columns line up", async () => {
  const store = await seededStore();
  const events = await listEvents(store.db);
  await store.close();
  const long = events[0];
  long.source = { ...long.source!, text: "The Israeli Prime Minister's Office spokesman for foreign media", code: "ISRGOVMEDSPK" };
  long.target = { ...long.target!, text: "Hamas", code: "PSEREBHMSMED" };
  const lines = renderTable(events).trimEnd().split("\n");
  const row = lines.find((l) => l.includes("ISRGOV"))!;
  assert.ok(row.includes("(ISRGOVMEDSPK)"), row);
  assert.ok(row.includes("Hamas (PSEREBHMSMED)"), row);
  assert.ok(row.includes("…"), "the long text is shortened instead");
  const header = lines[0];
  for (const name of ["SOURCE", "TARGET", "CAMEO", "ARTICLE"]) {
    const at = header.indexOf(name);
    for (const l of lines.slice(1, -1)) assert.notEqual(l[at - 1], undefined, `${name} column missing in: ${l}`);
  }
  // Every row's CAMEO cell starts under the CAMEO heading.
  const cameoAt = header.indexOf("CAMEO");
  for (const [k, l] of lines.slice(1, -1).entries()) assert.equal(l.slice(cameoAt).split(/\s+/)[0], events[k].cameo, l);
});
