// The webmail controller on the Gmail fixture in happy-dom, with a scripted background: what it
// sends, what the panel shows (as text, never as markup), asking before recording, dismissing,
// following navigation, and ignoring its own panel's insertion.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { fixtureWindow, loadScripts, CONTENT_SCRIPTS } from './support/dom.mjs';

const onward = await loadScripts(...CONTENT_SCRIPTS, 'src/content/panel.js', 'src/content/webmail.js');
const GMAIL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgz';

function setup(answer) {
  const window = fixtureWindow('gmail/thread-rejection.html', GMAIL);
  globalThis.document = window.document; // shared/dom.js builds with the page's document
  const calls = [];
  const ask = async (type, args) => {
    calls.push({ type, args });
    return answer(type, args, calls);
  };
  const watcher = new onward.WebmailWatcher(onward.adapters.gmail, { doc: window.document, win: window, ask, debounceMs: 5 });
  return { window, doc: window.document, calls, watcher };
}

const settle = (ms = 20) => new Promise((r) => setTimeout(r, ms));
const panelRoot = (doc) => doc.querySelector('[data-onward="panel"]')?.shadowRoot;

const APP = { id: 1, company: 'Tidewater', role: 'Senior Data Analyst', status: 'rejected' };
const STEP = { application_id: 1, step: 'respond', title: 'Respond graciously', reason: 'Keep the door open.' };

test('a rejection: the email goes to the background once; the panel shows the step', async () => {
  const { doc, calls, watcher } = setup(() => ({ ok: true, result: { action: 'show', label: 'rejection', application: APP, next_step: STEP } }));
  await watcher.check();
  assert.equal(calls.length, 1);
  assert.equal(calls[0].type, 'mail.opened');
  assert.equal(calls[0].args.message_id, 'msg-f:1781500000000000001');
  const root = panelRoot(doc);
  assert.equal(root.querySelector('[data-role="step-title"]').textContent, 'Respond graciously');
  assert.equal(root.querySelector('[data-action="insert-reply"]').textContent, 'Insert reply');
  await watcher.check();
  assert.equal(calls.length, 1, 'the same message is not sent again');
  watcher.stop();
});

test('host text is shown as text: markup in a company name stays inert', async () => {
  const evil = { ...APP, company: '<img src=x onerror="window.pwned=1">Tidewater' };
  const { doc, watcher } = setup(() => ({ ok: true, result: { action: 'show', label: 'interview', application: evil, next_step: null } }));
  await watcher.check();
  const root = panelRoot(doc);
  assert.equal(root.querySelector('img'), null);
  assert.equal(root.querySelector('[data-role="line"]').textContent, 'Interview invitation from <img src=x onerror="window.pwned=1">Tidewater: logged');
  watcher.stop();
});

test('middling confidence: asks first; "Yes" sends again with confirmed: true', async () => {
  const { doc, calls, watcher } = setup((type, args) => args.confirmed
    ? { ok: true, result: { action: 'show', label: 'rejection', application: APP, next_step: STEP } }
    : { ok: true, result: { action: 'ask', label: 'rejection', confidence: 0.6 } });
  const shown = watcher.check();
  await settle();
  const root = panelRoot(doc);
  assert.match(root.querySelector('[data-role="question"]').textContent, /rejection \(60% sure\)\. Record it in Onward\?/);
  root.querySelector('[data-action="record"]').click();
  await shown;
  assert.equal(calls.length, 2);
  assert.equal(calls[1].args.confirmed, true);
  assert.equal(panelRoot(doc).querySelector('[data-role="step-title"]').textContent, 'Respond graciously');
  watcher.stop();
});

test('"No" dismisses the thread; nothing is recorded', async () => {
  const { doc, calls, watcher } = setup((type) => (type === 'thread.dismiss'
    ? { ok: true, result: { dismissed: true } }
    : { ok: true, result: { action: 'ask', label: 'interview', confidence: 0.5 } }));
  const shown = watcher.check();
  await settle();
  panelRoot(doc).querySelector('[data-action="ignore"]').click();
  await shown;
  assert.deepEqual(calls.map((c) => c.type), ['mail.opened', 'thread.dismiss']);
  assert.deepEqual(calls[1].args, { provider: 'gmail', thread_id: 'thread-f:1781500000000000001' });
  assert.equal(doc.querySelector('[data-onward="panel"]'), null);
  watcher.stop();
});

test('not a job email, or the helper missing: no panel at all', async () => {
  for (const reply of [{ ok: true, result: { action: 'none' } }, { ok: false, error: { code: 'not_installed', message: 'The Onward helper is not installed. Run installer/install.sh' } }]) {
    const { doc, watcher } = setup(() => reply);
    const warn = console.warn;
    console.warn = () => {};
    try {
      await watcher.check();
    } finally {
      console.warn = warn;
    }
    assert.equal(doc.querySelector('[data-onward="panel"]'), null);
    watcher.stop();
  }
});

test('navigation to another message is followed; the panel\'s own insertion does not trigger a look', async () => {
  const { doc, window, calls, watcher } = setup(() => ({ ok: true, result: { action: 'show', label: 'interview', application: APP, next_step: null } }));
  watcher.start();
  await settle(50);
  assert.equal(calls.length, 1);
  const checks = watcher.checks;
  await settle(50);
  assert.equal(watcher.checks, checks, 'inserting the panel did not schedule another check');
  // Gmail swaps the conversation: a new message element with a new id.
  const msg = doc.querySelector('div.adn.ads');
  const next = msg.cloneNode(true);
  next.setAttribute('data-message-id', '#msg-f:1781500000000000002');
  next.querySelector('[data-onward]')?.remove();
  msg.replaceWith(next);
  window.dispatchEvent(new window.HashChangeEvent('hashchange'));
  await settle(80);
  assert.equal(calls.length, 2);
  assert.equal(calls[1].args.message_id, 'msg-f:1781500000000000002');
  assert.equal(doc.querySelectorAll('[data-onward="panel"]').length, 1, 'one panel, on the new message');
  watcher.stop();
});
