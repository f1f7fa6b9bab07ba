// Real Chromium, real extension, real host: the popup shows the host's version; without a
// host manifest it says in plain words how to install the helper.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { mkdir } from 'node:fs/promises';

import { tempDir, writeHostWrapper, writeChromiumHostManifest, hostVersion } from './support/env.mjs';
import { launchChromium, extensionWorker, extensionUrl } from './support/chromium.mjs';

const POPUP = 'src/popup/popup.html';
const shots = process.env.ONWARD_SCREENSHOTS ? path.resolve(process.env.ONWARD_SCREENSHOTS) : null;

async function screenshot(page, name) {
  if (!shots) return;
  await mkdir(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, name), fullPage: true });
}

test('popup shows the version of the installed host', async (t) => {
  const tmp = await tempDir('chromium');
  t.after(tmp.remove);
  const userDataDir = path.join(tmp.dir, 'profile');
  const wrapper = await writeHostWrapper(tmp.dir, path.join(tmp.dir, 'onward.db'));
  await writeChromiumHostManifest(userDataDir, wrapper);

  const context = await launchChromium(userDataDir);
  t.after(() => context.close());
  const worker = await extensionWorker(context);
  assert.match(worker.url(), /\/src\/background\/main\.js$/);

  const page = await context.newPage();
  await page.setViewportSize({ width: 380, height: 320 });
  await page.goto(extensionUrl(POPUP));
  const version = page.locator('[data-role="version"]');
  await version.waitFor({ timeout: 15000 });
  assert.equal(await version.textContent(), hostVersion());
  assert.equal(await page.locator('[data-role="host-name"]').textContent(), 'onward-host');
  assert.equal(await page.locator('[data-role="host-version"]').textContent(), `helper ${hostVersion()}`);
  await screenshot(page, 'popup-connected.png');
});

test('popup without a host manifest: "The Onward helper is not installed."', async (t) => {
  const tmp = await tempDir('chromium-nohost');
  t.after(tmp.remove);
  const context = await launchChromium(path.join(tmp.dir, 'profile'));
  t.after(() => context.close());
  await extensionWorker(context);

  const page = await context.newPage();
  await page.setViewportSize({ width: 380, height: 320 });
  await page.goto(extensionUrl(POPUP));
  const notice = page.locator('[data-state="not_installed"]');
  await notice.waitFor({ timeout: 15000 });
  assert.equal(
    await notice.locator('p').first().textContent(),
    'The Onward helper is not installed. Run installer/install.sh',
  );
  assert.equal(await page.locator('[data-role="version"]').count(), 0);
  await screenshot(page, 'popup-not-installed.png');
});


