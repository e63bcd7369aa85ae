import { test } from "node:test";
import assert from "node:assert/strict";
import { createApp } from "../src/server/app.js";
import { allRoutes } from "../src/server/routes.js";
import { openStore } from "../src/store/open.js";
import { fakeAnalyzer } from "./helpers/fake-analyzer.js";

test("/api/openapi.json describes every route of the table with its query parameters", async (t) => {
  const store = await openStore(":memory:");
  t.after(() => store.close());
  const app = createApp(store.db, { token: "t", loadAnalyzer: async () => fakeAnalyzer(), webRoot: "/nonexistent" });
  const r = await app.request("/api/openapi.json");
  assert.equal(r.status, 200);
  const doc = await r.json() as { openapi: string; paths: Record<string, Record<string, any>> };
  assert.match(doc.openapi, /^3\./);
  const routes = allRoutes();
  assert.ok(routes.length >= 9);
  for (const route of routes) {
    const op = doc.paths[route.path]?.[route.method];
    assert.ok(op, `${route.method.toUpperCase()} ${route.path} is in the OpenAPI document`);
    const names = (op.parameters ?? []).filter((p: any) => p.in === "query").map((p: any) => p.name);
    assert.deepEqual(names, (route.query ?? []).map((p) => p.name), route.path);
    assert.equal(Boolean(op.security), Boolean(route.write), `${route.path}: security only on writes`);
  }
  const described = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`));
  assert.equal(described.length, routes.length, "nothing described that is not served");
  // every described operation answers something other than "no route"
  for (const route of routes.filter((x) => x.method === "get")) {
    const res = await app.request(route.path.replace(/\{\w+\}/g, "none"));
    assert.notEqual((await res.clone().text()).includes("no route"), true, route.path);
  }
});
