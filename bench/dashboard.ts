// Time to first render of the dashboard: navigation start to every overview view drawn, in Debian's
// Chromium against `parley serve` on a loopback port. With --shots DIR, saves the README's screenshots.
// Run: npm run build && node dist/bench/dashboard.js --db parley-demo.db [--rounds 5] [--shots docs]
import { join } from "node:path";
import { parseArgs } from "node:util";
import { listen } from "../src/server/listen.js";
import { chromiumMissing, launchChromium } from "../test/helpers/chromium.js";

const { values } = parseArgs({ options: { db: { type: "string", default: "parley-demo.db" }, rounds: { type: "string", default: "5" }, shots: { type: "string" } } });
const missing = chromiumMissing();
if (missing) {
  console.log(`skipped: ${missing}`);
  process.exit(0);
}
const server = await listen({ dbPath: values.db!, host: "127.0.0.1", port: 0, token: "t", loadAnalyzer: () => Promise.reject(new Error("no ingest in the bench")), print: () => {} });
const browser = await launchChromium();
try {
  const times: number[] = [];
  for (let k = 0; k < Number(values.rounds); k++) {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForSelector("body[data-rendered]");
    times.push(Number(await page.getAttribute("body", "data-rendered")));
    await page.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`first render (navigation start → timeline, network, map and table drawn): median ${sorted[Math.floor(sorted.length / 2)]} ms, ` +
    `first load ${times[0]} ms, max ${sorted[sorted.length - 1]} ms over ${times.length} loads`);
  if (values.shots) {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.goto(server.url);
    await page.waitForSelector("body[data-rendered]");
    await page.screenshot({ path: join(values.shots, "dashboard-overview.png"), fullPage: true });
    const link = page.locator("#event-table a.evidence-link").nth(3);
    await link.click();
    await page.waitForSelector("#reader .evidence");
    await page.screenshot({ path: join(values.shots, "dashboard-reader.png") });
    await page.click("header a[data-view=figures]");
    await page.waitForSelector("body[data-view=figures] #figure-list");
    await page.screenshot({ path: join(values.shots, "dashboard-figures.png"), fullPage: true });
    console.log(`screenshots in ${values.shots}/dashboard-{overview,reader,figures}.png`);
  }
} finally {
  await browser.close();
  await server.close();
}
