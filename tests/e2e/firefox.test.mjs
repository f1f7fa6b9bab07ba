// Real Firefox ESR, the add-on installed over WebDriver BiDi, the real host. BiDi cannot open
// moz-extension:// pages, so everything is observed through pages: request interception serves
// the Gmail fixture (with Gmail's Trusted Types CSP) on https://mail.google.com/, the content
// script asks the background, the background asks the host, and the panel shows the answer.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { mkdir } from 'node:fs/promises';

import { tempDir, writeHostWrapper, writeFirefoxHostManifest, ADDON_ID } from './support/env.mjs';
import { launchFirefox, serveFixtures } from './support/firefox.mjs';
import { GMAIL_URL, gmailPage } from './support/fixtures.mjs';
import { hostCall, missingCommands } from './support/host.mjs';

const tmp = await tempDir('firefox');
const db = path.join(tmp.dir, 'onward.db');
const missing = await missingCommands(db, ['classify', 'email.ingest', 'draft.reply', 'applications.list']);
const skip = missing.length ? `the host does not have ${missing.join(', ')} yet` : false;

function panelPart(page, selector) {
  return page.waitForFunction(
    (sel) => {
      const host = document.querySelector('[data-onward="panel"]');
      const el = host && host.shadowRoot && host.shadowRoot.querySelector(sel);
      return el ? el.textContent : false;
    },
    { timeout: 20000 },
    selector,
  ).then((h) => h.jsonValue());
}

describe('Firefox: Gmail rejection panel and draft insertion', { skip }, () => {
  let browser;
  before(async () => {
    const home = path.join(tmp.dir, 'home');
    await mkdir(home, { recursive: true });
    await writeFirefoxHostManifest(home, await writeHostWrapper(tmp.dir, db));
    const launched = await launchFirefox(home);
    browser = launched.browser;
    assert.equal(launched.addonId, ADDON_ID);
  });
  after(async () => {
    await browser?.close();
    await tmp.remove();
  });

  it('shows "Respond graciously" and Insert reply puts the host\'s draft in the reply box', async () => {
    const page = await browser.newPage();
    await serveFixtures(page, new Map([[GMAIL_URL, gmailPage('gmail/thread-rejection.html')]]));
    await page.goto(GMAIL_URL);
    assert.equal(await panelPart(page, '[data-role="step-title"]'), 'Respond graciously');

    const { applications } = await hostCall(db, 'applications.list', {});
    const app = applications.find((a) => /tidewater/i.test(a.company));
    assert.ok(app, `the application is in the store: ${JSON.stringify(applications)}`);

    await page.evaluate(() => document.querySelector('[data-onward="panel"]').shadowRoot.querySelector('[data-action="insert-reply"]').click());
    assert.match(await page.waitForFunction(() => {
      const s = document.querySelector('[data-onward="panel"]').shadowRoot.querySelector('[data-role="status"]').textContent;
      return s.startsWith('The reply is in') || s.startsWith('Onward could not') ? s : false;
    }, { timeout: 15000 }).then((h) => h.jsonValue()), /^The reply is in the reply box/);

    const draft = await hostCall(db, 'draft.reply', { application_id: app.id });
    const norm = (s) => s.replace(/\s+/g, ' ').trim();
    const inBox = await page.evaluate(() => document.querySelector('div[role="textbox"][contenteditable="true"]').innerText);
    assert.equal(norm(inBox), norm(draft.body));
    const inputs = await page.evaluate(() => window.__inputEvents);
    assert.ok(inputs.includes('insertText'), `the page saw insertText input events: ${inputs}`);
    await page.close();
  });
});
