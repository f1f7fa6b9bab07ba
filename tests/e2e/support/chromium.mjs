// Chromium through playwright-core: the unpacked extension loaded as it stands in extension/.
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, EXTENSION_ID, extensionDir } from './env.mjs';

/** `extension`: another copy of the extension (a test that patches its manifest); the repository's by default. */
export async function launchChromium(userDataDir, { extension = extensionDir } = {}) {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false, // the new headless mode, below, is the one that loads extensions
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
    ],
    viewport: { width: 1100, height: 800 },
  });
  return context;
}

/** Waits for the extension's service worker, which proves the manifest loaded. */
export async function extensionWorker(context) {
  const prefix = `chrome-extension://${EXTENSION_ID}/`;
  const existing = context.serviceWorkers().find((w) => w.url().startsWith(prefix));
  if (existing) return existing;
  return context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(prefix), timeout: 15000 });
}

export function extensionUrl(relative) {
  return `chrome-extension://${EXTENSION_ID}/${relative.split(path.sep).join('/')}`;
}
