// The one connection to the native helper (onward-host), as a small state machine.
//
//   idle ──connect()──▶ connecting ──hello ok──▶ ready
//     ▲                    │  │                    │
//     │        not found ◀─┘  └─▶ failed           │ host exited / disconnect()
//     └─────────── cleanup() ◀─────────────────────┘
//
// Every way out of `connecting` or `ready` goes through cleanup(), which removes every
// listener, clears every timer, disconnects the port and rejects whatever was pending.
// The next request after the host exited connects again (a fresh handshake), so a host
// that crashed or was updated is picked up without reloading the extension.

export const HOST_NAME = 'org.onward.host';
// The host refuses incoming frames over 4 MiB (CONTRACT.md, Framing).
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

export const State = Object.freeze({
  IDLE: 'idle',
  CONNECTING: 'connecting',
  READY: 'ready',
  NOT_INSTALLED: 'not_installed',
  FAILED: 'failed',
});

/** An error shaped like the host's: a snake_case code and a sentence for a person. */
export class HostError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'HostError';
    this.code = code;
  }

  toJSON() {
    return { code: this.code, message: this.message };
  }
}

// Chrome: "Specified native messaging host not found."
// Firefox: "No such native application org.onward.host"
const NOT_INSTALLED_PATTERNS = [/native messaging host not found/i, /no such native application/i];

export function isNotInstalledMessage(message) {
  return typeof message === 'string' && NOT_INSTALLED_PATTERNS.some((re) => re.test(message));
}

const encoder = new TextEncoder();

export function utf8Length(text) {
  return encoder.encode(text).length;
}

export class NativePortClient {
  /**
   * @param {object} options
   * @param {object} options.runtime  chrome.runtime / browser.runtime (connectNative, lastError)
   * @param {string} [options.hostName]
   * @param {number} [options.helloTimeoutMs]
   * @param {number} [options.requestTimeoutMs]
   * @param {number} [options.maxRequestBytes]
   * @param {object} [options.timers]  { setTimeout, clearTimeout } (tests pass a fake clock)
   */
  constructor({
    runtime,
    hostName = HOST_NAME,
    helloTimeoutMs = 5000,
    requestTimeoutMs = 20000,
    maxRequestBytes = MAX_REQUEST_BYTES,
    timers = globalThis,
  }) {
    this.runtime = runtime;
    this.hostName = hostName;
    this.helloTimeoutMs = helloTimeoutMs;
    this.requestTimeoutMs = requestTimeoutMs;
    this.maxRequestBytes = maxRequestBytes;
    this.timers = timers;

    this.state = State.IDLE;
    this.hostInfo = null; // the hello result once ready
    this.lastError = null; // { code, message } of the last failure to connect or of the exit

    this.port = null;
    this.nextId = 1;
    this.pending = new Map(); // id -> { resolve, reject, timer }
    this.connecting = null; // Promise of the handshake in progress
    this.onPortMessage = null;
    this.onPortDisconnect = null;
    this.stateListeners = new Set();
  }

  /** Calls listener(state, client) on each change; returns a function that unsubscribes. */
  onStateChange(listener) {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  status() {
    return { state: this.state, host: this.hostInfo, error: this.lastError };
  }

  /** Resolves with the host's hello result; connects (once) if needed. */
  connect() {
    if (this.state === State.READY) return Promise.resolve(this.hostInfo);
    if (this.connecting) return this.connecting;
    this.connecting = this.#handshake().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  /** Sends one command and resolves with its `result`, or rejects with a HostError. */
  async request(cmd, args, { timeoutMs = this.requestTimeoutMs } = {}) {
    if (typeof cmd !== 'string' || cmd === '') throw new HostError('bad_request', 'A command name is needed.');
    await this.connect();
    return this.#send(cmd, args, timeoutMs);
  }

  /** Closes the port on purpose (the state returns to idle; the next request reconnects). */
  disconnect() {
    this.#cleanup(new HostError('disconnected', 'The connection to the Onward helper was closed.'));
    this.#setState(State.IDLE);
  }

  #setState(state) {
    if (this.state === state) return;
    this.state = state;
    for (const listener of [...this.stateListeners]) {
      try {
        listener(state, this);
      } catch (err) {
        console.error('onward: state listener failed', err);
      }
    }
  }

  async #handshake() {
    this.lastError = null;
    this.hostInfo = null;
    this.#setState(State.CONNECTING);
    let port;
    try {
      port = this.runtime.connectNative(this.hostName);
    } catch (err) {
      // Thrown synchronously when the permission is missing or the name is invalid.
      return this.#fail(State.FAILED, new HostError('host_unavailable', messageOf(err)));
    }
    this.port = port;
    this.onPortMessage = (message) => this.#handleMessage(message);
    this.onPortDisconnect = (p) => this.#handleDisconnect(p);
    port.onMessage.addListener(this.onPortMessage);
    port.onDisconnect.addListener(this.onPortDisconnect);

    let info;
    try {
      info = await this.#send('hello', undefined, this.helloTimeoutMs);
    } catch (err) {
      // Already settled by the disconnect handler (not installed, exited) or by disconnect().
      if (this.state !== State.CONNECTING) throw err;
      const error =
        err.code === 'timeout'
          ? new HostError('host_unavailable', 'The Onward helper did not answer in time.')
          : err;
      return this.#fail(State.FAILED, error);
    }
    if (!info || info.name !== 'onward-host' || !Number.isInteger(info.protocol)) {
      return this.#fail(
        State.FAILED,
        new HostError('host_unavailable', 'The program registered as the Onward helper did not introduce itself as onward-host.'),
      );
    }
    this.hostInfo = info;
    this.#setState(State.READY);
    return info;
  }

  #fail(state, error) {
    this.#cleanup(error);
    this.lastError = error.toJSON();
    this.#setState(state);
    throw error;
  }

  #send(cmd, args, timeoutMs) {
    const port = this.port;
    if (!port) {
      return Promise.reject(new HostError('host_unavailable', 'The Onward helper is not connected.'));
    }
    const id = this.nextId++;
    const message = args === undefined ? { id, cmd } : { id, cmd, args };
    let bytes;
    try {
      bytes = utf8Length(JSON.stringify(message));
    } catch (err) {
      return Promise.reject(new HostError('invalid_args', `The request could not be encoded: ${messageOf(err)}`));
    }
    if (bytes > this.maxRequestBytes) {
      return Promise.reject(
        new HostError('too_large', `The request is ${bytes} bytes; the Onward helper takes at most ${this.maxRequestBytes}.`),
      );
    }
    return new Promise((resolve, reject) => {
      const timer = this.timers.setTimeout(() => {
        this.pending.delete(id);
        reject(new HostError('timeout', `The Onward helper did not answer "${cmd}" in time.`));
      }, timeoutMs);
      this.pending.set(id, { resolve, reject, timer, cmd });
      try {
        port.postMessage(message);
      } catch (err) {
        this.timers.clearTimeout(timer);
        this.pending.delete(id);
        reject(new HostError('host_unavailable', messageOf(err)));
      }
    });
  }

  #handleMessage(message) {
    const id = message && typeof message === 'object' ? message.id : undefined;
    const entry = this.pending.get(id);
    if (!entry) {
      // A reply after its timeout, or an error the host could not tie to a request (id null).
      console.warn('onward: reply with no pending request', message && message.error);
      return;
    }
    this.pending.delete(id);
    this.timers.clearTimeout(entry.timer);
    if (message.ok === true) {
      entry.resolve(message.result);
    } else {
      const error = message.error && typeof message.error === 'object' ? message.error : {};
      entry.reject(
        new HostError(
          typeof error.code === 'string' ? error.code : 'internal',
          typeof error.message === 'string' ? error.message : 'The Onward helper reported an error.',
        ),
      );
    }
  }

  #handleDisconnect(port) {
    // Chrome reports why in runtime.lastError (read it here, or Chrome logs it as unchecked);
    // Firefox in port.error.
    const reason = (port && port.error && port.error.message) || (this.runtime.lastError && this.runtime.lastError.message) || '';
    if (isNotInstalledMessage(reason)) {
      this.#cleanup(new HostError('not_installed', NOT_INSTALLED_TEXT));
      this.lastError = { code: 'not_installed', message: NOT_INSTALLED_TEXT };
      this.#setState(State.NOT_INSTALLED);
      return;
    }
    const error = new HostError('host_exited', reason ? `The Onward helper stopped: ${reason}` : 'The Onward helper stopped.');
    const wasReady = this.state === State.READY;
    this.#cleanup(error);
    this.lastError = error.toJSON();
    // After a clean run the host may simply have exited (updated, killed): go back to idle and
    // reconnect on the next request. A host that dies during its handshake is broken: failed.
    this.#setState(wasReady ? State.IDLE : State.FAILED);
  }

  /** The one way out: removes every listener, clears every timer, rejects everything pending. */
  #cleanup(error) {
    const port = this.port;
    this.port = null;
    this.hostInfo = null;
    if (port) {
      if (this.onPortMessage) port.onMessage.removeListener(this.onPortMessage);
      if (this.onPortDisconnect) port.onDisconnect.removeListener(this.onPortDisconnect);
      try {
        port.disconnect();
      } catch {
        // Already closed.
      }
    }
    this.onPortMessage = null;
    this.onPortDisconnect = null;
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const entry of pending) {
      this.timers.clearTimeout(entry.timer);
      entry.reject(error);
    }
  }
}

export const NOT_INSTALLED_TEXT = 'The Onward helper is not installed. Run installer/install.sh';

function messageOf(err) {
  return (err && err.message) || String(err);
}
