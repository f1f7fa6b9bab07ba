// A stranger's right-to-left override or isolate in a name must not reorder the panel's own words:
// the panel drops explicit bidi controls (U+202A-U+202E, U+2066-U+2069) from what it shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { fixtureWindow, loadScripts, CONTENT_SCRIPTS } from './support/dom.mjs';

const onward = await loadScripts(...CONTENT_SCRIPTS, 'src/content/panel.js', 'src/content/webmail.js');

test('bidi overrides in host and page text are dropped; other text, RTL letters and zero-width characters stay', async () => {
  const window = fixtureWindow('gmail/thread-rejection.html', 'https://mail.google.com/mail/u/0/');
  globalThis.document = window.document;
  const msg = onward.adapters.gmail.findOpenMessage(window.document);
  const answer = {
    ok: true,
    result: {
      action: 'show',
      label: 'rejection',
      application: { id: 7, company: 'Lee\u202Egnp.exe\u200B', role: '\u2067\u05E9\u05DC\u05D5\u05DD\u2069 Analyst' },
      next_step: { application_id: 7, step: 'respond', title: 'Respond graciously', reason: 'Thank Lee\u202Egnp.exe\u202C\u202D, kindly.' },
    },
  };
  const watcher = new onward.WebmailWatcher(onward.adapters.gmail, { doc: window.document, win: window, ask: async () => answer });
  await watcher.check();
  const root = window.document.querySelector('[data-onward="panel"]').shadowRoot;
  assert.ok(msg);
  assert.equal(root.querySelector('[data-role="summary"]').textContent,
    'Rejection from Leegnp.exe\u200B (\u05E9\u05DC\u05D5\u05DD Analyst): logged');
  assert.equal(root.querySelector('[data-role="step-reason"]').textContent, 'Thank Leegnp.exe, kindly.');
  assert.equal(root.querySelector('[data-action="insert-reply"]').textContent, 'Insert reply');
  watcher.stop();
});
