// Kysely's runtime for the store: the one-file bundle scripts/bundle-kysely.mjs writes at build time when it
// is there (a quarter of the start-up cost of the package's 262 modules), else the package itself. Types come
// from "kysely" as usual; values used at run time are imported from here so every part shares one copy.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type * as KyselyModule from "kysely";

const bundle = new URL("../../vendor/kysely.js", import.meta.url);
const k: typeof KyselyModule = existsSync(fileURLToPath(bundle)) ? await import(bundle.href) : await import("kysely");

export const { Migrator, PostgresDialect, SqliteDialect, SqliteDriver, PostgresAdapter, sql } = k;
export type SqliteDriver = KyselyModule.SqliteDriver;
export const Kysely = k.Kysely;
export type Kysely<DB> = KyselyModule.Kysely<DB>;
