import { test } from 'node:test';
import assert from 'node:assert/strict';

import { Router } from '../../extension/src/background/router.js';
import { registerHandlers } from '../../extension/src/background/handlers.js';
import { LocalState, validateSettings } from '../../extension/src/background/settings.js';
import { dueCount } from '../../extension/src/background/badge.js';

const ID = 'fpmjnchfpmlceeolkgghjcdannejclhf';
const env = { extensionId: ID, extensionOrigin: `chrome-extension://${ID}`, contentOrigins: new Set(['https://mail.google.com', 'https://www.linkedin.com']) };
const popup = { id: ID, url: `chrome-extension://${ID}/src/popup/popup.html` };
const gmail = { id: ID, url: 'https://mail.google.com/mail/u/0/', tab: { id: 1 } };

class FakeStorage {
  constructor() {
    this.data = {};
  }
  async get(key) {
    return key in this.data ? { [key]: structuredClone(this.data[key]) } : {};
  }
  async set(items) {
    Object.assign(this.data, structuredClone(items));
  }
}

/** A host client whose answers the test scripts per command; records every call. */
function fakeHost(answers) {
  const calls = [];
  return {
    calls,
    hostInfo: { name: 'onward-host', commands: Object.keys(answers) },
    connect: async () => ({}),
    status: () => ({ state: 'ready' }),
    async request(cmd, args) {
      calls.push({ cmd, args });
      const answer = answers[cmd];
      if (!answer) throw Object.assign(new Error(`no ${cmd}`), { code: 'unknown_cmd' });
      return typeof answer === 'function' ? answer(args) : answer;
    },
  };
}

function setup(answers) {
  const router = new Router({ env });
  const host = fakeHost(answers);
  const state = new LocalState(new FakeStorage());
  let badges = 0;
  registerHandlers({ router, host, state, badge: async () => badges++ });
  return { router, host, state, badges: () => badges };
}

const EMAIL = {
  provider: 'gmail',
  message_id: 'msg-f:1',
  thread_id: 'thread-f:1',
  from: 'Jordan Lee <jordan.lee@tidewater.example>',
  subject: 'Your application to Tidewater',
  date: '2026-11-24T10:12:00.000Z',
  body: 'We have decided to move forward with other candidates.',
  url: 'https://mail.google.com/mail/u/0/#inbox/abc',
};
const APP = { id: 7, company: 'Tidewater', role: 'Senior Data Analyst', status: 'rejected' };
const STEP = { application_id: 7, step: 'respond', title: 'Respond graciously', reason: 'Keep the door open.', due: '2026-11-26T10:12:00Z' };

test('mail.opened: confident classification is ingested and shown', async () => {
  const { router, host, state, badges } = setup({
    classify: { label: 'rejection', confidence: 0.93 },
    'email.ingest': { label: 'rejection', confidence: 0.93, application: APP, next_step: STEP },
  });
  const reply = await router.dispatch({ type: 'mail.opened', args: { ...EMAIL, extra: 'dropped' } }, gmail);
  assert.deepEqual(reply, { ok: true, result: { action: 'show', label: 'rejection', confidence: 0.93, application: APP, next_step: STEP } });
  assert.deepEqual(host.calls.map((c) => c.cmd), ['classify', 'email.ingest']);
  assert.deepEqual(Object.keys(host.calls[1].args).sort(), ['body', 'date', 'from', 'message_id', 'provider', 'subject', 'thread_id', 'url']);
  assert.deepEqual(await state.threads(), { 7: EMAIL.url });
  assert.equal(badges(), 1);
});

test('mail.opened: middling confidence asks first and records nothing; confirmed records', async () => {
  const { router, host } = setup({
    classify: { label: 'rejection', confidence: 0.6 },
    'email.ingest': { label: 'rejection', confidence: 0.6, application: APP, next_step: STEP },
  });
  const asked = await router.dispatch({ type: 'mail.opened', args: EMAIL }, gmail);
  assert.deepEqual(asked.result, { action: 'ask', label: 'rejection', confidence: 0.6 });
  assert.equal(host.calls.some((c) => c.cmd === 'email.ingest'), false, 'nothing recorded before the person says so');
  const confirmed = await router.dispatch({ type: 'mail.opened', args: { ...EMAIL, confirmed: true } }, gmail);
  assert.equal(confirmed.result.action, 'show');
  assert.equal(host.calls.filter((c) => c.cmd === 'classify').length, 1);
});

test('mail.opened: not about jobs, low confidence, job alerts and dismissed threads show nothing', async () => {
  for (const c of [{ label: 'other', confidence: 0.9 }, { label: 'rejection', confidence: 0.3 }, { label: 'job_alert', confidence: 0.95 }]) {
    const { router, host } = setup({ classify: c, 'email.ingest': {} });
    assert.deepEqual((await router.dispatch({ type: 'mail.opened', args: EMAIL }, gmail)).result, { action: 'none' }, JSON.stringify(c));
    assert.equal(host.calls.some((x) => x.cmd === 'email.ingest'), false);
  }
  const { router, host } = setup({ classify: { label: 'rejection', confidence: 0.99 } });
  await router.dispatch({ type: 'thread.dismiss', args: { provider: 'gmail', thread_id: 'thread-f:1' } }, gmail);
  assert.deepEqual((await router.dispatch({ type: 'mail.opened', args: EMAIL }, gmail)).result, { action: 'none', reason: 'dismissed' });
  assert.equal(host.calls.length, 0, 'a dismissed thread is not even classified');
});

test('mail.opened: args are checked before the host is asked', async () => {
  const { router, host } = setup({ classify: { label: 'rejection', confidence: 0.99 } });
  const bad = [{ ...EMAIL, provider: 'yahoo' }, { ...EMAIL, message_id: '' }, { ...EMAIL, from: 42 }];
  for (const args of bad) assert.equal((await router.dispatch({ type: 'mail.opened', args }, gmail)).error.code, 'invalid_args');
  assert.equal(host.calls.length, 0);
});

test('host errors reach the caller with their code', async () => {
  const { router } = setup({ classify: () => { throw Object.assign(new Error('Down.'), { code: 'host_exited' }); } });
  assert.deepEqual(await router.dispatch({ type: 'mail.opened', args: EMAIL }, gmail), { ok: false, error: { code: 'host_exited', message: 'Down.' } });
});

test('content scripts cannot export, change steps or settings; the popup can', async () => {
  const { router } = setup({ export: { applications: [] }, 'step.complete': APP, next_steps: { steps: [] } });
  for (const type of ['export', 'step.complete', 'settings.set', 'next_steps', 'threads']) {
    assert.equal((await router.dispatch({ type, args: {} }, gmail)).error.code, 'forbidden', type);
  }
  assert.equal((await router.dispatch({ type: 'export' }, popup)).ok, true);
  const done = await router.dispatch({ type: 'step.complete', args: { application_id: 7, step: 'respond' } }, popup);
  assert.deepEqual(done, { ok: true, result: APP });
});

test('linkedin.log: only LinkedIn profile URLs; the profile fields are passed on', async () => {
  const { router, host } = setup({ 'linkedin.log': (a) => ({ contact: { id: 1, ...a.profile }, application: APP }) });
  const profile = { url: 'https://www.linkedin.com/in/jordan-lee-talent/', name: 'Jordan Lee', headline: 'Talent', company: 'Tidewater' };
  const ok = await router.dispatch({ type: 'linkedin.log', args: { profile, application_id: 7 } }, gmail);
  assert.equal(ok.ok, true);
  assert.deepEqual(host.calls[0].args, { profile, application_id: 7 });
  const bad = await router.dispatch({ type: 'linkedin.log', args: { profile: { ...profile, url: 'https://evil.example/in/x/' } } }, gmail);
  assert.equal(bad.error.code, 'invalid_args');
});

test('settings: defaults, validation, stored; pushed to the host when it has settings.set', async () => {
  const { router, host } = setup({ 'settings.set': {} });
  const defaults = (await router.dispatch({ type: 'settings.get' }, popup)).result;
  assert.equal(defaults.keepEmailBodies, false);
  const saved = await router.dispatch({ type: 'settings.set', args: { quietPeriodWeeks: 10, languages: ['en', 'de'] } }, popup);
  assert.equal(saved.result.quietPeriodWeeks, 10);
  assert.deepEqual(host.calls.at(-1), { cmd: 'settings.set', args: { quiet_period_weeks: 10, ghosting_days: 30, languages: ['en', 'de'], keep_email_bodies: false, your_name: '', watch_alerts_per_month: 2 } });
  const named = await router.dispatch({ type: 'settings.set', args: { yourName: '  Jane Doe ', watchAlertsPerMonth: 4 } }, popup);
  assert.equal(named.result.yourName, 'Jane Doe');
  assert.equal(host.calls.at(-1).args.your_name, 'Jane Doe');
  assert.equal(host.calls.at(-1).args.watch_alerts_per_month, 4);
  assert.throws(() => validateSettings({ watchAlertsPerMonth: 11 }), { code: 'invalid_args' });
  assert.throws(() => validateSettings({ yourName: 'x'.repeat(201) }), { code: 'invalid_args' });
  assert.throws(() => validateSettings({ quietPeriodWeeks: 0 }), { code: 'invalid_args' });
  assert.throws(() => validateSettings({ ghostingDays: 3 }), { code: 'invalid_args' });
  assert.throws(() => validateSettings({ languages: ['english'] }), { code: 'invalid_args' });
  assert.throws(() => validateSettings({ keepEmailBodies: 'yes' }), { code: 'invalid_args' });
});

test('badge: counts the steps due now', () => {
  const now = new Date('2026-11-25T00:00:00Z');
  assert.equal(dueCount([{ due: '2026-11-24T00:00:00Z' }, { due: '2026-11-26T00:00:00Z' }, { due: null }], now), 2);
  assert.equal(dueCount(undefined, now), 0);
});
