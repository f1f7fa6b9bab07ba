// The toolbar popup: the steps due across applications, the pipeline by status, actions
// (done, snooze, skip, open the thread), export and settings. Everything shown comes from the
// background (and so from the host) and goes into the page through textContent only.
import { watchSection } from './watches.js';

const { h, replace } = globalThis.onward.dom;
const { ask } = globalThis.onward;

const main = document.querySelector('[data-role="main"]');
const versionSlot = document.querySelector('[data-role="host-version"]');

const STATUS_NAMES = {
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  rejected: 'Rejected',
  ghosted: 'No answer',
  closed: 'Closed',
  withdrawn: 'Withdrawn',
};

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

function formatDue(due) {
  const t = Date.parse(due);
  if (Number.isNaN(t)) return '';
  return t <= Date.now() ? 'due now' : `due ${dateFormat.format(new Date(t))}`;
}

function statusName(status) {
  return STATUS_NAMES[status] || (status ? status.replace(/_/g, ' ') : 'Unknown');
}

function notice(state, ...lines) {
  return h('div', { class: 'notice', role: 'alert', dataset: { state } }, ...lines.map((text, i) => h('p', { class: i ? 'muted' : null, text })));
}

function renderNotInstalled(message) {
  replace(main, notice('not_installed', message, 'Once it is installed, press Try again.'), h('button', { type: 'button', onclick: () => refresh() }, 'Try again'));
}

function renderFailure(error) {
  replace(main, notice('failed', 'Onward could not talk to its helper.', error.message), h('button', { type: 'button', onclick: () => refresh() }, 'Try again'));
}

function stepItem(step, threads, status) {
  const act = async (type, extra = {}) => {
    status.textContent = '';
    const reply = await ask(type, { application_id: step.application_id, step: step.step, ...extra });
    if (!reply.ok) {
      status.textContent = reply.error.message;
      return;
    }
    await refresh();
  };
  const week = () => new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString();
  const thread = threads[String(step.application_id)];
  return h(
    'li',
    { class: 'step', dataset: { role: 'step', step: step.step } },
    h('div', { class: 'step-head' },
      h('span', { class: 'step-title', text: step.title }),
      h('span', { class: 'muted due', text: formatDue(step.due) })),
    h('div', { class: 'muted', text: [step.company, step.role].filter(Boolean).join(' · ') }),
    step.reason ? h('div', { class: 'reason', text: step.reason }) : null,
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'primary', onclick: () => act('step.complete') }, 'Done'),
      h('button', { type: 'button', onclick: () => act('step.snooze', { until: week() }), title: 'Remind me in a week' }, 'Snooze'),
      h('button', { type: 'button', onclick: () => act('step.skip') }, 'Skip'),
      thread ? h('button', { type: 'button', onclick: () => chromeApi().tabs.create({ url: thread }) }, 'Open thread') : null),
  );
}

function chromeApi() {
  return globalThis.browser || globalThis.chrome;
}

function pipeline(applications) {
  const groups = new Map();
  for (const app of applications) {
    const key = app.status || 'unknown';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(app);
  }
  if (groups.size === 0) return h('p', { class: 'muted', text: 'No applications yet. Open a job email in Gmail or Outlook.' });
  return h('div', {}, ...[...groups].map(([status, apps]) => h('div', { class: 'group', dataset: { status } },
    h('h3', {}, statusName(status), ' ', h('span', { class: 'count', text: String(apps.length) })),
    h('ul', { class: 'apps' }, ...apps.map((a) => h('li', { text: [a.company, a.role].filter(Boolean).join(' · ') }))))));
}

async function exportData(status) {
  const reply = await ask('export');
  if (!reply.ok) {
    status.textContent = reply.error.message;
    return;
  }
  const blob = new Blob([JSON.stringify(reply.result, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = h('a', { download: `onward-export-${new Date().toISOString().slice(0, 10)}.json` });
  a.href = url; // a blob: URL we just made, not page data
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  status.textContent = 'Exported.';
}

function settingsForm(settings) {
  const status = h('span', { class: 'muted', 'aria-live': 'polite' });
  const quiet = h('input', { type: 'number', min: 1, max: 104, name: 'quietPeriodWeeks', value: settings.quietPeriodWeeks });
  const ghost = h('input', { type: 'number', min: 7, max: 365, name: 'ghostingDays', value: settings.ghostingDays });
  const langs = h('input', { type: 'text', name: 'languages', value: settings.languages.join(', '), size: 12 });
  const name = h('input', { type: 'text', name: 'yourName', value: settings.yourName || '', size: 16, maxlength: 100, autocomplete: 'name' });
  const alerts = h('input', { type: 'number', min: 1, max: 10, name: 'watchAlertsPerMonth', value: settings.watchAlertsPerMonth });
  const keep = h('input', { type: 'checkbox', name: 'keepEmailBodies' });
  keep.checked = settings.keepEmailBodies;
  const form = h('form', { class: 'settings' },
    h('label', {}, 'Quiet period before moving on (weeks) ', quiet),
    h('label', {}, 'No answer counts as a no after (days) ', ghost),
    h('label', {}, 'Languages ', langs),
    h('label', {}, 'Your name, to sign drafts ', name),
    h('label', {}, 'Job-board alerts per company a month ', alerts),
    h('label', {}, keep, ' Keep email bodies'),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Save'), status));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const reply = await ask('settings.set', {
      quietPeriodWeeks: Number(quiet.value),
      ghostingDays: Number(ghost.value),
      languages: langs.value.split(/[\s,]+/).filter(Boolean),
      keepEmailBodies: keep.checked,
      yourName: name.value,
      watchAlertsPerMonth: Number(alerts.value),
    });
    status.textContent = reply.ok ? 'Saved.' : reply.error.message;
  });
  return h('details', { dataset: { role: 'settings' } }, h('summary', {}, 'Settings'), form);
}

async function renderReady(hostInfo) {
  versionSlot.textContent = `helper ${hostInfo.version}`;
  const [steps, apps, threads, settings, watches] = await Promise.all([ask('next_steps'), ask('applications.list'), ask('threads'), ask('settings.get'), ask('watch.list')]);
  const status = h('p', { class: 'muted', 'aria-live': 'polite', dataset: { role: 'message' } });
  const stepList = steps.ok ? steps.result.steps || [] : [];
  const threadMap = threads.ok ? threads.result : {};
  replace(
    main,
    h('p', { class: 'hidden-status', dataset: { state: 'ready' } },
      h('span', { dataset: { role: 'host-name' }, text: hostInfo.name }), ' ',
      h('span', { dataset: { role: 'version' }, text: hostInfo.version })),
    h('h2', {}, 'Next steps'),
    steps.ok
      ? stepList.length
        ? h('ul', { class: 'steps', dataset: { role: 'steps' } }, ...stepList.map((s) => stepItem(s, threadMap, status)))
        : h('p', { class: 'muted', dataset: { role: 'steps' }, text: 'Nothing to do right now.' })
      : h('p', { class: 'muted', dataset: { role: 'steps' }, text: steps.error.message }),
    h('h2', {}, 'Pipeline'),
    h('section', { dataset: { role: 'pipeline' } }, apps.ok ? pipeline(apps.result.applications || []) : h('p', { class: 'muted', text: apps.error.message })),
    h('h2', {}, 'Watching'),
    watchSection({ h, ask, api: chromeApi(), refresh, watches, applications: apps.ok ? apps.result.applications || [] : [] }),
    status,
    h('div', { class: 'footer' },
      h('button', { type: 'button', onclick: () => exportData(status) }, 'Export…'),
      settings.ok ? settingsForm(settings.result) : null),
  );
}

async function refresh() {
  versionSlot.textContent = '';
  const reply = await ask('status');
  if (!reply.ok) return renderFailure(reply.error);
  const { state, host, error } = reply.result;
  if (state === 'ready' && host) return renderReady(host);
  if (state === 'not_installed') return renderNotInstalled(error.message);
  return renderFailure(error ?? { message: `The helper is ${state}.` });
}

refresh();
