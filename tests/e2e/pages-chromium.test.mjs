// Real Chromium, the extension as it stands, the real host: Gmail (current layout, with its
// Trusted Types CSP), Outlook and LinkedIn served on their real origins from the fixtures.
//   rejection -> panel "Respond graciously" -> "Insert reply" puts the host's draft in the reply box
//   interview invitation -> a quiet line, no rejection step
//   LinkedIn "Log follow-up" -> the contact is in the store; the popup lists the application
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { mkdir } from 'node:fs/promises';

import { tempDir, writeHostWrapper, writeChromiumHostManifest } from './support/env.mjs';
import { launchChromium, extensionWorker, extensionUrl } from './support/chromium.mjs';
import { GMAIL_URL, OUTLOOK_URL, LINKEDIN_URL, gmailPage, fixture, routeFixture } from './support/fixtures.mjs';
import { hostCall, missingCommands } from './support/host.mjs';

const shots = process.env.ONWARD_SCREENSHOTS ? path.resolve(process.env.ONWARD_SCREENSHOTS) : null;
async function screenshot(target, name, options = {}) {
  if (!shots) return;
  await mkdir(shots, { recursive: true });
  await target.screenshot({ path: path.join(shots, name), ...options });
}

const tmp = await tempDir('pages');
const db = path.join(tmp.dir, 'onward.db');
const missing = await missingCommands(db);
const skip = missing.length ? `the host does not have ${missing.join(', ')} yet` : false;

/** The panel's text of the element with data-role=role (Playwright's CSS pierces open shadow roots). */
function inPanel(page, selector) {
  return page.locator(`[data-onward="panel"] ${selector}`);
}

function normalise(text) {
  return text.replace(/\s+/g, ' ').trim();
}

describe('Chromium: webmail panel, LinkedIn, popup', { skip }, () => {
  let context;
  let worker;
  before(async () => {
    const userDataDir = path.join(tmp.dir, 'profile');
    await writeChromiumHostManifest(userDataDir, await writeHostWrapper(tmp.dir, db));
    context = await launchChromium(userDataDir);
    worker = await extensionWorker(context);
  });
  after(async () => {
    await context?.close();
    await tmp.remove();
  });

  let application;

  it('Gmail rejection: panel with "Respond graciously"; Insert reply puts the draft in the reply box', async () => {
    await routeFixture(context, GMAIL_URL, gmailPage('gmail/thread-rejection.html'));
    const page = await context.newPage();
    await page.goto(GMAIL_URL);
    const title = inPanel(page, '[data-role="step-title"]');
    await title.waitFor({ timeout: 20000 });
    assert.equal(await title.textContent(), 'Respond graciously');
    assert.ok((await inPanel(page, '[data-role="step-reason"]').textContent()).length > 0);
    assert.equal(await page.locator('[data-onward="panel"]').count(), 1);
    // The panel sits in the opened message, before its body.
    assert.equal(await page.evaluate(() => document.querySelector('[data-onward="panel"]').nextElementSibling.className), 'ii gt');
    await screenshot(page.locator('[data-onward="panel"]'), 'panel-gmail-rejection.png');
    if (shots) {
      await page.emulateMedia({ colorScheme: 'dark' });
      await screenshot(page.locator('[data-onward="panel"]'), 'panel-gmail-rejection-dark.png');
      await page.emulateMedia({ colorScheme: 'light' });
    }

    // The application is in the store.
    const { applications } = await hostCall(db, 'applications.list', {});
    application = applications.find((a) => /tidewater/i.test(a.company));
    assert.ok(application, `an application for Tidewater: ${JSON.stringify(applications)}`);

    await page.locator('[data-onward="panel"] button', { hasText: 'Insert reply' }).click();
    const status = inPanel(page, '[data-role="status"]');
    await page.waitForFunction(() => document.querySelector('[data-onward="panel"]').shadowRoot.querySelector('[data-role="status"]').textContent.startsWith('The reply is in'), null, { timeout: 15000 });
    assert.match(await status.textContent(), /send it yourself/);
    const box = page.locator('div[role="textbox"][contenteditable="true"]');
    assert.equal(await box.isVisible(), true, 'the reply box was opened');
    const draft = await hostCall(db, 'draft.reply', { application_id: application.id });
    assert.equal(normalise(await box.innerText()), normalise(draft.body));
    // Focus then insertText: the page's own input listener saw the typing.
    const inputs = await page.evaluate(() => window.__inputEvents);
    assert.ok(inputs.includes('insertText'), `input events: ${inputs}`);
    await screenshot(page, 'gmail-reply-inserted.png', { fullPage: true });
    await page.close();
  });

  it('Gmail interview invitation: a quiet line, no rejection step', async () => {
    await context.unroute('https://mail.google.com/**');
    await routeFixture(context, GMAIL_URL, gmailPage('gmail/thread-interview.html'));
    const page = await context.newPage();
    await page.goto(GMAIL_URL);
    const line = inPanel(page, '[data-role="line"]');
    await line.waitFor({ timeout: 20000 });
    assert.match(await line.textContent(), /^Interview invitation( from .+)?: logged$/);
    assert.equal(await inPanel(page, '[data-role="step-title"]').count(), 0);
    assert.equal(await page.locator('[data-onward="panel"] button', { hasText: 'Insert reply' }).count(), 0);
    await screenshot(page.locator('[data-onward="panel"]'), 'panel-gmail-interview.png');
    await page.close();
  });

  it('Outlook rejection: the same panel, and the draft goes into Outlook\'s reply box', async () => {
    await routeFixture(context, OUTLOOK_URL, { body: fixture('outlook/thread-rejection.html') });
    const page = await context.newPage();
    await page.goto(OUTLOOK_URL);
    const title = inPanel(page, '[data-role="step-title"]');
    await title.waitFor({ timeout: 20000 });
    assert.equal(await title.textContent(), 'Respond graciously');
    await page.locator('[data-onward="panel"] button', { hasText: 'Insert reply' }).click();
    await page.waitForFunction(() => window.__inputEvents.includes('insertText'), null, { timeout: 15000 });
    const text = normalise(await page.locator('div[role="textbox"][contenteditable="true"]').innerText());
    assert.ok(text.length > 20, `draft in the box: ${text}`);
    await page.close();
  });

  it('LinkedIn: "Log follow-up" stores the contact and shows the connection note', async () => {
    assert.ok(application, 'needs the Gmail rejection first');
    await routeFixture(context, LINKEDIN_URL, { body: fixture('linkedin/profile-classic.html') });
    const page = await context.newPage();
    await page.goto(LINKEDIN_URL);
    const control = page.locator('[data-onward="linkedin"] button', { hasText: 'Log follow-up' });
    await control.waitFor({ timeout: 20000 });
    await control.click();
    const select = page.locator('[data-onward="linkedin"] select');
    await select.waitFor();
    assert.equal(await select.inputValue(), String(application.id), 'the Tidewater application is picked');
    assert.equal(await page.locator('[data-onward="linkedin"] [data-role="profile-name"]').textContent(), 'Jordan Lee');
    await screenshot(page.locator('[data-onward="linkedin"]'), 'linkedin-review.png');
    await page.locator('[data-onward="linkedin"] button', { hasText: 'Log it' }).click();
    const note = page.locator('[data-onward="linkedin"] textarea');
    await note.waitFor({ timeout: 15000 });
    const text = await note.inputValue();
    assert.ok(text.length > 0 && text.length <= 200, `note of ${text.length} characters`);
    await screenshot(page.locator('[data-onward="linkedin"]'), 'linkedin-logged.png');

    const store = await hostCall(db, 'export', {});
    assert.match(JSON.stringify(store), /linkedin\.com\/in\/jordan-lee-talent/, 'the contact is in the store');
    await page.close();
  });

  it('LinkedIn: the control follows an in-app move from the feed to a profile (no page load)', async () => {
    const feed = 'https://www.linkedin.com/feed/';
    await routeFixture(context, feed, { body: fixture('linkedin/feed-spa.html') });
    const page = await context.newPage();
    await page.goto(feed);
    await page.locator('#open-profile').click();
    await page.waitForURL(LINKEDIN_URL);
    const control = page.locator('[data-onward="linkedin"] button', { hasText: 'Log follow-up' });
    await control.waitFor({ timeout: 20000 });
    assert.equal(await page.evaluate(() => performance.getEntriesByType('navigation').length), 1, 'one document: no reload');
    await control.click();
    const name = page.locator('[data-onward="linkedin"] [data-role="profile-name"]');
    await name.waitFor({ timeout: 15000 });
    assert.equal(await name.textContent(), 'Jordan Lee');
    await page.close();
  });

  it('popup: lists the application and the steps due; the badge counts them; Done completes a step', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    await page.goto(extensionUrl('src/popup/popup.html'));
    const pipeline = page.locator('[data-role="pipeline"]');
    await pipeline.waitFor({ timeout: 15000 });
    assert.match(await pipeline.textContent(), /Tidewater/);
    const steps = page.locator('[data-role="steps"] [data-role="step"]');
    assert.ok((await steps.count()) >= 1, 'at least one step due');
    await screenshot(page, 'popup-steps.png', { fullPage: true });

    // The badge counts the steps due now, as the host reports them.
    const { steps: due } = await hostCall(db, 'next_steps', { now: new Date().toISOString() });
    const dueNow = due.filter((s) => !s.due || Date.parse(s.due) <= Date.now()).length;
    const badge = await worker.evaluate(() => chrome.action.getBadgeText({}));
    assert.equal(badge, dueNow ? String(dueNow) : '');

    // Done on Tidewater's "Respond graciously": the host records it and the list no longer has it.
    const tidewater = page.locator('[data-role="step"][data-step="respond"]', { hasText: 'Tidewater' });
    assert.equal(await tidewater.count(), 1);
    await tidewater.locator('button', { hasText: 'Done' }).click();
    await page.waitForFunction(() => ![...document.querySelectorAll('[data-role="step"][data-step="respond"]')].some((li) => li.textContent.includes('Tidewater')), null, { timeout: 15000 });
    const after = await hostCall(db, 'next_steps', { now: new Date().toISOString() });
    assert.equal(after.steps.some((s) => s.application_id === application.id && s.step === 'respond'), false);
    await page.close();
  });

  it('popup settings: the name that signs drafts and the alerts per company reach the host', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 380, height: 700 });
    await page.goto(extensionUrl('src/popup/popup.html'));
    const settings = page.locator('[data-role="settings"]');
    await settings.waitFor({ timeout: 15000 });
    await settings.locator('summary').click();
    await settings.locator('input[name="yourName"]').fill('Jane Doe');
    await settings.locator('input[name="watchAlertsPerMonth"]').fill('3');
    await settings.locator('button[type="submit"]').click();
    await settings.locator('text=Saved.').waitFor({ timeout: 15000 });
    await screenshot(page, 'popup-settings.png', { fullPage: true });
    const stored = await hostCall(db, 'settings.get', {});
    assert.equal(stored.your_name, 'Jane Doe');
    assert.equal(stored.watch_alerts_per_month, 3);
    const draft = await hostCall(db, 'draft.reply', { application_id: application.id });
    assert.match(draft.body, /Jane Doe\s*$/, 'the reply is signed with the name');
    await page.close();
  });
});
