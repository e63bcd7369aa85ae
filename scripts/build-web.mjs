// Builds the dashboard into dist/web: the TypeScript bundled by esbuild, the page, its style, and
// the world-atlas country outlines the map draws (served from the same folder: nothing is fetched
// from the internet). Run by `npm run build` and `npm test`.
import { build } from "esbuild";
import { copyFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "dist", "web");
const require = createRequire(import.meta.url);
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [join(root, "web", "src", "main.ts")],
  bundle: true, format: "esm", target: "es2022", minify: true, sourcemap: false,
  outfile: join(out, "app.js"), logLevel: "warning",
});
for (const f of ["index.html", "style.css"]) copyFileSync(join(root, "web", f), join(out, f));
copyFileSync(require.resolve("world-atlas/countries-110m.json"), join(out, "countries-110m.json"));
