// The toolbar popup. Everything shown comes from the background (and so from the host) and
// goes into the page through textContent only (shared/dom.js).
const { h, replace } = globalThis.onward.dom;
const { ask } = globalThis.onward;

const main = document.querySelector('[data-role="main"]');
const versionSlot = document.querySelector('[data-role="host-version"]');

function renderNotInstalled(message) {
  replace(
    main,
    h(
      'div',
      { class: 'notice', role: 'alert', dataset: { state: 'not_installed' } },
      h('p', { text: message }),
      h('p', { class: 'muted', text: 'Once it is installed, press Try again.' }),
    ),
    h('button', { type: 'button', onclick: () => refresh() }, 'Try again'),
  );
}

function renderFailure(error) {
  replace(
    main,
    h(
      'div',
      { class: 'notice', role: 'alert', dataset: { state: 'failed' } },
      h('p', { text: 'Onward could not talk to its helper.' }),
      h('p', { class: 'muted', text: error.message }),
    ),
    h('button', { type: 'button', onclick: () => refresh() }, 'Try again'),
  );
}

function renderReady(hostInfo) {
  versionSlot.textContent = `helper ${hostInfo.version}`;
  replace(
    main,
    h(
      'p',
      { dataset: { state: 'ready' } },
      'Connected to ',
      h('span', { dataset: { role: 'host-name' }, text: hostInfo.name }),
      ' ',
      h('span', { dataset: { role: 'version' }, text: hostInfo.version }),
      ` (protocol ${hostInfo.protocol}).`,
    ),
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
