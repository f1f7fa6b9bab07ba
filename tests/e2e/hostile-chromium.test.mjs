// Issue 8, the extension's side, in real Chromium with the real host:
//   a hostile email (script tags, onerror attributes, javascript: links, a right-to-left
//   override, zero-width characters, about 1 MB of text) is classified and shows as inert text;
//   a host killed in the middle of a request gives the person a clear error in the panel and
//   the popup instead of a spinner that never stops.
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { chmod, readFile, writeFile } from 'node:fs/promises';

import { tempDir, hostPath, writeHostWrapper, writeChromiumHostManifest } from './support/env.mjs';
import { launchChromium, extensionWorker, extensionUrl } from './support/chromium.mjs';
import { GMAIL_URL, fixture, gmailPage, routeFixture } from './support/fixtures.mjs';
import { missingCommands } from './support/host.mjs';

const tmp = await tempDir('hostile');
after(tmp.remove);
const missing = await missingCommands(path.join(tmp.dir, 'probe.db'), ['classify', 'email.ingest']);
const skip = missing.length ? `the host does not have ${missing.join(', ')} yet` : false;

/** The text of `selector` in the panel's shadow root, once it is there. */
function panelText(page, selector, timeout = 30000) {
  return page.waitForFunction((sel) => {
    const el = document.querySelector('[data-onward="panel"]')?.shadowRoot?.querySelector(sel);
    return el ? el.textContent : false;
  }, selector, { timeout }).then((h) => h.jsonValue());
}

describe('Chromium: hostile pages and a dying host', { skip }, () => {
  it('a hostile 1 MB email is classified and shows as inert text', async () => {
    const dir = path.join(tmp.dir, 'hostile');
    const userDataDir = path.join(dir, 'profile');
    await writeChromiumHostManifest(userDataDir, await writeHostWrapper(tmp.dir, path.join(tmp.dir, 'hostile.db')));
    const context = await launchChromium(userDataDir);
    try {
      await extensionWorker(context);
      // No CSP: markup the extension turned back into HTML would run here and set the flag.
      await routeFixture(context, GMAIL_URL, { body: fixture('gmail/thread-hostile.html') });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
      page.on('console', (m) => { if (m.type() === 'error' || /onward/i.test(m.text())) errors.push(`${m.type()}: ${m.text()}`); });
      await page.goto(GMAIL_URL);
      assert.ok((await page.evaluate(() => document.querySelector('[data-role="filler"]').textContent.length)) > 1_000_000, 'the body holds 1 MB of text');

      // Classified despite its size (the background sends the first 200,000 characters).
      assert.equal(await panelText(page, '[data-role="step-title"]'), 'Respond graciously');
      const summary = await panelText(page, '[data-role="summary"]');
      const reason = await panelText(page, '[data-role="step-reason"]');
      // The sender's name is page data the panel shows (the host takes it as the company):
      // its markup is there as characters.
      assert.match(`${summary}\n${reason}`, /<script>window\.__onwardPwned="name"<\/script><img src=x onerror=/);
      assert.match(summary, /^Rejection from .+: logged$/s);
      // The right-to-left override in the name does not reorder the panel's own words: "logged"
      // is laid out left to right (its "l" left of its "d").
      const [l, d] = await page.evaluate(() => {
        const text = document.querySelector('[data-onward="panel"]').shadowRoot.querySelector('[data-role="summary"]').firstChild;
        const at = text.data.lastIndexOf('logged');
        return [at, at + 5].map((i) => {
          const range = document.createRange();
          range.setStart(text, i);
          range.setEnd(text, i + 1);
          return range.getBoundingClientRect().x;
        });
      });
      assert.ok(l < d, `"logged" reads left to right (l at ${l}, d at ${d})`);

      const seen = await page.evaluate(() => {
        const root = document.querySelector('[data-onward="panel"]').shadowRoot;
        return {
          pwned: window.__onwardPwned ?? null,
          elements: [...root.querySelectorAll('*')].map((e) => e.localName).filter((n) => !['style', 'section', 'div', 'p', 'span', 'button'].includes(n)),
          handlers: [...root.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => a.name)).filter((n) => n.startsWith('on')),
          panels: document.querySelectorAll('[data-onward="panel"]').length,
          url: location.href,
        };
      });
      assert.deepEqual(seen, { pwned: null, elements: [], handlers: [], panels: 1, url: GMAIL_URL });
      assert.deepEqual(errors, []);
      await page.close();
    } finally {
      await context.close();
    }
  });

  it('the host killed in the middle of a request: a clear error in the panel and the popup', async () => {
    const dir = path.join(tmp.dir, 'dying');
    const userDataDir = path.join(dir, 'profile');
    const log = path.join(tmp.dir, 'dying.log');
    // The browser starts this proxy as the host: it passes hello through to the real host, then
    // hands the next request to the host, SIGKILLs it before anything comes back, and exits.
    const proxy = path.join(tmp.dir, 'dying-host');
    await writeFile(proxy, `#!${process.execPath}
const { spawn } = require('node:child_process');
const { appendFileSync } = require('node:fs');
const host = spawn(${JSON.stringify(hostPath())}, process.argv.slice(2), {
  env: { ...process.env, ONWARD_DB: ${JSON.stringify(path.join(tmp.dir, 'dying.db'))} },
  stdio: ['pipe', 'pipe', 'inherit'],
});
let forward = true;
host.stdout.on('data', (d) => { if (forward) process.stdout.write(d); });
let buf = Buffer.alloc(0);
process.stdin.on('data', (d) => {
  buf = Buffer.concat([buf, d]);
  while (buf.length >= 4 && buf.length >= 4 + buf.readUInt32LE(0)) {
    const n = buf.readUInt32LE(0);
    const frame = buf.subarray(0, 4 + n);
    buf = buf.subarray(4 + n);
    const { cmd } = JSON.parse(frame.subarray(4).toString('utf8'));
    if (cmd === 'hello') { host.stdin.write(frame); continue; }
    forward = false;
    host.stdin.write(frame, () => {
      host.kill('SIGKILL');
      appendFileSync(${JSON.stringify(log)}, 'killed during ' + cmd + '\\n');
      process.exit(137);
    });
    return;
  }
});
`);
    await chmod(proxy, 0o755);
    await writeChromiumHostManifest(userDataDir, proxy);
    const context = await launchChromium(userDataDir);
    try {
      await extensionWorker(context);
      await routeFixture(context, GMAIL_URL, gmailPage('gmail/thread-rejection.html'));
      const page = await context.newPage();
      await page.goto(GMAIL_URL);
      const error = await panelText(page, '[data-role="error"]');
      assert.match(error, /^Onward could not read this email\. The Onward helper stopped/, error);
      assert.equal(await page.evaluate(() => document.querySelector('[data-onward="panel"]').shadowRoot.querySelector('[data-role="step-title"]')), null);
      assert.match(await readFile(log, 'utf8'), /^killed during classify$/m);
      await page.close();

      // The popup: the hello goes through, the lists die with the host; each says so.
      const popup = await context.newPage();
      await popup.goto(extensionUrl('src/popup/popup.html'));
      const steps = popup.locator('[data-role="steps"]');
      await steps.waitFor({ timeout: 20000 });
      assert.match(await steps.textContent(), /The Onward helper stopped/);
      assert.doesNotMatch(await popup.locator('[data-role="main"]').textContent(), /Connecting to the Onward helper/);
      assert.match(await readFile(log, 'utf8'), /^killed during (next_steps|applications\.list)$/m);
      await popup.close();
    } finally {
      await context.close();
    }
  });
});
