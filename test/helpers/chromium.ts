// Debian's Chromium driven by playwright-core, launched for a machine without network: no
// background fetches, no updates, a fresh profile each time. Absent Chromium is reported, not failed.
import { existsSync } from "node:fs";
import { chromium, type BrowserContext } from "playwright-core";
import { tempDir } from "./tmp.js";

export const CHROMIUM = process.env.PARLEY_CHROMIUM ?? "/usr/bin/chromium";

/** Why the browser tests cannot run here, or null when they can. */
export function chromiumMissing(): string | null {
  return existsSync(CHROMIUM) ? null : `no Chromium at ${CHROMIUM} (apt-get install chromium, or set PARLEY_CHROMIUM): browser tests skipped`;
}

export async function launchChromium(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(tempDir("parley-chromium-"), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
  });
}
