// All migrations, keyed by name; the Migrator runs them in sorted order, so names start with a date.
import type { Migration, MigrationProvider } from "kysely";
import { initial } from "./2026-11-22-001-initial.js";
import { eventRules } from "./2026-12-01-001-event-rules.js";
import { codings } from "./2026-12-01-003-codings.js";
import { figureRecords } from "./2026-12-02-001-figures.js";
import { eventClusters } from "./2026-12-02-020-clusters.js";
import { negotiationTables } from "./2026-12-02-010-negotiations.js";
import { feedState } from "./web-2026-12-02-001-feed-state.js";
import { supersededIndex } from "./2026-12-03-001-superseded-index.js";

export const migrations: Record<string, Migration> = {
  "2026-11-22-001-initial": initial,
  "2026-12-01-001-event-rules": eventRules,
  "2026-12-01-003-codings": codings,
  "2026-12-02-001-figures": figureRecords,
  "2026-12-02-020-clusters": eventClusters,
  "2026-12-02-010-negotiations": negotiationTables,
  "web-2026-12-02-001-feed-state": feedState,
  "2026-12-03-001-superseded-index": supersededIndex,
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return migrations;
  },
};
