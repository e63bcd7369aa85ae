// The OpenAPI 3 document, generated from the route table (never written by hand).
import { packageVersion } from "../cli/version.js";
import { pathParams, type RouteDef } from "./route.js";

const ERROR_SCHEMA = {
  type: "object", required: ["error"],
  properties: { error: { type: "string" }, field: { type: "string", description: "the parameter at fault" } },
};

export function openApiDocument(routes: RouteDef[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const parameters = [
      ...pathParams(r.path).map((name) => ({ name, in: "path", required: true, schema: { type: "string" } })),
      ...(r.query ?? []).map((p) => ({
        name: p.name, in: "query", required: false, description: p.description,
        schema: { type: p.type, ...(p.enum ? { enum: [...p.enum] } : {}), ...(p.default !== undefined ? { default: p.default } : {}) },
      })),
    ];
    const errors = Object.fromEntries(
      [["400", "bad parameter or body"], ...(r.write ? [["401", "no token"], ["403", "wrong token"], ["413", "body too large"]] : []), ["404", "not found"], ["429", "too many requests"]]
        .map(([code, description]) => [code, { description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } }]),
    );
    const content: Record<string, unknown> = { "application/json": {} };
    for (const type of r.produces ?? []) content[type] = {};
    (paths[r.path] ??= {})[r.method] = {
      summary: r.summary,
      ...(r.description ? { description: r.description } : {}),
      operationId: `${r.method}${r.path.replace(/^\/api/, "").replace(/\{(\w+)\}/g, "By_$1").split(/[/_]/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("")}`,
      ...(parameters.length ? { parameters } : {}),
      ...(r.body ? { requestBody: { required: true, description: r.body.description, content: Object.fromEntries(r.body.types.map((t) => [t, {}])) } } : {}),
      ...(r.write ? { security: [{ bearer: [] }] } : {}),
      responses: { "200": { description: "OK", content }, ...errors },
    };
  }
  return {
    openapi: "3.0.3",
    info: { title: "parley API", version: packageVersion(), description: "Events, articles, actors and figures of a parley store." },
    paths,
    components: {
      schemas: { Error: ERROR_SCHEMA },
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
    },
  };
}
