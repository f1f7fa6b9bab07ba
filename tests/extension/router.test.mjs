import { test } from 'node:test';
import assert from 'node:assert/strict';

import { Router, Caller, classifySender } from '../../extension/src/background/router.js';
import { FakeEvent } from './support/fake-runtime.mjs';

const ID = 'fpmjnchfpmlceeolkgghjcdannejclhf';
const env = {
  extensionId: ID,
  extensionOrigin: `chrome-extension://${ID}`,
  contentOrigins: new Set(['https://mail.google.com', 'https://www.linkedin.com']),
};
const popup = { id: ID, url: `chrome-extension://${ID}/src/popup/popup.html` };
const gmail = { id: ID, url: 'https://mail.google.com/mail/u/0/#inbox/abc', tab: { id: 3 } };

test('classifySender: own pages, own content scripts on the listed sites, nobody else', () => {
  assert.equal(classifySender(popup, env), Caller.PAGE);
  assert.equal(classifySender(gmail, env), Caller.CONTENT);
  assert.equal(classifySender({ ...gmail, id: 'another-extension' }, env), null);
  assert.equal(classifySender({ id: ID, url: 'https://evil.example/', tab: { id: 1 } }, env), null);
  // A look-alike host is not the origin.
  assert.equal(classifySender({ id: ID, url: 'https://mail.google.com.evil.example/', tab: { id: 1 } }, env), null);
  assert.equal(classifySender({ id: ID, url: 'http://mail.google.com/', tab: { id: 1 } }, env), null);
  assert.equal(classifySender(undefined, env), null);
  // Firefox: moz-extension pages.
  const fx = { extensionId: 'onward@onward.org', extensionOrigin: 'moz-extension://1b2c', contentOrigins: env.contentOrigins };
  assert.equal(classifySender({ id: 'onward@onward.org', url: 'moz-extension://1b2c/src/popup/popup.html' }, fx), Caller.PAGE);
});

test('dispatch runs the named handler for an allowed caller and wraps the result', async () => {
  const router = new Router({ env });
  const seen = [];
  router.on('echo', (args, ctx) => (seen.push(ctx.caller), { got: args.x }), { from: [Caller.PAGE, Caller.CONTENT] });
  assert.deepEqual(await router.dispatch({ type: 'echo', args: { x: 1 } }, popup), { ok: true, result: { got: 1 } });
  assert.deepEqual(await router.dispatch({ type: 'echo', args: { x: 2 } }, gmail), { ok: true, result: { got: 2 } });
  assert.deepEqual(seen, ['page', 'content']);
});

test('dispatch refuses: unknown sender, caller not allowed, unknown type, bad shapes', async () => {
  const router = new Router({ env });
  let calls = 0;
  router.on('export', () => ++calls, { from: [Caller.PAGE] });
  const code = async (msg, sender) => (await router.dispatch(msg, sender)).error?.code;
  assert.equal(await code({ type: 'export' }, { id: 'x', url: popup.url }), 'forbidden');
  assert.equal(await code({ type: 'export' }, gmail), 'forbidden');
  assert.equal(await code({ type: 'nope' }, popup), 'unknown_cmd');
  assert.equal(await code('export', popup), 'bad_request');
  assert.equal(await code({ type: 'export', args: [1] }, popup), 'bad_request');
  assert.equal(calls, 0, 'no refused message reached the handler');
});

test('handler errors become { ok: false } with the error code; handlers wait for the ready gate', async () => {
  let open;
  const ready = new Promise((resolve) => (open = resolve));
  const router = new Router({ env, ready });
  let started = false;
  router.on('boom', () => {
    started = true;
    throw Object.assign(new Error('Not there.'), { code: 'not_found' });
  }, { from: [Caller.PAGE] });
  const reply = router.dispatch({ type: 'boom' }, popup);
  await new Promise((r) => setImmediate(r));
  assert.equal(started, false, 'handler waits for start-up');
  open();
  assert.deepEqual(await reply, { ok: false, error: { code: 'not_found', message: 'Not there.' } });
});

test('listen answers through sendResponse and keeps the channel open', async () => {
  const router = new Router({ env });
  router.on('ping', () => 'pong', { from: [Caller.PAGE] });
  const onMessage = new FakeEvent();
  const stop = router.listen(onMessage);
  let keepOpen;
  const answer = await new Promise((resolve) => {
    for (const fn of onMessage.listeners) keepOpen = fn({ type: 'ping' }, popup, resolve);
  });
  assert.equal(keepOpen, true);
  assert.deepEqual(answer, { ok: true, result: 'pong' });
  stop();
  assert.equal(onMessage.hasListeners(), false);
});
