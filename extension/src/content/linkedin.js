// LinkedIn: on the profile the person is looking at, a small control (data-onward="linkedin")
// offering "Log follow-up". One click reads the profile; the person confirms it and picks the
// application; the host records it (linkedin.log); the connection note is shown, ready to copy.
// Nothing is sent, clicked or typed on LinkedIn by Onward.
(function (root) {
  'use strict';
  const ns = (root.onward = root.onward || {});

  function norm(s) {
    return String(s || '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  }

  class LinkedInControl {
    constructor(adapter, { doc = root.document, win = root, ask = ns.ask, debounceMs = 300 } = {}) {
      this.adapter = adapter;
      this.doc = doc;
      this.win = win;
      this.ask = ask;
      this.debounceMs = debounceMs;
      this.panel = null;
      this.path = null;
    }

    start() {
      // LinkedIn moves between pages without loading them: history changes (popstate, and the
      // Navigation API where the browser has it) and the DOM changes that follow both lead to a check.
      this.onNavigate = () => this.schedule();
      this.win.addEventListener('popstate', this.onNavigate);
      if (this.win.navigation && typeof this.win.navigation.addEventListener === 'function') {
        this.win.navigation.addEventListener('navigatesuccess', this.onNavigate);
      }
      this.observer = new this.win.MutationObserver((records) => {
        if (records.some((r) => [...r.addedNodes].some((n) => n.nodeType !== 1 || !n.hasAttribute('data-onward')))) this.schedule();
      });
      this.observer.observe(this.adapter.observeRoot(this.doc), { childList: true, subtree: true });
      this.check();
      return this;
    }

    schedule() {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.check(), this.debounceMs);
    }

    check() {
      const onProfile = this.adapter.matches(this.win.location);
      const path = this.win.location.pathname;
      if (this.panel && this.panel.host.isConnected && path === this.path) return;
      if (this.panel) this.panel.remove();
      this.panel = null;
      this.path = path;
      const anchor = onProfile && this.adapter.anchor(this.doc);
      if (!anchor) return;
      this.panel = new ns.Panel(anchor, { marker: 'linkedin', after: true, label: 'Onward for LinkedIn' });
      this.renderStart();
    }

    renderStart() {
      const p = this.panel;
      p.render(p.h('div', { class: 'actions' }, p.h('button', { class: 'primary', type: 'button', onclick: () => this.review() }, 'Log follow-up')));
    }

    async review() {
      const p = this.panel;
      const profile = this.adapter.readProfile(this.doc);
      if (!profile || !profile.name) {
        p.renderLine('Onward could not read this profile.');
        return;
      }
      const list = await this.ask('applications.list', {});
      const applications = list.ok && Array.isArray(list.result.applications) ? list.result.applications : [];
      const select = p.h('select', { 'aria-label': 'Application', dataset: { role: 'application' } },
        p.h('option', { value: '' }, 'No application'));
      let picked = '';
      for (const app of applications) {
        const option = p.h('option', { value: String(app.id) }, `${app.company}${app.role ? ` — ${app.role}` : ''}`);
        if (!picked && profile.company && norm(app.company) === norm(profile.company)) {
          picked = String(app.id);
        }
        select.append(option);
      }
      select.value = picked;
      p.render(
        p.h('p', { class: 'title', dataset: { role: 'profile-name' }, text: profile.name }),
        profile.headline ? p.h('p', { class: 'reason', dataset: { role: 'profile-headline' }, text: profile.headline }) : null,
        profile.company ? p.h('p', { class: 'muted', text: `Current company: ${profile.company}` }) : null,
        p.h('label', { class: 'line' }, 'Follow-up for ', select),
        p.h('div', { class: 'actions' },
          p.h('button', { class: 'primary', type: 'button', onclick: () => this.log(profile, select.value) }, 'Log it'),
          p.h('button', { type: 'button', onclick: () => this.renderStart() }, 'Cancel')),
      );
    }

    async log(profile, applicationId) {
      const p = this.panel;
      const args = { profile };
      if (applicationId) args.application_id = /^\d+$/.test(applicationId) ? Number(applicationId) : applicationId;
      const reply = await this.ask('linkedin.log', args);
      if (!reply.ok) {
        p.renderLine(reply.error.message, 'error');
        return;
      }
      const done = p.h('p', { class: 'line', dataset: { role: 'logged' }, text: `Logged ${profile.name} as a contact${reply.result.application ? ` for ${reply.result.application.company}` : ''}.` });
      if (!reply.result.application) {
        p.render(done);
        return;
      }
      const note = await this.ask('draft.connection_note', { application_id: reply.result.application.id });
      if (!note.ok) {
        p.render(done, p.h('p', { class: 'muted', text: note.error.message }));
        return;
      }
      const text = p.h('textarea', { readonly: true, rows: 4, cols: 48, 'aria-label': 'Connection note', dataset: { role: 'connection-note' } });
      text.value = note.result.text;
      const status = p.h('span', { class: 'muted', 'aria-live': 'polite' });
      const copy = p.h('button', { type: 'button', onclick: async () => {
        try {
          await this.win.navigator.clipboard.writeText(note.result.text);
          status.textContent = 'Copied.';
        } catch {
          text.select();
          status.textContent = 'Select the note and copy it.';
        }
      } }, 'Copy note');
      p.render(done, p.h('p', { class: 'muted', text: 'A note for your connection request:' }), text, p.h('div', { class: 'actions' }, copy, status));
    }
  }

  ns.LinkedInControl = LinkedInControl;
})(globalThis);
