import { test } from 'node:test';
import assert from 'node:assert/strict';

import {
  NativePortClient,
  State,
  HostError,
  NOT_INSTALLED_TEXT,
  isNotInstalledMessage,
  utf8Length,
} from '../../extension/src/background/native-port.js';
import { FakeRuntime, FakeTimers, helloHost, settle } from './support/fake-runtime.mjs';

function makeClient(host, options = {}) {
  const runtime = new FakeRuntime(host);
  const timers = new FakeTimers();
  const client = new NativePortClient({ runtime, timers, helloTimeoutMs: 1000, requestTimeoutMs: 5000, ...options });
  const states = [];
  client.onStateChange((s) => states.push(s));
  return { runtime, timers, client, states };
}

function assertNoListeners(port) {
  assert.equal(port.onMessage.hasListeners(), false, 'onMessage listener left behind');
  assert.equal(port.onDisconnect.hasListeners(), false, 'onDisconnect listener left behind');
}

test('handshake: hello first, then ready with the host info', async () => {
  const { runtime, client, states, timers } = makeClient(helloHost());
  const info = await client.connect();
  assert.equal(info.name, 'onward-host');
  assert.equal(info.version, '0.1.0');
  assert.equal(client.state, State.READY);
  assert.deepEqual(states, [State.CONNECTING, State.READY]);
  assert.equal(runtime.ports.length, 1);
  assert.equal(runtime.ports[0].name, 'org.onward.host');
  assert.deepEqual(runtime.ports[0].posted[0], { id: 1, cmd: 'hello' });
  assert.equal(timers.active, 0, 'the hello timer is cleared');
});

test('concurrent connects share one port and one handshake', async () => {
  const { runtime, client } = makeClient(helloHost());
  const [a, b] = await Promise.all([client.connect(), client.connect(), client.request('echo', { x: 1 })]);
  assert.equal(a, b);
  assert.equal(runtime.ports.length, 1);
  assert.equal(runtime.ports[0].posted.filter((m) => m.cmd === 'hello').length, 1);
});

test('requests get distinct ids and replies are matched by id, in any order', async () => {
  const held = [];
  const { client, runtime } = makeClient((port, msg) => {
    if (msg.cmd === 'hello') return helloHost()(port, msg);
    held.push(msg);
    if (held.length === 3) {
      // answer in reverse order
      for (const m of held.reverse()) port.reply({ id: m.id, ok: true, result: m.args.n });
    }
  });
  const results = await Promise.all([1, 2, 3].map((n) => client.request('echo', { n })));
  assert.deepEqual(results, [1, 2, 3]);
  const ids = runtime.ports[0].posted.map((m) => m.id);
  assert.equal(new Set(ids).size, ids.length, 'ids are unique');
});

test('a host error becomes a HostError with its code and message', async () => {
  const { client } = makeClient(helloHost());
  await assert.rejects(client.request('nope'), (err) => {
    assert.ok(err instanceof HostError);
    assert.equal(err.code, 'unknown_cmd');
    assert.equal(err.message, 'No command nope.');
    return true;
  });
  assert.equal(client.state, State.READY, 'a failed command does not break the connection');
});

test('a request that gets no answer times out, and the late reply is ignored', async () => {
  let late;
  const { client, timers } = makeClient((port, msg) => {
    if (msg.cmd === 'hello') return helloHost()(port, msg);
    late = () => port.reply({ id: msg.id, ok: true, result: 'late' });
  });
  await client.connect();
  const pending = client.request('slow', {}, { timeoutMs: 300 });
  await settle();
  timers.advance(299);
  await settle();
  timers.advance(1);
  await assert.rejects(pending, { code: 'timeout' });
  late();
  await settle();
  assert.equal(client.pending.size, 0);
  assert.equal(client.state, State.READY);
});

test('hello timeout: failed, port disconnected, every listener removed', async () => {
  const { client, timers, runtime, states } = makeClient(() => {});
  const connecting = client.connect();
  timers.advance(1000);
  await assert.rejects(connecting, { code: 'host_unavailable' });
  assert.equal(client.state, State.FAILED);
  assert.deepEqual(states, [State.CONNECTING, State.FAILED]);
  const port = runtime.ports[0];
  assertNoListeners(port);
  assert.equal(port.disconnectCalls, 1);
  assert.equal(timers.active, 0);
});

test('host not installed (Chrome lastError): clear state and the plain-words message', async () => {
  const { client, runtime } = makeClient(() => {});
  runtime.onConnect = (port) => port.exit('Specified native messaging host not found.');
  await assert.rejects(client.connect(), { code: 'not_installed', message: NOT_INSTALLED_TEXT });
  assert.equal(client.state, State.NOT_INSTALLED);
  assert.deepEqual(client.status(), {
    state: 'not_installed',
    host: null,
    error: { code: 'not_installed', message: 'The Onward helper is not installed. Run installer/install.sh' },
  });
  assertNoListeners(runtime.ports[0]);
});

test('host not installed (Firefox port.error)', async () => {
  const { client, runtime } = makeClient(() => {});
  runtime.onConnect = (port) => port.exit('No such native application org.onward.host', { style: 'firefox' });
  await assert.rejects(client.connect(), { code: 'not_installed' });
  assert.equal(client.state, State.NOT_INSTALLED);
});

test('after installing the host, the next request connects again', async () => {
  const { client, runtime } = makeClient(helloHost());
  runtime.onConnect = (port) => port.exit('Specified native messaging host not found.');
  await assert.rejects(client.connect(), { code: 'not_installed' });
  runtime.onConnect = null; // "installed"
  assert.equal(await client.request('echo', { a: 'b' }).then((r) => r.a), 'b');
  assert.equal(client.state, State.READY);
  assert.equal(runtime.ports.length, 2);
});

test('the host exits: pending requests fail, the next request reconnects with a new hello', async () => {
  let hang = true;
  const { client, runtime, timers } = makeClient((port, msg) => {
    if (msg.cmd === 'hello' || !hang) return helloHost()(port, msg);
  });
  await client.connect();
  const pending = client.request('echo', { n: 1 });
  await settle();
  runtime.ports[0].exit('Native host has exited.');
  await assert.rejects(pending, { code: 'host_exited' });
  assert.equal(client.state, State.IDLE);
  assertNoListeners(runtime.ports[0]);
  assert.equal(timers.active, 0, 'the request timer is cleared on exit');

  hang = false;
  assert.deepEqual(await client.request('echo', { n: 2 }), { n: 2 });
  assert.equal(runtime.ports.length, 2);
  assert.equal(runtime.ports[1].posted[0].cmd, 'hello');
});

test('a host that dies during its handshake is failed, not ready', async () => {
  const { client, runtime } = makeClient(() => {});
  runtime.onConnect = (port) => port.exit('Error when communicating with the native messaging host.');
  await assert.rejects(client.connect(), { code: 'host_exited' });
  assert.equal(client.state, State.FAILED);
  assert.match(client.status().error.message, /communicating/);
});

test('a program that answers hello but is not onward-host is refused', async () => {
  const { client, runtime } = makeClient((port, msg) => port.reply({ id: msg.id, ok: true, result: { name: 'other', protocol: 1 } }));
  await assert.rejects(client.connect(), { code: 'host_unavailable' });
  assert.equal(client.state, State.FAILED);
  assertNoListeners(runtime.ports[0]);
});

test('size check: a request over 4 MiB is refused before it is posted', async () => {
  const { client, runtime } = makeClient(helloHost());
  await client.connect();
  const big = 'x'.repeat(4 * 1024 * 1024);
  await assert.rejects(client.request('echo', { body: big }), { code: 'too_large' });
  assert.equal(runtime.ports[0].posted.length, 1, 'only hello was posted');
  // Bytes, not characters: 2 million "é" are 4 million bytes.
  const accents = 'é'.repeat(2 * 1024 * 1024);
  assert.equal(accents.length < 4 * 1024 * 1024, true);
  await assert.rejects(client.request('echo', { body: accents }), { code: 'too_large' });
  // Just under the limit goes through.
  const overhead = utf8Length(JSON.stringify({ id: 99, cmd: 'echo', args: { body: '' } }));
  const fits = 'y'.repeat(4 * 1024 * 1024 - overhead);
  assert.equal((await client.request('echo', { body: fits })).body.length, fits.length);
  assert.equal(client.state, State.READY);
});

test('disconnect(): idle, listeners removed, pending rejected; a later request reconnects', async () => {
  const { client, runtime, timers } = makeClient((port, msg) => {
    if (msg.cmd === 'hello') helloHost()(port, msg);
  });
  await client.connect();
  const pending = client.request('echo', {});
  await settle();
  client.disconnect();
  await assert.rejects(pending, { code: 'disconnected' });
  assert.equal(client.state, State.IDLE);
  assertNoListeners(runtime.ports[0]);
  assert.equal(runtime.ports[0].disconnectCalls, 1);
  assert.equal(timers.active, 0);
  assert.equal((await client.connect()).name, 'onward-host');
  assert.equal(runtime.ports.length, 2);
});

test('connectNative throwing (no permission) is a failed state, not an exception', async () => {
  const runtime = {
    connectNative() {
      throw new Error('Access to the native messaging API is not allowed.');
    },
  };
  const client = new NativePortClient({ runtime, timers: new FakeTimers() });
  await assert.rejects(client.connect(), { code: 'host_unavailable' });
  assert.equal(client.state, State.FAILED);
});

test('isNotInstalledMessage knows both browsers and nothing else', () => {
  assert.equal(isNotInstalledMessage('Specified native messaging host not found.'), true);
  assert.equal(isNotInstalledMessage('No such native application org.onward.host'), true);
  assert.equal(isNotInstalledMessage('Native host has exited.'), false);
  assert.equal(isNotInstalledMessage(undefined), false);
});
