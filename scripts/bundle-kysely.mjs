// Bundles Kysely into one file, dist/vendor/kysely.js, which src/store/kysely.ts loads: Node's ES module
// loader takes about 130 ms of CPU for Kysely's 262 files, one file about 30 ms, and every command that
// opens the store pays it (issue #16). Run by `npm run build`; without the bundle the store loads "kysely".
import { build } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// the package's own ES module build, the one `import "kysely"` resolves to
const entry = fileURLToPath(import.meta.resolve("kysely"));
await build({
  entryPoints: [entry], bundle: true, format: "esm", platform: "node", target: "node20", sourcemap: false,
  outfile: join(root, "dist", "vendor", "kysely.js"), logLevel: "warning",
});
