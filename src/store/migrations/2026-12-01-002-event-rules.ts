// Events name the coding rules that produced them (`rules`, a JSON array of rule ids, "[]" when
// none were recorded), so `parley events --rule ID` can select them. Kept as JSON text for
// portability, like every other list in the store.
import type { Kysely, Migration } from "kysely";

export const eventRules: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable("events").addColumn("rules", "text", (c) => c.notNull().defaultTo("[]")).execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.alterTable("events").dropColumn("rules").execute();
  },
};
