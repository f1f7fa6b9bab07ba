// Real Chromium, real extension, real host: company watches end to end. The five boards'
// fixtures (tests/fixtures/boards, in each provider's documented shape, dates moved to today) are
// served by a local HTTP server on 127.0.0.1; the extension reaches it through its test-only base
// URL (storage.local `watchTestBase`, loopback only). Watches are added in the popup (provider +
// board name), the background fetches them, the host ingests, and the popup and the digest
// notification show the matches with their reasons. A board that answers 404 pauses its watch.
//
// The extension is loaded from a copy whose manifest differs in two lines: the five APIs are
// granted at install (Chromium's permission prompt is browser UI that no test can click), and
// connect-src also allows the loopback server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import path from 'node:path';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';

import { tempDir, writeHostWrapper, writeChromiumHostManifest, extensionDir, repoRoot } from './support/env.mjs';
import { launchChromium, extensionWorker, extensionUrl } from './support/chromium.mjs';
import { hostCall, hostRequests, missingCommands } from './support/host.mjs';

const POPUP = 'src/popup/popup.html';
const shots = process.env.ONWARD_SCREENSHOTS ? path.resolve(process.env.ONWARD_SCREENSHOTS) : null;
const FIXTURE_NOW = Date.parse('2026-03-10T09:00:00Z'); // the instant the fixtures' dates are written around
const WATCH_COMMANDS = ['watch.add', 'watch.list', 'postings.ingest', 'watch.report_error', 'watch.suggest'];

/** The fixture with every date moved by the same amount, so that "2 days ago" stays 2 days ago. */
async function fixtureToday(provider, now) {
  const data = JSON.parse(await readFile(path.join(repoRoot, 'tests/fixtures/boards', `${provider}.json`), 'utf8'));
  const shift = now - FIXTURE_NOW;
  const iso = (s) => new Date(Date.parse(s) + shift).toISOString();
  const day = (s) => iso(`${s}T00:00:00Z`).slice(0, 10);
  const jobs = Array.isArray(data) ? data : data.jobs || data.content;
  for (const j of jobs) {
    for (const key of ['first_published', 'updated_at', 'publishedAt', 'releasedDate']) if (j[key]) j[key] = iso(j[key]);
    for (const key of ['published_on', 'created_at']) if (j[key]) j[key] = day(j[key]);
    if (j.createdAt) j.createdAt += shift;
  }
  return JSON.stringify(data);
}

/** The boards on 127.0.0.1, under /<api host>/<path>; counts every request. */
async function boardServer(routes) {
  const hits = new Map();
  const server = http.createServer((req, res) => {
    const url = req.url;
    hits.set(url, (hits.get(url) || 0) + 1);
    const body = routes.get(url);
    const headers = { 'access-control-allow-origin': '*', 'content-type': 'application/json; charset=utf-8' };
    if (body === undefined) {
      res.writeHead(404, headers);
      res.end('{"ok": false, "error": "Document not found"}');
      return;
    }
    res.writeHead(200, headers);
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${server.address().port}`, hits };
}

async function patchedExtension(dir, base) {
  const copy = path.join(dir, 'extension');
  await cp(extensionDir, copy, { recursive: true });
  const file = path.join(copy, 'manifest.json');
  const manifest = JSON.parse(await readFile(file, 'utf8'));
  manifest.host_permissions = [...manifest.optional_host_permissions];
  manifest.content_security_policy.extension_pages = manifest.content_security_policy.extension_pages.replace(
    "connect-src 'self'", `connect-src 'self' ${base}`);
  await writeFile(file, JSON.stringify(manifest, null, 2));
  return copy;
}

async function screenshot(page, name) {
  if (!shots) return;
  await mkdir(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, name), fullPage: true });
}

const BOARDS = [
  // company, provider (as in the popup), board name, the API path it is served on, the fixture.
  // Northwind (with a LinkedIn contact) is added last, so the last digest is about it.
  ['Vanished', 'greenhouse', 'vanished', '/boards-api.greenhouse.io/v1/boards/vanished/jobs', null],
  ['Globex', 'lever-eu', 'globex', '/api.eu.lever.co/v0/postings/globex?mode=json', 'lever'],
  ['Initech', 'ashby', 'initech', '/api.ashbyhq.com/posting-api/job-board/initech', 'ashby'],
  ['Umbrella', 'workable', 'umbrella', '/apply.workable.com/api/v1/widget/accounts/umbrella', 'workable'],
  ['Hooli', 'smartrecruiters', 'Hooli', '/api.smartrecruiters.com/v1/companies/Hooli/postings?limit=100', 'smartrecruiters'],
  ['Northwind', 'greenhouse', 'northwind', '/boards-api.greenhouse.io/v1/boards/northwind/jobs', 'greenhouse'],
];

test('watches: added in the popup, fetched from 127.0.0.1, ingested by the host, shown with reasons', async (t) => {
  const tmp = await tempDir('watches');
  t.after(tmp.remove);
  const db = path.join(tmp.dir, 'onward.db');
  const missing = await missingCommands(db, WATCH_COMMANDS);
  if (missing.length) {
    t.skip(`the host does not have ${missing.join(', ')} yet`);
    return;
  }

  const now = Date.now();
  const routes = new Map();
  for (const [, , , route, fixture] of BOARDS) if (fixture) routes.set(route, await fixtureToday(fixture, now));
  const { server, base, hits } = await boardServer(routes);
  t.after(() => new Promise((resolve) => server.close(resolve)));

  // Six rejected applications (one per board) and a LinkedIn contact at Northwind.
  const created = await hostRequests(db, BOARDS.map(([company]) => ({
    cmd: 'application.create', args: { company, role: 'Frontend Engineer', status: 'rejected' },
  })));
  const appIds = created.map((r) => r.result.id);
  await hostCall(db, 'linkedin.log', {
    profile: { url: 'https://www.linkedin.com/in/anna-schmidt', name: 'Anna Schmidt', headline: 'Engineering Manager', company: 'Northwind' },
    application_id: appIds[BOARDS.length - 1],
  });

  const userDataDir = path.join(tmp.dir, 'profile');
  await writeChromiumHostManifest(userDataDir, await writeHostWrapper(tmp.dir, db));
  const context = await launchChromium(userDataDir, { extension: await patchedExtension(tmp.dir, base) });
  t.after(() => context.close());
  const worker = await extensionWorker(context);
  await worker.evaluate((b) => chrome.storage.local.set({ watchTestBase: b }), base);

  const page = await context.newPage();
  await page.setViewportSize({ width: 380, height: 900 });
  for (const [i, [company, provider, token]] of BOARDS.entries()) {
    await page.goto(extensionUrl(POPUP));
    const form = page.locator('[data-role="watch-form"]');
    await page.locator('[data-role="watch-add"] summary').click();
    await form.locator('[data-role="watch-application"]').selectOption(String(appIds[i]));
    await form.locator('[data-role="watch-provider"]').selectOption(provider);
    await form.locator('[data-role="watch-token"]').fill(token);
    if (company === 'Northwind') await form.locator('[data-role="watch-places"]').fill('Berlin');
    await form.locator('button[type="submit"]').click();
    await page.locator('[data-role="watch-message"]', { hasText: 'Watching.' }).waitFor({ timeout: 15000 });
  }

  // Every board fetched once (the runs started by each add, and their follow-ups, are done when a
  // "Check now" run finds nothing left to fetch).
  await page.evaluate(() => globalThis.onward.ask('watch.run'));
  const report = await page.evaluate(() => globalThis.onward.ask('watch.run'));
  assert.equal(report.ok, true);
  assert.deepEqual(report.result.fetched, [], 'nothing is fetched twice in a day');
  for (const [, , , route] of BOARDS) assert.equal(hits.get(route), 1, route);

  const { watches } = await hostCall(db, 'watch.list');
  assert.equal(watches.length, 6);
  const byCompany = Object.fromEntries(watches.map((w) => [w.company, w]));
  assert.equal(byCompany.Globex.url, 'https://api.eu.lever.co/v0/postings/globex?mode=json');
  for (const company of ['Northwind', 'Globex', 'Initech', 'Umbrella', 'Hooli']) {
    assert.ok(byCompany[company].last_fetch_at, `${company} was ingested`);
    const titles = byCompany[company].recent_alerts.map((a) => a.title).sort();
    assert.ok(titles.length >= 1 && titles.length <= 2, `${company}: at most 2 alerts a month (${titles})`);
    for (const a of byCompany[company].recent_alerts) assert.ok(a.reason.length > 0);
  }
  // Northwind is filtered to Berlin (remote roles too): the Berlin and the remote posting.
  assert.deepEqual(byCompany.Northwind.recent_alerts.map((a) => a.title).sort(), ['Frontend Engineer (React)', 'Senior Front-End Developer']);
  assert.equal(byCompany.Vanished.status, 'paused');
  assert.match(byCompany.Vanished.paused_reason, /no board named "vanished" \(HTTP 404\)/);

  // The popup shows the matches with their reasons, and the paused watch says why.
  await page.goto(extensionUrl(POPUP));
  const northwind = page.locator('[data-role="watch"]', { hasText: 'Northwind' });
  await northwind.locator('[data-role="match"]').first().waitFor({ timeout: 15000 });
  assert.equal(await northwind.locator('[data-role="match"] a').count(), 2);
  const href = await northwind.locator('[data-role="match"] a').first().getAttribute('href');
  assert.match(href, /^https:\/\/job-boards\.greenhouse\.io\/acmerobotics\/jobs\/\d+$/);
  assert.match(await northwind.locator('[data-role="match"] .reason').first().textContent(), /^The same kind of role as Frontend Engineer \(title match \d+%\)/);
  assert.match(await page.locator('[data-role="watch"][data-status="paused"] [data-role="watch-state"]').textContent(), /HTTP 404/);
  await screenshot(page, 'popup-watches.png');

  // One digest notification per run (each replaces the last); it names the contact to write to first.
  const { notifications, digest } = await worker.evaluate(async () => ({
    notifications: await chrome.notifications.getAll(),
    digest: (await chrome.storage.local.get('watchLastDigest')).watchLastDigest,
  }));
  assert.deepEqual(Object.keys(notifications), ['onward-watch-digest']);
  assert.match(digest.title, /^Onward: \d+ roles worth a look$/);
  assert.match(digest.message.split('\n')[0], /at Northwind \(write to Anna Schmidt first\)$/, 'who to write to comes first');
  assert.match(digest.message, /at Northwind \(write to Anna Schmidt first\)/);

  // Removing a watch from the popup forgets it.
  await page.locator('[data-role="watch"]', { hasText: 'Vanished' }).getByRole('button', { name: 'Remove' }).click();
  await page.locator('[data-role="watch"]', { hasText: 'Vanished' }).waitFor({ state: 'detached', timeout: 15000 });
  assert.equal((await hostCall(db, 'watch.list')).watches.length, 5);
});
