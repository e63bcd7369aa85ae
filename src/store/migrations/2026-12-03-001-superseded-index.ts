// The incremental linking pass first drops the links of the versions the new articles replace
// (`articles.superseded_by IN (…)`): without an index that read every article once per article stored,
// and a 100,000-article queue run slowed as the store grew.
import type { Kysely, Migration } from "kysely";

export const supersededIndex: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.createIndex("articles_superseded_by").on("articles").column("superseded_by").execute();
  },
};
