// Issue 6: the host as `onward-host install` registers it, found by the browsers themselves.
// HOME is a temporary folder; `onward-host install --browser chromium|firefox` writes the
// user-level manifests there (naming the built host itself, no wrapper); Chromium runs with its
// default profile under that HOME ($HOME/.config/chromium, whose NativeMessagingHosts/ holds the
// manifest) and Firefox ESR reads $HOME/.mozilla/native-messaging-hosts/. The host the browser
// starts inherits HOME and keeps its database under $HOME/.local/share/onward/.
// Then `doctor` exits 0 and `uninstall` removes exactly the manifests.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';

import { tempDir, hostPath, hostVersion, ADDON_ID, EXTENSION_ID, HOST_NAME } from './support/env.mjs';
import { launchChromium, extensionWorker, extensionUrl } from './support/chromium.mjs';
import { launchFirefox, serveFixtures } from './support/firefox.mjs';
import { GMAIL_URL, gmailPage } from './support/fixtures.mjs';

const tmp = await tempDir('install');
const home = path.join(tmp.dir, 'home');
await mkdir(home, { recursive: true });
after(tmp.remove);

// Everything below (the CLI, the browsers, the hosts they start) sees only the temporary HOME.
process.env.HOME = home;
for (const name of ['XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_CACHE_HOME', 'ONWARD_DB']) delete process.env[name];

const chromiumManifest = path.join(home, '.config/chromium/NativeMessagingHosts', `${HOST_NAME}.json`);
const firefoxManifest = path.join(home, '.mozilla/native-messaging-hosts', `${HOST_NAME}.json`);
const database = path.join(home, '.local/share/onward/onward.db');

function cli(...args) {
  const r = spawnSync(hostPath(), args, { encoding: 'utf8', env: process.env, timeout: 60000 });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

function installFor(browser, manifest) {
  const r = cli('install', '--user', '--browser', browser);
  assert.equal(r.status, 0, `install --browser ${browser}: ${r.out}`);
  const m = JSON.parse(readFileSync(manifest, 'utf8'));
  assert.equal(m.name, HOST_NAME);
  assert.equal(m.type, 'stdio');
  assert.equal(m.path, path.resolve(hostPath()), 'the manifest names the built host itself');
  return m;
}

test('Chromium, default profile under HOME, starts the host that `install --browser chromium` registered', async () => {
  const m = installFor('chromium', chromiumManifest);
  assert.ok(m.allowed_origins.includes(`chrome-extension://${EXTENSION_ID}/`), JSON.stringify(m.allowed_origins));

  const context = await launchChromium(path.join(home, '.config/chromium'));
  try {
    await extensionWorker(context);
    const page = await context.newPage();
    await page.goto(extensionUrl('src/popup/popup.html'));
    const version = page.locator('[data-role="version"]');
    await version.waitFor({ timeout: 15000 });
    assert.equal(await version.textContent(), hostVersion());
  } finally {
    await context.close();
  }
  assert.ok(existsSync(database), 'the host the browser started made its database under the temporary HOME');
});

test('Firefox ESR finds the host that `install --browser firefox` registered', async () => {
  const m = installFor('firefox', firefoxManifest);
  assert.deepEqual(m.allowed_extensions, [ADDON_ID]);

  const { browser, addonId } = await launchFirefox(home);
  try {
    assert.equal(addonId, ADDON_ID);
    const page = await browser.newPage();
    await serveFixtures(page, new Map([[GMAIL_URL, gmailPage('gmail/thread-rejection.html')]]));
    await page.goto(GMAIL_URL);
    // The panel only appears once the background has had the host classify the email.
    const title = await page.waitForFunction(() => {
      const host = document.querySelector('[data-onward="panel"]');
      const el = host && host.shadowRoot && host.shadowRoot.querySelector('[data-role="step-title"]');
      return el ? el.textContent : false;
    }, { timeout: 20000 }).then((h) => h.jsonValue());
    assert.equal(title, 'Respond graciously');
  } finally {
    await browser.close();
  }
});

test('doctor exits 0 with both registered; uninstall removes the manifests', () => {
  const doctor = cli('doctor');
  assert.equal(doctor.status, 0, doctor.out);
  assert.match(doctor.out, /ok\s+Chromium \(user\)/, doctor.out);
  assert.match(doctor.out, /ok\s+Firefox \(user\)/, doctor.out);

  const r = cli('uninstall', '--user', '--browser', 'chromium,firefox');
  assert.equal(r.status, 0, r.out);
  assert.equal(existsSync(chromiumManifest), false, 'Chromium manifest removed');
  assert.equal(existsSync(firefoxManifest), false, 'Firefox manifest removed');
  assert.ok(existsSync(database), 'the data stays');
  const again = cli('doctor');
  assert.notEqual(again.status, 0, `doctor without manifests: ${again.out}`);
});
