// The webmail controller when the background answers with an error other than "not installed"
// (the helper stopped in the middle of the request, timed out, the background is gone): the
// person sees one clear line in the panel, and its × does not dismiss the thread for good.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { fixtureWindow, loadScripts, CONTENT_SCRIPTS } from './support/dom.mjs';

const onward = await loadScripts(...CONTENT_SCRIPTS, 'src/content/panel.js', 'src/content/webmail.js');
const GMAIL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgz';

function setup(answer) {
  const window = fixtureWindow('gmail/thread-rejection.html', GMAIL);
  globalThis.document = window.document;
  const calls = [];
  const ask = async (type, args) => {
    calls.push({ type, args });
    return answer(type, args);
  };
  const watcher = new onward.WebmailWatcher(onward.adapters.gmail, { doc: window.document, win: window, ask, debounceMs: 5 });
  return { doc: window.document, calls, watcher };
}

const panelRoot = (doc) => doc.querySelector('[data-onward="panel"]')?.shadowRoot;

test('the helper stopped during the request: the panel says so in one line', async () => {
  const exited = { ok: false, error: { code: 'host_exited', message: 'The Onward helper stopped: Native host has exited.' } };
  const { doc, calls, watcher } = setup(() => exited);
  await watcher.check();
  const root = panelRoot(doc);
  assert.ok(root, 'a panel is shown');
  assert.equal(root.querySelector('[data-role="error"]').textContent,
    'Onward could not read this email. The Onward helper stopped: Native host has exited.');
  assert.equal(root.querySelector('[data-role="step-title"]'), null);
  assert.equal(root.querySelector('[data-action="insert-reply"]'), null);

  // × hides the note only: the thread is not dismissed, and the same message is not re-sent.
  root.querySelector('button.close').click();
  assert.equal(doc.querySelector('[data-onward="panel"]'), null);
  await watcher.check();
  assert.deepEqual(calls.map((c) => c.type), ['mail.opened']);
  watcher.stop();
});

test('a timeout or an unreachable background: the message is shown as text', async () => {
  for (const error of [
    { code: 'timeout', message: 'The Onward helper did not answer "classify" in time.' },
    { code: 'extension_unavailable', message: "Onward's background did not answer: <b>gone</b>" },
  ]) {
    const { doc, watcher } = setup(() => ({ ok: false, error }));
    await watcher.check();
    const root = panelRoot(doc);
    assert.equal(root.querySelector('[data-role="error"]').textContent, `Onward could not read this email. ${error.message}`);
    assert.equal(root.querySelector('b'), null);
    watcher.stop();
  }
});
