// The watch scheduler and runner on fakes: what is due, once a day, backoff, permissions, the
// test-only base URL, payload slimming, the digest, and the popup-only handlers.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import {
  DAY_MS, dueWatches, localBackoffMs, testBase, fetchUrlFor, isBoardUrl, originPattern, payloadFor, digest,
  WatchRunner, MAX_PAYLOAD_CHARS, DIGEST_ID,
} from '../../extension/src/background/watches.js';
import { Router } from '../../extension/src/background/router.js';
import { registerWatchHandlers } from '../../extension/src/background/watch-handlers.js';

const NOW = Date.parse('2026-03-10T09:00:00Z');
const GH = 'https://boards-api.greenhouse.io/v1/boards/acme/jobs';

function watch(overrides = {}) {
  return {
    id: 1, provider: 'greenhouse', token: 'acme', url: GH, origin: 'https://boards-api.greenhouse.io/*',
    status: 'active', next_due: '2026-03-10T08:00:00Z', company: 'Acme', ...overrides,
  };
}
const all = () => true;

class FakeStorage {
  constructor(data = {}) {
    this.data = structuredClone(data);
    this.sets = 0;
  }
  async get(keys) {
    const out = {};
    for (const k of [].concat(keys)) if (k in this.data) out[k] = structuredClone(this.data[k]);
    return out;
  }
  async set(items) {
    this.sets++;
    Object.assign(this.data, structuredClone(items));
  }
}

test('due: active, next_due passed, not fetched today, permission granted', () => {
  const { due, skipped } = dueWatches([
    watch({ id: 1 }),
    watch({ id: 2, status: 'paused' }),
    watch({ id: 3, next_due: '2026-03-11T08:00:00Z' }),
    watch({ id: 4 }),
    watch({ id: 5 }),
    watch({ id: 6, url: 'https://evil.example/jobs' }),
    watch({ id: 7, provider: 'lever', url: 'https://api.lever.co/v0/postings/acme?mode=json', origin: 'https://api.lever.co/*' }),
  ], {
    now: NOW,
    record: { 4: { at: NOW - DAY_MS + 60_000 }, 5: { at: NOW - 2 * DAY_MS, retryAt: NOW + 1000 } },
    granted: (origin) => origin !== 'https://api.lever.co/*',
  });
  assert.deepEqual(due.map((w) => w.id), [1]);
  assert.deepEqual(skipped, [
    { id: 2, why: 'paused' },
    { id: 3, why: 'not_due' },
    { id: 4, why: 'fetched_today' },
    { id: 5, why: 'backing_off' },
    { id: 6, why: 'not_a_board' },
    { id: 7, why: 'no_permission' },
  ]);
  // A day after the last fetch it is due again.
  assert.equal(dueWatches([watch({ id: 4 })], { now: NOW, record: { 4: { at: NOW - DAY_MS } }, granted: all }).due.length, 1);
  // A next_due the host did not give (or garbage) is never due.
  assert.equal(dueWatches([watch({ next_due: 'soon' })], { now: NOW, granted: all }).due.length, 0);
});

test('local backoff doubles from two days and stops at fourteen', () => {
  assert.deepEqual([0, 1, 2, 3, 4, 5, 10].map((n) => localBackoffMs(n) / DAY_MS), [0, 2, 4, 8, 14, 14, 14]);
});

test('board URLs and permissions: only the five public APIs', () => {
  assert.equal(originPattern('lever', 'eu'), 'https://api.eu.lever.co/*');
  assert.equal(originPattern('lever'), 'https://api.lever.co/*');
  assert.equal(originPattern('smartrecruiters'), 'https://api.smartrecruiters.com/*');
  assert.equal(originPattern('indeed'), null);
  assert.ok(isBoardUrl(GH, 'greenhouse'));
  assert.ok(!isBoardUrl(GH, 'lever'), 'the URL must be the provider’s own');
  assert.ok(!isBoardUrl('http://boards-api.greenhouse.io/v1/boards/acme/jobs', 'greenhouse'), 'https only');
  assert.ok(!isBoardUrl('https://user:pw@boards-api.greenhouse.io/x', 'greenhouse'));
  assert.ok(!isBoardUrl('not a url', 'greenhouse'));
});

test('the test base URL: loopback http only, never a default', () => {
  assert.equal(testBase(undefined), null);
  assert.equal(testBase('http://127.0.0.1:8123'), 'http://127.0.0.1:8123');
  assert.equal(testBase('http://localhost:9'), 'http://localhost:9');
  for (const bad of ['https://127.0.0.1:8123', 'http://127.0.0.1', 'http://10.0.0.1:80', 'http://evil.example:80', 'http://127.0.0.1:8123/x', 'http://127.0.0.1:0']) {
    assert.equal(testBase(bad), null, bad);
  }
  assert.equal(fetchUrlFor(watch()), GH);
  assert.equal(fetchUrlFor(watch(), 'http://127.0.0.1:8123'), 'http://127.0.0.1:8123/boards-api.greenhouse.io/v1/boards/acme/jobs');
  assert.equal(
    fetchUrlFor(watch({ provider: 'lever', url: 'https://api.lever.co/v0/postings/acme?mode=json' }), 'http://127.0.0.1:8123'),
    'http://127.0.0.1:8123/api.lever.co/v0/postings/acme?mode=json',
  );
  assert.equal(fetchUrlFor(watch({ url: 'https://evil.example/' })), null);
});

test('payloads: sent as text, slimmed only when too big for a native message', () => {
  const small = JSON.stringify({ jobs: [{ id: 1, title: 'A', content: '<p>x</p>' }] });
  assert.equal(payloadFor(small), small);
  const big = JSON.stringify([{ id: 'a', text: 'Frontend Engineer', description: 'x'.repeat(MAX_PAYLOAD_CHARS), descriptionPlain: 'y', lists: [] }]);
  const slim = payloadFor(big);
  assert.deepEqual(slim, [{ id: 'a', text: 'Frontend Engineer' }]);
  const bigSr = JSON.stringify({ content: [{ id: '1', name: 'T', jobAd: 'z'.repeat(MAX_PAYLOAD_CHARS) }], totalFound: 1 });
  assert.deepEqual(payloadFor(bigSr), { content: [{ id: '1', name: 'T' }], totalFound: 1 });
  assert.equal(typeof payloadFor('{' + ' '.repeat(MAX_PAYLOAD_CHARS)), 'string', 'not JSON: passed on for the host to refuse');
});

test('one digest for a run', () => {
  assert.equal(digest([], []), null);
  const one = digest([{ title: 'Senior Frontend Engineer', company: 'Acme', next: { action: 'write_contact_first', contact: { name: 'Anna Schmidt' } } }], []);
  assert.equal(one.title, 'Onward: a role worth a look');
  assert.equal(one.message, 'Senior Frontend Engineer at Acme (write to Anna Schmidt first)');
  const many = digest(Array.from({ length: 6 }, (_, i) => ({ title: `Role ${i}`, company: 'Acme', next: { action: 'apply' } })), ['Onward stopped watching Beta: gone.']);
  assert.equal(many.title, 'Onward: 6 roles worth a look');
  assert.deepEqual(many.message.split('\n'), ['Role 0 at Acme', 'Role 1 at Acme', 'Role 2 at Acme', 'Role 3 at Acme', 'and 2 more', 'Onward stopped watching Beta: gone.']);
  assert.equal(digest([], ['The board is gone.']).title, 'Onward: a watch needs you');
});

function harness({ watches, fetchImpl, hostAnswers = {}, storage = new FakeStorage(), granted = () => true, now = NOW }) {
  const calls = [];
  const notified = [];
  const fetched = [];
  const host = {
    async request(cmd, args) {
      calls.push({ cmd, args });
      if (cmd === 'watch.list') return { watches: typeof watches === 'function' ? watches() : watches };
      const answer = hostAnswers[cmd];
      if (answer instanceof Error) throw answer;
      if (typeof answer === 'function') return answer(args);
      if (answer === undefined) throw Object.assign(new Error(`no ${cmd}`), { code: 'unknown_cmd' });
      return answer;
    },
  };
  const runner = new WatchRunner({
    host,
    fetch: async (url, init) => {
      fetched.push({ url, init });
      return fetchImpl(url);
    },
    storage,
    permissions: { contains: async ({ origins }) => granted(origins[0]) },
    notifications: { create: async (id, options) => notified.push({ id, options }) },
    iconUrl: 'chrome-extension://x/icons/onward-128.png',
    now: () => now,
  });
  return { runner, calls, notified, fetched, storage };
}

function response(status, body = '') {
  return { ok: status >= 200 && status < 300, status, statusText: status === 404 ? 'Not Found' : '', text: async () => body };
}

test('runner: fetches what is due, ingests the text as it came, notifies once, and not again the same day', async () => {
  const body = JSON.stringify({ jobs: [] });
  const match = { title: 'Senior Front-End Developer', company: 'Acme', reason: 'fits', next: { action: 'apply' } };
  const h = harness({
    watches: [watch({ id: 1 }), watch({ id: 2, url: 'https://boards-api.greenhouse.io/v1/boards/beta/jobs', company: 'Beta' })],
    fetchImpl: () => response(200, body),
    hostAnswers: { 'postings.ingest': (args) => ({ matches: args.watch_id === 1 ? [match] : [], suppressed: [], warning: null }) },
  });
  const report = await h.runner.run();
  assert.deepEqual(h.fetched.map((f) => f.url), [GH, 'https://boards-api.greenhouse.io/v1/boards/beta/jobs']);
  assert.equal(h.fetched[0].init.credentials, 'omit', 'no cookies go to the boards');
  const ingests = h.calls.filter((c) => c.cmd === 'postings.ingest');
  assert.deepEqual(ingests.map((c) => c.args), [{ watch_id: 1, payload: body }, { watch_id: 2, payload: body }]);
  assert.equal(h.notified.length, 1);
  assert.equal(h.notified[0].id, DIGEST_ID);
  assert.equal(h.notified[0].options.type, 'basic');
  assert.equal(h.notified[0].options.message, 'Senior Front-End Developer at Acme');
  assert.equal(h.storage.data.watchLastDigest.message, 'Senior Front-End Developer at Acme');
  assert.deepEqual(report.fetched, [{ id: 1, outcome: 'ingested' }, { id: 2, outcome: 'ingested' }]);
  // The host still says "due" (a clock skew, a failed write): the runner does not fetch twice a day.
  await h.runner.run();
  assert.equal(h.fetched.length, 2);
  assert.equal(h.notified.length, 1);
});

test('runner: a 404 is reported (the host pauses the watch and the person is told); other errors too', async () => {
  const h = harness({
    watches: [watch({ id: 1 }), watch({ id: 2, url: 'https://boards-api.greenhouse.io/v1/boards/beta/jobs' })],
    fetchImpl: (url) => (url.includes('/acme/') ? response(404) : Promise.reject(new TypeError('Failed to fetch'))),
    hostAnswers: {
      'watch.report_error': (args) => (args.status === 404
        ? { paused: true, notice: 'Onward stopped watching Acme: Greenhouse has no board named "acme".' }
        : { paused: false, notice: 'trying again in 2 days' }),
    },
  });
  await h.runner.run();
  const reports = h.calls.filter((c) => c.cmd === 'watch.report_error').map((c) => c.args);
  assert.deepEqual(reports, [
    { watch_id: 1, status: 404, message: 'Not Found' },
    { watch_id: 2, status: 0, message: 'Failed to fetch' },
  ]);
  assert.equal(h.notified.length, 1);
  assert.equal(h.notified[0].options.title, 'Onward: a watch needs you');
  assert.match(h.notified[0].options.message, /stopped watching Acme/);
});

test('runner: an answer the host refuses is reported as an error, so the watch backs off', async () => {
  const h = harness({
    watches: [watch()],
    fetchImpl: () => response(200, '{"jobs": [{"id": 1, "ti'),
    hostAnswers: {
      'postings.ingest': Object.assign(new Error('args.payload is not complete JSON'), { code: 'invalid_args' }),
      'watch.report_error': { paused: false },
    },
  });
  await h.runner.run();
  const report = h.calls.find((c) => c.cmd === 'watch.report_error');
  assert.equal(report.args.status, 200);
  assert.match(report.args.message, /does not understand/);
  assert.equal(h.notified.length, 0);
});

test('runner: when the host cannot record the failure, the extension backs off by itself', async () => {
  const storage = new FakeStorage();
  let now = NOW;
  let fetches = 0;
  const h = harness({
    watches: [watch()],
    storage,
    fetchImpl: () => {
      fetches++;
      return response(503);
    },
    hostAnswers: { 'watch.report_error': Object.assign(new Error('host exited'), { code: 'host_exited' }) },
  });
  h.runner.now = () => now;
  await h.runner.run();
  assert.equal(storage.data.watchFetch['1'].failures, 1);
  assert.equal(storage.data.watchFetch['1'].retryAt, NOW + 2 * DAY_MS);
  now = NOW + DAY_MS + 1; // a day later: fetched_today is over, but the backoff is not
  await h.runner.run();
  assert.equal(fetches, 1);
  now = NOW + 2 * DAY_MS; // the backoff is over
  await h.runner.run();
  assert.equal(fetches, 2);
  assert.equal(storage.data.watchFetch['1'].failures, 2);
  assert.equal(storage.data.watchFetch['1'].retryAt, now + 4 * DAY_MS);
});

test('runner: no permission, no fetch; the test base URL is used when set', async () => {
  const denied = harness({ watches: [watch()], fetchImpl: () => response(200, '{}'), granted: () => false });
  const report = await denied.runner.run();
  assert.equal(denied.fetched.length, 0);
  assert.deepEqual(report.skipped, [{ id: 1, why: 'no_permission' }]);

  const local = harness({
    watches: [watch()],
    storage: new FakeStorage({ watchTestBase: 'http://127.0.0.1:8123' }),
    fetchImpl: () => response(200, '{"jobs": []}'),
    hostAnswers: { 'postings.ingest': { matches: [], suppressed: [] } },
  });
  await local.runner.run();
  assert.deepEqual(local.fetched.map((f) => f.url), ['http://127.0.0.1:8123/boards-api.greenhouse.io/v1/boards/acme/jobs']);

  const remote = harness({
    watches: [watch()],
    storage: new FakeStorage({ watchTestBase: 'https://collector.example:443' }),
    fetchImpl: () => response(200, '{"jobs": []}'),
    hostAnswers: { 'postings.ingest': { matches: [], suppressed: [] } },
  });
  await remote.runner.run();
  assert.deepEqual(remote.fetched.map((f) => f.url), [GH], 'a base that is not loopback is ignored');
});

test('runner: never two runs at once; calls during a run share one follow-up run', async () => {
  let release;
  const gate = new Promise((r) => { release = r; });
  let list = [watch({ id: 1 })];
  const h = harness({
    watches: () => list,
    fetchImpl: async () => {
      await gate;
      return response(200, '{"jobs": []}');
    },
    hostAnswers: { 'postings.ingest': { matches: [], suppressed: [] } },
  });
  const first = h.runner.run();
  // A watch is added while the first run is fetching: the follow-up run fetches it.
  list = [watch({ id: 1 }), watch({ id: 2, url: 'https://boards-api.greenhouse.io/v1/boards/beta/jobs' })];
  const second = h.runner.run();
  const third = h.runner.run();
  assert.equal(second, third);
  assert.notEqual(first, second);
  release();
  await Promise.all([first, second]);
  assert.deepEqual(h.fetched.map((f) => f.url), [GH, 'https://boards-api.greenhouse.io/v1/boards/beta/jobs']);
  assert.equal(h.calls.filter((c) => c.cmd === 'watch.list').length, 2);
});

const ID = 'fpmjnchfpmlceeolkgghjcdannejclhf';
const env = { extensionId: ID, extensionOrigin: `chrome-extension://${ID}`, contentOrigins: new Set(['https://mail.google.com']) };
const popup = { id: ID, url: `chrome-extension://${ID}/src/popup/popup.html` };
const gmail = { id: ID, url: 'https://mail.google.com/mail/u/0/', tab: { id: 1 } };

function watchRouter() {
  const router = new Router({ env });
  const calls = [];
  let runs = 0;
  const host = {
    async request(cmd, args) {
      calls.push({ cmd, args });
      return { cmd };
    },
  };
  registerWatchHandlers({ router, host, runner: { run: async () => { runs++; return {}; } } });
  return { router, calls, runs: () => runs };
}

test('handlers: the popup only; arguments checked before the host sees them', async () => {
  const { router, calls, runs } = watchRouter();
  const denied = await router.dispatch({ type: 'watch.add', args: { application_id: 1, board: { provider: 'lever', token: 'acme' } } }, gmail);
  assert.equal(denied.ok, false);
  assert.equal(denied.error.code, 'forbidden');
  for (const args of [
    { application_id: 1 },
    { application_id: 1, board: { provider: 'indeed', token: 'acme' } },
    { application_id: 1, board: { provider: 'lever', token: 'acme/../../x' } },
    { application_id: 'x', board: { provider: 'lever', token: 'acme' } },
    { application_id: 1, board: { provider: 'lever', token: 'acme' }, filters: { remote: 'sometimes' } },
  ]) {
    const r = await router.dispatch({ type: 'watch.add', args }, popup);
    assert.equal(r.error && r.error.code, 'invalid_args', JSON.stringify(args));
  }
  assert.equal(calls.length, 0);
  const ok = await router.dispatch({ type: 'watch.add', args: {
    application_id: 3, board: { provider: 'lever', token: 'acme', region: 'eu', extra: 1 }, filters: { locations: ['Berlin'], remote: 'include' },
  } }, popup);
  assert.equal(ok.ok, true);
  assert.deepEqual(calls[0], { cmd: 'watch.add', args: { application_id: 3, board: { provider: 'lever', token: 'acme', region: 'eu' }, filters: { locations: ['Berlin'], remote: 'include' } } });
  await new Promise((r) => setImmediate(r));
  assert.equal(runs(), 1, 'a new watch is fetched right away');
  assert.equal((await router.dispatch({ type: 'watch.update', args: { watch_id: 1, status: 'gone' } }, popup)).error.code, 'invalid_args');
  assert.equal((await router.dispatch({ type: 'watch.remove', args: { watch_id: 2 } }, popup)).ok, true);
  assert.deepEqual(calls.at(-1), { cmd: 'watch.remove', args: { watch_id: 2 } });
});
