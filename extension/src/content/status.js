// Phase-one entry on webmail: beside the opened Gmail message, a panel that shows whether the
// Onward helper answers (the background asks the host for `hello`).
(function (root) {
  'use strict';
  const ns = (root.onward = root.onward || {});

  async function showStatus() {
    const message = root.document.querySelector('div.adn[data-message-id], div.adn[data-legacy-message-id]');
    if (!message || root.document.querySelector('[data-onward="panel"]')) return;
    const panel = new ns.Panel(message);
    panel.render(panel.h('p', { class: 'status', text: 'Asking the Onward helper…' }));
    const reply = await ns.ask('status');
    if (reply.ok) panel.renderStatus(reply.result);
    else panel.renderStatus({ state: 'failed', error: reply.error });
  }

  ns.showStatus = showStatus;
  showStatus();
})(globalThis);
