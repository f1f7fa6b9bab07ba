// Real Firefox ESR, the add-on installed over WebDriver BiDi, the real host. BiDi cannot open
// moz-extension:// pages, so the round trip is observed through a page: request interception
// serves the Gmail fixture on https://mail.google.com/, the content script asks the background,
// the background asks the host, and the panel shows the answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { mkdir } from 'node:fs/promises';

import { tempDir, writeHostWrapper, writeFirefoxHostManifest, hostVersion, ADDON_ID } from './support/env.mjs';
import { launchFirefox, serveFixtures } from './support/firefox.mjs';
import { GMAIL_URL, gmailPage } from './support/fixtures.mjs';

async function panelText(page) {
  const handle = await page.waitForFunction(
    () => {
      const host = document.querySelector('[data-onward="panel"]');
      const status = host && host.shadowRoot && host.shadowRoot.querySelector('[data-role="host-status"]');
      return status ? status.textContent : false;
    },
    { timeout: 20000 },
  );
  return handle.jsonValue();
}

test('Firefox: the Gmail panel shows the host version through content script → background → host', async (t) => {
  const tmp = await tempDir('firefox');
  t.after(tmp.remove);
  const home = path.join(tmp.dir, 'home');
  await mkdir(home, { recursive: true });
  const wrapper = await writeHostWrapper(tmp.dir, path.join(tmp.dir, 'onward.db'));
  await writeFirefoxHostManifest(home, wrapper);

  const { browser, addonId } = await launchFirefox(home);
  t.after(() => browser.close());
  assert.equal(addonId, ADDON_ID);

  const page = await browser.newPage();
  await serveFixtures(page, new Map([[GMAIL_URL, gmailPage('gmail/thread-rejection.html')]]));
  await page.goto(GMAIL_URL);
  assert.equal(await panelText(page), `Onward helper ${hostVersion()} is connected.`);
});
