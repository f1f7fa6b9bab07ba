// A fake chrome.runtime for the native-port client: connectNative returns a FakePort whose
// "host" is a function the test supplies; events and listeners are counted so tests can check
// that cleanup removed every one of them.

export class FakeEvent {
  constructor() {
    this.listeners = new Set();
  }
  addListener(fn) {
    this.listeners.add(fn);
  }
  removeListener(fn) {
    this.listeners.delete(fn);
  }
  hasListeners() {
    return this.listeners.size > 0;
  }
  emit(...args) {
    for (const fn of [...this.listeners]) fn(...args);
  }
}

export class FakePort {
  constructor(runtime, name) {
    this.runtime = runtime;
    this.name = name;
    this.onMessage = new FakeEvent();
    this.onDisconnect = new FakeEvent();
    this.posted = [];
    this.connected = true;
    this.disconnectCalls = 0;
    this.error = null;
  }
  postMessage(message) {
    if (!this.connected) throw new Error('Attempting to use a disconnected port object');
    // Chrome and Firefox serialise the message: the host never sees our object.
    const copy = JSON.parse(JSON.stringify(message));
    this.posted.push(copy);
    this.runtime.onPost(this, copy);
  }
  disconnect() {
    this.disconnectCalls++;
    this.connected = false;
  }
  /** The host replies (delivered asynchronously, like the browsers do). */
  reply(message) {
    queueMicrotask(() => {
      if (this.connected) this.onMessage.emit(message);
    });
  }
  /** The host exits; Chrome style (lastError) or Firefox style (port.error). */
  exit(reason, { style = 'chrome' } = {}) {
    queueMicrotask(() => {
      if (!this.connected) return;
      this.connected = false;
      if (style === 'firefox') {
        this.error = reason ? { message: reason } : null;
        this.onDisconnect.emit(this);
      } else {
        this.runtime.lastError = reason ? { message: reason } : undefined;
        this.onDisconnect.emit(this);
        this.runtime.lastError = undefined;
      }
    });
  }
}

export class FakeRuntime {
  /**
   * @param {(port: FakePort, message: object) => void} host  called for every posted message
   */
  constructor(host = () => {}) {
    this.host = host;
    this.ports = [];
    this.lastError = undefined;
    this.onConnect = null; // (port) => void, e.g. to simulate "not installed"
  }
  connectNative(name) {
    const port = new FakePort(this, name);
    this.ports.push(port);
    if (this.onConnect) this.onConnect(port);
    return port;
  }
  onPost(port, message) {
    this.host(port, message);
  }
}

/** A host that answers hello like onward-host, and echoes other commands back as results. */
export function helloHost({ version = '0.1.0' } = {}) {
  return (port, message) => {
    if (message.cmd === 'hello') {
      port.reply({ id: message.id, ok: true, result: { name: 'onward-host', version, protocol: 1, commands: ['hello', 'echo'] } });
    } else if (message.cmd === 'echo') {
      port.reply({ id: message.id, ok: true, result: message.args ?? null });
    } else {
      port.reply({ id: message.id, ok: false, error: { code: 'unknown_cmd', message: `No command ${message.cmd}.` } });
    }
  };
}

/** A manual clock: setTimeout/clearTimeout that fire only when the test advances time. */
export class FakeTimers {
  constructor() {
    this.now = 0;
    this.nextHandle = 1;
    this.timers = new Map();
  }
  setTimeout = (fn, ms) => {
    const handle = this.nextHandle++;
    this.timers.set(handle, { fn, at: this.now + ms });
    return handle;
  };
  clearTimeout = (handle) => {
    this.timers.delete(handle);
  };
  get active() {
    return this.timers.size;
  }
  advance(ms) {
    this.now += ms;
    for (const [handle, timer] of [...this.timers]) {
      if (timer.at <= this.now) {
        this.timers.delete(handle);
        timer.fn();
      }
    }
  }
}

/** Lets queued microtasks (fake replies) run. */
export function settle() {
  return new Promise((resolve) => setImmediate(resolve));
}
