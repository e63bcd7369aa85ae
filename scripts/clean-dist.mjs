// Before `npm pack`: remove dist/ so the package holds only what the current sources compile to
// (no stale modules from renamed or deleted files).
import { rmSync } from "node:fs";
rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });
