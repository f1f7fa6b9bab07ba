// One message router for the whole extension: every runtime message names a handler, the
// sender is checked against what that handler accepts, and handlers wait for start-up
// (settings loaded) through one gate. Replies are always { ok, result } or { ok, error }.

/** Who may call a handler. */
export const Caller = Object.freeze({
  PAGE: 'page', // the extension's own pages (popup, options)
  CONTENT: 'content', // our content scripts on the sites the manifest names
});

/**
 * Classifies a runtime.onMessage sender: 'page', 'content', or null (refused).
 * @param {object} sender  runtime.MessageSender
 * @param {object} env     { extensionId, extensionOrigin, contentOrigins: Set<string> }
 */
export function classifySender(sender, { extensionId, extensionOrigin, contentOrigins }) {
  if (!sender || sender.id !== extensionId) return null;
  const url = typeof sender.url === 'string' ? sender.url : '';
  const origin = originOf(url);
  if (sender.tab && origin && contentOrigins.has(origin)) return Caller.CONTENT;
  if (origin === extensionOrigin) return Caller.PAGE;
  return null;
}

function originOf(url) {
  try {
    const u = new URL(url);
    // moz-extension:// and chrome-extension:// URLs: URL.origin is "null" in some engines.
    return u.origin !== 'null' ? u.origin : `${u.protocol}//${u.host}`;
  } catch {
    return '';
  }
}

export class Router {
  /**
   * @param {object} options
   * @param {object} options.env      passed to classifySender
   * @param {Promise} [options.ready] resolved once start-up is done
   */
  constructor({ env, ready = Promise.resolve() }) {
    this.env = env;
    this.ready = ready;
    this.handlers = new Map();
  }

  /**
   * Registers a named handler.
   * @param {string} name
   * @param {(args: object, context: {caller: string, sender: object}) => any} fn
   * @param {{from: string[]}} options  which callers may use it
   */
  on(name, fn, { from }) {
    if (this.handlers.has(name)) throw new Error(`handler ${name} registered twice`);
    this.handlers.set(name, { fn, from: new Set(from) });
    return this;
  }

  /** Resolves to the reply object for one message. Never rejects. */
  async dispatch(message, sender) {
    const caller = classifySender(sender, this.env);
    if (!caller) return failure('forbidden', 'This sender may not talk to Onward.');
    if (!message || typeof message !== 'object' || typeof message.type !== 'string') {
      return failure('bad_request', 'A message needs a type.');
    }
    const handler = this.handlers.get(message.type);
    if (!handler) return failure('unknown_cmd', `Onward has no handler named "${message.type}".`);
    if (!handler.from.has(caller)) return failure('forbidden', `"${message.type}" is not available here.`);
    const args = message.args === undefined ? {} : message.args;
    if (!args || typeof args !== 'object' || Array.isArray(args)) {
      return failure('bad_request', 'The message args must be an object.');
    }
    try {
      await this.ready;
      const result = await handler.fn(args, { caller, sender });
      return { ok: true, result: result === undefined ? null : result };
    } catch (err) {
      const code = err && typeof err.code === 'string' ? err.code : 'internal';
      const text = (err && err.message) || 'Something went wrong in Onward.';
      if (code === 'internal') console.error('onward: handler failed', message.type, err);
      return failure(code, text);
    }
  }

  /** Attaches to runtime.onMessage; the listener answers through sendResponse. */
  listen(onMessage) {
    const listener = (message, sender, sendResponse) => {
      this.dispatch(message, sender).then(sendResponse);
      return true; // the answer comes asynchronously
    };
    onMessage.addListener(listener);
    return () => onMessage.removeListener(listener);
  }
}

export function failure(code, message) {
  return { ok: false, error: { code, message } };
}
