// The in-page panel beside an opened email: an element with data-onward="panel" and an open
// shadow root (so tests and assistive tech can reach it), styles isolated inside the shadow
// root, light and dark. All text goes in through textContent (shared/dom.js).
(function (root) {
  'use strict';
  const ns = (root.onward = root.onward || {});

  const CSS = `
:host { all: initial; display: block; max-width: 660px; margin: 8px 0 12px; contain: content; }
.card {
  --bg: #f3f8f5; --fg: #1f2328; --muted: #59636e; --line: #b7d3c4; --accent: #0b6e4f; --accent-fg: #fff;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  background: var(--bg); color: var(--fg);
  border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: 8px;
  padding: 10px 12px; max-width: 640px; position: relative;
}
@media (prefers-color-scheme: dark) {
  .card { --bg: #14201b; --fg: #e6edf3; --muted: #9198a1; --line: #2c4a3d; --accent: #3fb98a; --accent-fg: #0d1117; }
}
.head { display: flex; align-items: center; gap: 8px; margin-right: 24px; }
.brand { font-weight: 600; color: var(--accent); }
.title { font-weight: 600; font-size: 14px; margin: 6px 0 2px; }
.reason, .status, .line { margin: 2px 0; }
.status, .muted { color: var(--muted); font-size: 12px; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 8px; }
button {
  font: inherit; padding: 4px 12px; border-radius: 6px; cursor: pointer;
  border: 1px solid var(--line); background: transparent; color: var(--fg);
}
button.primary { background: var(--accent); border-color: var(--accent); color: var(--accent-fg); }
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
select, textarea {
  font: inherit; color: var(--fg); background: transparent; border: 1px solid var(--line); border-radius: 6px; padding: 3px 6px;
}
textarea { display: block; width: 100%; box-sizing: border-box; resize: vertical; margin: 4px 0; }
label.line { display: block; margin-top: 6px; }
button.close {
  position: absolute; top: 6px; right: 6px; border: none; padding: 2px 6px; font-size: 16px; line-height: 1;
  color: var(--muted);
}
`;

  class Panel {
    /**
     * @param {Element} anchor  the panel is inserted before this element
     * @param {object} options  { onDismiss(), marker: data-onward value, after: insert after anchor }
     */
    constructor(anchor, { onDismiss, marker = 'panel', after = false, label = 'Onward' } = {}) {
      const doc = anchor.ownerDocument;
      this.doc = doc;
      this.host = doc.createElement('div');
      this.host.setAttribute('data-onward', marker);
      this.shadow = this.host.attachShadow({ mode: 'open' });
      const style = doc.createElement('style');
      style.textContent = CSS;
      this.card = doc.createElement('section');
      this.card.className = 'card';
      this.card.setAttribute('role', 'region');
      this.card.setAttribute('aria-label', label);
      this.shadow.append(style, this.card);
      this.onDismiss = onDismiss;
      anchor.parentNode.insertBefore(this.host, after ? anchor.nextSibling : anchor);
    }

    // Texts lose explicit bidi controls in ns.dom.h (see dom.js).
    h(tag, props, ...children) {
      return ns.dom.h(tag, { ...(props || {}), document: this.doc }, ...children);
    }

    /** Replaces the panel's content: a header, the given body nodes, and the close button. */
    render(...body) {
      const close = this.h('button', {
        class: 'close',
        type: 'button',
        title: 'Hide Onward for this conversation',
        'aria-label': 'Hide Onward for this conversation',
        onclick: () => this.dismiss(),
      }, '×');
      ns.dom.replace(this.card, this.h('div', { class: 'head' }, this.h('span', { class: 'brand', text: 'Onward' })), ...body, close);
    }

    /** The helper's state, as the background reports it ({ state, host, error }). */
    renderStatus(status) {
      const text = status.state === 'ready' && status.host
        ? `Onward helper ${status.host.version} is connected.`
        : (status.error && status.error.message) || 'The Onward helper is not available.';
      this.render(this.h('p', { class: 'status', dataset: { role: 'host-status' }, text }));
    }

    /** A one-line note ("Interview invitation from Tidewater: logged"). */
    renderLine(text, role = 'line') {
      this.render(this.h('p', { class: 'line', dataset: { role }, text }));
    }

    /**
     * A step to take: its title, its reason, and (for "respond") the button that puts the
     * drafted reply into the reply box.
     */
    renderStep({ summary, step, onInsert }) {
      const status = this.h('p', { class: 'status', dataset: { role: 'status' }, 'aria-live': 'polite' });
      const actions = this.h('div', { class: 'actions' });
      if (onInsert) {
        const insert = this.h('button', { class: 'primary', type: 'button', dataset: { action: 'insert-reply' } }, 'Insert reply');
        insert.addEventListener('click', async () => {
          insert.disabled = true;
          status.textContent = 'Drafting…';
          try {
            status.textContent = await onInsert();
          } catch (err) {
            status.textContent = err.message;
          } finally {
            insert.disabled = false;
          }
        });
        actions.append(insert);
      }
      this.render(
        this.h('p', { class: 'muted', dataset: { role: 'summary' }, text: summary }),
        this.h('p', { class: 'title', dataset: { role: 'step-title' }, text: step.title }),
        step.reason ? this.h('p', { class: 'reason', dataset: { role: 'step-reason' }, text: step.reason }) : null,
        actions,
        status,
      );
    }

    /** Asks before anything is recorded; resolves true (record) or false. */
    ask(question) {
      return new Promise((resolve) => {
        const yes = this.h('button', { class: 'primary', type: 'button', dataset: { action: 'record' } }, 'Yes, record it');
        const no = this.h('button', { type: 'button', dataset: { action: 'ignore' } }, 'No');
        yes.addEventListener('click', () => resolve(true));
        no.addEventListener('click', () => resolve(false));
        this.render(this.h('p', { class: 'line', dataset: { role: 'question' }, text: question }), this.h('div', { class: 'actions' }, yes, no));
      });
    }

    dismiss() {
      this.remove();
      if (this.onDismiss) this.onDismiss();
    }

    remove() {
      this.host.remove();
    }
  }

  ns.Panel = Panel;
})(globalThis);
