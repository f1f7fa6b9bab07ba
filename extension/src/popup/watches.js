// The popup's "Watching" section: the company watches with what they found (each match with its
// reason), pause/resume and remove, and a form to add one, pre-filled from the host's guess
// (watch.suggest). The host permission for the board's API is asked for right in the click
// handler, the user gesture the browsers require. DOM through h()/textContent only.
import { originPattern } from '../background/watches.js';

const PROVIDERS = [
  ['greenhouse', 'Greenhouse'],
  ['lever', 'Lever'],
  ['lever-eu', 'Lever (EU)'],
  ['ashby', 'Ashby'],
  ['workable', 'Workable'],
  ['smartrecruiters', 'SmartRecruiters'],
];

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

function when(iso) {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? '' : dateFormat.format(new Date(t));
}

/** The host's reason starts with the posting's title, which the link above already shows. */
function withoutTitle(posting) {
  const prefix = `${posting.title}: `;
  const reason = String(posting.reason || '');
  if (!reason.startsWith(prefix)) return reason;
  const rest = reason.slice(prefix.length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

function splitProvider(value) {
  return value === 'lever-eu' ? { provider: 'lever', region: 'eu' } : { provider: value };
}

function watchItem(w, { h, act }) {
  const state = w.status === 'paused'
    ? w.paused_reason || 'Paused.'
    : w.last_error
      ? `Could not read the board (${w.last_error}); next try ${when(w.next_due)}.`
      : `Next check ${w.due ? 'now' : when(w.next_due)}.`;
  const alerts = Array.isArray(w.recent_alerts) ? w.recent_alerts : [];
  return h('li', { class: 'watch', dataset: { role: 'watch', status: w.status, watchId: String(w.id) } },
    h('div', { class: 'step-head' },
      h('span', { class: 'step-title', text: [w.company, w.role].filter(Boolean).join(' · ') || `Application ${w.application_id}` }),
      h('span', { class: 'muted', text: `${w.provider_name}: ${w.token}` })),
    h('div', { class: w.status === 'paused' ? 'reason warn' : 'muted', dataset: { role: 'watch-state' }, text: state }),
    alerts.length
      ? h('ul', { class: 'alerts', dataset: { role: 'matches' } }, ...alerts.map((a) => h('li', { dataset: { role: 'match' } },
        h('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer', text: a.title }),
        h('div', { class: 'muted reason', text: withoutTitle(a) }))))
      : null,
    h('div', { class: 'actions' },
      w.status === 'paused'
        ? h('button', { type: 'button', onclick: () => act('watch.update', { watch_id: w.id, status: 'active' }) }, 'Resume')
        : h('button', { type: 'button', onclick: () => act('watch.update', { watch_id: w.id, status: 'paused' }) }, 'Pause'),
      h('button', { type: 'button', onclick: () => act('watch.remove', { watch_id: w.id }) }, 'Remove')));
}

function addForm(applications, { h, ask, api, refresh }) {
  const status = h('span', { class: 'muted', 'aria-live': 'polite', dataset: { role: 'watch-message' } });
  const hint = h('div', { class: 'muted', dataset: { role: 'watch-hint' } });
  const app = h('select', { name: 'application', dataset: { role: 'watch-application' } },
    ...applications.map((a) => h('option', { value: String(a.id), text: [a.company, a.role].filter(Boolean).join(' · ') || `Application ${a.id}` })));
  const provider = h('select', { name: 'provider', dataset: { role: 'watch-provider' } },
    ...PROVIDERS.map(([value, label]) => h('option', { value, text: label })));
  const token = h('input', { type: 'text', name: 'token', size: 16, placeholder: 'board name, e.g. acme', dataset: { role: 'watch-token' } });
  const places = h('input', { type: 'text', name: 'places', size: 16, placeholder: 'Berlin, Lisbon (optional)', dataset: { role: 'watch-places' } });
  const remote = h('select', { name: 'remote' },
    h('option', { value: 'include', text: 'remote roles too' }),
    h('option', { value: 'only', text: 'remote roles only' }),
    h('option', { value: 'exclude', text: 'no remote roles' }));

  let typed = false;
  token.addEventListener('input', () => { typed = true; });
  provider.addEventListener('change', () => { typed = true; });
  async function prefill() {
    hint.textContent = '';
    const reply = await ask('watch.suggest', { application_id: Number(app.value) });
    const first = reply.ok && reply.result.suggestions && reply.result.suggestions[0];
    // A guess never overwrites what the person typed or picked.
    if (!first || typed) return;
    provider.value = first.provider === 'lever' && first.region === 'eu' ? 'lever-eu' : first.provider;
    token.value = first.token;
    hint.textContent = first.why;
  }
  app.addEventListener('change', () => { prefill(); });

  const form = h('form', { class: 'settings', dataset: { role: 'watch-form' } },
    h('label', {}, 'Application ', app),
    h('label', {}, 'Job board ', provider),
    h('label', {}, 'Board name ', token),
    hint,
    h('label', {}, 'Places ', places),
    h('label', {}, 'and ', remote),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Watch'), status));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const board = { ...splitProvider(provider.value), token: token.value.trim() };
    const origin = originPattern(board.provider, board.region);
    // Asked first, synchronously in the gesture: Firefox refuses a request made after an await.
    const granting = api.permissions.request({ origins: [origin] });
    status.textContent = '';
    let granted = false;
    try {
      granted = await granting;
    } catch (err) {
      status.textContent = err.message;
      return;
    }
    if (!granted) {
      status.textContent = `Onward needs your permission to read ${new URL(origin.replace('/*', '/')).host}. Nothing was added.`;
      return;
    }
    const filters = { remote: remote.value };
    const list = places.value.split(',').map((p) => p.trim()).filter(Boolean);
    if (list.length) filters.locations = list;
    const reply = await ask('watch.add', { application_id: Number(app.value), board, filters });
    if (!reply.ok) {
      status.textContent = reply.error.message;
      return;
    }
    status.textContent = reply.result.warning || 'Watching. Onward checks the board once a day.';
    setTimeout(() => refresh(), reply.result.warning ? 4000 : 1500);
  });
  prefill();
  return h('details', { dataset: { role: 'watch-add' } }, h('summary', {}, 'Watch a company’s job board'), form);
}

/**
 * @param {object} options
 * @param {{ok: boolean, result?: {watches: object[]}, error?: object}} options.watches  the watch.list reply
 * @param {object[]} options.applications
 */
export function watchSection({ h, ask, api, refresh, watches, applications }) {
  const status = h('p', { class: 'muted', 'aria-live': 'polite' });
  const act = async (type, args) => {
    status.textContent = '';
    const reply = await ask(type, args);
    if (!reply.ok) {
      status.textContent = reply.error.message;
      return;
    }
    await refresh();
  };
  const list = watches.ok ? watches.result.watches || [] : [];
  // Rejected and silent applications first: those are the ones to keep an eye on.
  const order = { rejected: 0, ghosted: 1 };
  const apps = [...applications].sort((a, b) => (order[a.status] ?? 2) - (order[b.status] ?? 2));
  return h('section', { dataset: { role: 'watches' } },
    !watches.ok
      ? h('p', { class: 'muted', text: watches.error.message })
      : list.length
        ? h('ul', { class: 'steps' }, ...list.map((w) => watchItem(w, { h, act })))
        : h('p', { class: 'muted', text: 'No company watched yet. Onward tells you only about roles that fit you closely.' }),
    status,
    apps.length ? addForm(apps, { h, ask, api, refresh }) : null);
}
