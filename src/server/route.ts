// What a route is: the one table the server registers, the OpenAPI description is generated from,
// and other features (negotiations, stories) extend with routes of their own.
import type { Kysely } from "kysely";
import type { Database } from "../store/schema.js";
import type { Analyzer } from "../pipeline/analyze.js";
import type { QueryParam } from "./params.js";

/** What a handler may use besides the request. */
export interface RouteServices {
  db: Kysely<Database>;
  /** The analysis pipeline, loaded on first use (ingest only). */
  analyzer(): Promise<Analyzer>;
  /** Runs writes one after another, so two ingests never interleave. */
  serialise<T>(fn: () => Promise<T>): Promise<T>;
  /** Largest request body, in bytes (ingest reuses it as its per-document limit). */
  maxBodyBytes: number;
}

export interface RouteRequest {
  /** Query values, parsed and checked against the route's `query` table. */
  query: Record<string, unknown>;
  /** Path parameters by name ("/api/articles/{id}" → id). */
  params: Record<string, string>;
  header(name: string): string | undefined;
  /** The raw body (only read by routes that declare one). */
  body(): Promise<Uint8Array>;
  services: RouteServices;
}

export type RouteAnswer =
  | { json: unknown; status?: number }
  | { text: string; type: string; headers?: Record<string, string> };

export interface RouteDef {
  method: "get" | "post" | "delete";
  /** OpenAPI-style path with {name} parameters. */
  path: string;
  summary: string;
  /** Longer description for the OpenAPI document. */
  description?: string;
  query?: QueryParam[];
  /** Media types accepted as the request body (POST routes). */
  body?: { types: string[]; description: string };
  /** Media types the route can answer with besides JSON (event formats). */
  produces?: string[];
  /** Needs the bearer token even on loopback. */
  write?: boolean;
  handle(req: RouteRequest): Promise<RouteAnswer>;
}

/** "/api/articles/{id}" → "/api/articles/:id" (Hono's form). */
export function honoPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ":$1");
}

/** The names of a path's {parameters}. */
export function pathParams(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
}
