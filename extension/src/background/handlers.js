// The background's named handlers: each checks its args, asks the host, shapes the reply.
// Content scripts may only do what a page needs (read an opened email, draft, log a profile);
// the pipeline, the steps, export and settings are for the extension's own pages.
import { Caller } from './router.js';

const { PAGE, CONTENT } = Caller;

const MAX_BODY_CHARS = 200_000;
const PROVIDERS = new Set(['gmail', 'outlook']);

function invalid(message) {
  return Object.assign(new Error(message), { code: 'invalid_args' });
}

function str(args, name, { required = true, max = 2000 } = {}) {
  const v = args[name];
  if (v === undefined || v === null || v === '') {
    if (required) throw invalid(`${name} is missing.`);
    return undefined;
  }
  if (typeof v !== 'string') throw invalid(`${name} must be text.`);
  return v.length > max ? v.slice(0, max) : v;
}

function appId(args) {
  const id = args.application_id;
  if (!(typeof id === 'string' && id) && !Number.isInteger(id)) throw invalid('application_id is missing.');
  return id;
}

/** Only the fields the host's email.ingest takes, checked, and the body capped. */
function emailArgs(args) {
  const provider = str(args, 'provider', { max: 32 });
  if (!PROVIDERS.has(provider)) throw invalid(`Unknown provider "${provider}".`);
  const email = {
    provider,
    message_id: str(args, 'message_id', { max: 512 }),
    thread_id: str(args, 'thread_id', { max: 512 }),
    from: str(args, 'from', { max: 1000 }),
    subject: str(args, 'subject', { required: false, max: 2000 }) ?? '',
    date: str(args, 'date', { required: false, max: 100 }) ?? '',
    body: str(args, 'body', { required: false, max: MAX_BODY_CHARS }) ?? '',
  };
  const url = str(args, 'url', { required: false, max: 4000 });
  if (url && /^https:\/\//.test(url)) email.url = url;
  return email;
}

/**
 * @param {object} deps  { router, host (NativePortClient), state (LocalState), badge: () => Promise }
 */
export function registerHandlers({ router, host, state, badge }) {
  const call = (cmd, args) => host.request(cmd, args);
  const changed = (result) => {
    badge().catch((err) => console.warn('onward: badge', err.message));
    return result;
  };

  router.on('status', async () => {
    try {
      await host.connect();
    } catch {
      // The state and its error say what happened.
    }
    return host.status();
  }, { from: [PAGE, CONTENT] });

  // An email was opened in a webmail. Decide with the host's classification whether to record
  // it now, ask first (middling confidence, unless `confirmed`), or show nothing.
  router.on('mail.opened', async (args) => {
    const email = emailArgs(args);
    if (await state.isDismissed(`${email.provider}:${email.thread_id}`)) return { action: 'none', reason: 'dismissed' };
    const settings = await state.settings();
    if (args.confirmed !== true) {
      const c = await call('classify', { subject: email.subject, from: email.from, body: email.body, date: email.date });
      if (!c || c.label === 'other' || c.label === 'job_alert' || !(c.confidence >= settings.askAbove)) {
        return { action: 'none' };
      }
      if (c.confidence < settings.recordAbove) {
        return { action: 'ask', label: c.label, confidence: c.confidence };
      }
    }
    const r = await call('email.ingest', email);
    if (!r || r.label === 'other' || r.label === 'job_alert') return { action: 'none' };
    if (r.application && email.url) await state.rememberThread(r.application.id, email.url);
    return changed({ action: 'show', label: r.label, confidence: r.confidence, application: r.application ?? null, next_step: r.next_step ?? null });
  }, { from: [CONTENT] });

  router.on('thread.dismiss', async (args) => {
    const provider = str(args, 'provider', { max: 32 });
    const thread = str(args, 'thread_id', { max: 512 });
    await state.dismiss(`${provider}:${thread}`);
    return { dismissed: true };
  }, { from: [CONTENT] });

  router.on('draft.reply', async (args) => {
    const out = { application_id: appId(args) };
    const tone = str(args, 'tone', { required: false, max: 32 });
    if (tone) out.tone = tone;
    const lang = str(args, 'lang', { required: false, max: 8 });
    if (lang) out.lang = lang;
    return call('draft.reply', out);
  }, { from: [CONTENT, PAGE] });

  router.on('linkedin.log', async (args) => {
    const p = args.profile;
    if (!p || typeof p !== 'object') throw invalid('profile is missing.');
    const profile = {
      url: str(p, 'url', { max: 500 }),
      name: str(p, 'name', { max: 300 }),
      headline: str(p, 'headline', { required: false, max: 500 }) ?? '',
      company: str(p, 'company', { required: false, max: 300 }) ?? '',
    };
    if (!/^https:\/\/www\.linkedin\.com\/in\/[^/]+\/?$/.test(profile.url)) throw invalid('That is not a LinkedIn profile address.');
    const out = { profile };
    if (args.application_id !== undefined) out.application_id = appId(args);
    return changed(await call('linkedin.log', out));
  }, { from: [CONTENT] });

  router.on('draft.connection_note', (args) => call('draft.connection_note', { application_id: appId(args) }), { from: [CONTENT, PAGE] });

  router.on('applications.list', () => call('applications.list', {}), { from: [CONTENT, PAGE] });

  router.on('next_steps', () => call('next_steps', { now: new Date().toISOString() }), { from: [PAGE] });

  for (const cmd of ['step.complete', 'step.skip', 'step.snooze']) {
    router.on(cmd, async (args) => {
      const out = { application_id: appId(args), step: str(args, 'step', { max: 32 }) };
      if (cmd === 'step.snooze') out.until = str(args, 'until', { max: 64 });
      return changed(await call(cmd, out));
    }, { from: [PAGE] });
  }

  router.on('export', () => call('export', {}), { from: [PAGE] });

  router.on('threads', () => state.threads(), { from: [PAGE] });

  router.on('settings.get', () => state.settings(), { from: [PAGE] });
  router.on('settings.set', async (args) => {
    const next = await state.updateSettings(args);
    // The host takes the settings that shape its steps when it knows the command.
    if (host.hostInfo && Array.isArray(host.hostInfo.commands) && host.hostInfo.commands.includes('settings.set')) {
      await call('settings.set', {
        quiet_period_weeks: next.quietPeriodWeeks,
        ghosting_days: next.ghostingDays,
        languages: next.languages,
        keep_email_bodies: next.keepEmailBodies,
        your_name: next.yourName,
        watch_alerts_per_month: next.watchAlertsPerMonth,
      });
    }
    return changed(next);
  }, { from: [PAGE] });
}
