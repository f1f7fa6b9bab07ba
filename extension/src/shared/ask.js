// Talking to the background from a popup or a content script: one request, one reply of the
// form { ok: true, result } or { ok: false, error: { code, message } }. Never throws.
// The Chromium service worker may be stopped; sendMessage starts it again, but a message sent
// while it is starting can fail with "Receiving end does not exist": that is retried twice.
//
// A namespace script (no import/export), like dom.js.
(function (root) {
  'use strict';
  const ns = (root.onward = root.onward || {});

  const RETRYABLE = /receiving end does not exist|could not establish connection/i;

  function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  async function ask(type, args, { api = root.browser || root.chrome, retries = 2 } = {}) {
    for (let attempt = 0; ; attempt++) {
      try {
        const reply = await api.runtime.sendMessage(args === undefined ? { type } : { type, args });
        if (reply && typeof reply === 'object' && typeof reply.ok === 'boolean') return reply;
        throw new Error('Receiving end does not exist (no reply).');
      } catch (err) {
        const message = (err && err.message) || String(err);
        if (attempt < retries && RETRYABLE.test(message)) {
          await sleep(50 * (attempt + 1));
          continue;
        }
        if (/context invalidated/i.test(message)) {
          return { ok: false, error: { code: 'extension_reloaded', message: 'Onward was updated or reloaded. Reload this page.' } };
        }
        return { ok: false, error: { code: 'extension_unavailable', message: `Onward's background did not answer: ${message}` } };
      }
    }
  }

  ns.ask = ask;
})(globalThis);
