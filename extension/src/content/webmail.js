// Webmail: notices the opened email (single-page navigation: hashchange/popstate plus a
// debounced MutationObserver on the adapter's main area only), sends it to the background
// (which asks the host), and shows the panel beside it. The extension never decides what an
// email is: the host's label and confidence do; when the confidence is middling, the person is
// asked before anything is recorded.
(function (root) {
  'use strict';
  const ns = (root.onward = root.onward || {});

  const PHRASES = {
    rejection: 'Rejection',
    interview: 'Interview invitation',
    offer: 'Offer',
    application_received: 'Application received',
    recruiter_outreach: 'Message from a recruiter',
  };

  function phrase(label) {
    return PHRASES[label] || 'Job email';
  }

  function measure(name, start) {
    try {
      root.performance.measure(name, { start, end: root.performance.now() });
    } catch {
      // Older engines: no measurement.
    }
  }

  class WebmailWatcher {
    constructor(adapter, { doc = root.document, win = root, ask = ns.ask, debounceMs = 150 } = {}) {
      this.adapter = adapter;
      this.doc = doc;
      this.win = win;
      this.ask = ask;
      this.debounceMs = debounceMs;
      this.key = null; // the message the panel (or the decision to show none) belongs to
      this.panel = null;
      this.timer = null;
      this.checks = 0;
    }

    start() {
      this.onNavigate = () => this.schedule();
      this.win.addEventListener('hashchange', this.onNavigate);
      this.win.addEventListener('popstate', this.onNavigate);
      this.observer = new this.win.MutationObserver((records) => {
        if (this.isRelevant(records)) this.schedule();
      });
      this.observer.observe(this.adapter.observeRoot(this.doc), { childList: true, subtree: true });
      this.check();
      return this;
    }

    stop() {
      this.win.removeEventListener('hashchange', this.onNavigate);
      this.win.removeEventListener('popstate', this.onNavigate);
      if (this.observer) this.observer.disconnect();
      clearTimeout(this.timer);
      this.clear();
    }

    /** Our own panel going in or out is not a reason to look again. */
    isRelevant(records) {
      for (const record of records) {
        for (const list of [record.addedNodes, record.removedNodes]) {
          for (const node of list) {
            if (node.nodeType !== 1 || !node.hasAttribute('data-onward')) return true;
          }
        }
      }
      return false;
    }

    schedule() {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.check(), this.debounceMs);
    }

    clear() {
      if (this.panel) this.panel.remove();
      this.panel = null;
      this.key = null;
    }

    async check() {
      this.checks++;
      const start = root.performance.now();
      const msg = this.adapter.findOpenMessage(this.doc);
      if (!msg) {
        measure('onward:check', start);
        if (this.key !== null) this.clear();
        return;
      }
      const key = this.adapter.messageKey(msg);
      if (key === this.key && (!this.panel || this.panel.host.isConnected)) {
        measure('onward:check', start);
        return;
      }
      this.clear();
      this.key = key;
      const email = this.adapter.read(msg, this.doc);
      measure('onward:read', start);
      const reply = await this.ask('mail.opened', email);
      if (this.key !== key) return; // navigated away meanwhile
      await this.show(reply, msg, email, key);
    }

    async show(reply, msg, email, key) {
      if (!reply.ok) {
        // Not installed: the popup says so; the mail page stays quiet.
        if (reply.error.code === 'not_installed') {
          console.warn('onward:', reply.error.message);
          return;
        }
        // Anything else (the helper stopped or timed out, the background is gone): say so here,
        // where the person is waiting for Onward. The × only hides this note.
        this.panel = new ns.Panel(this.adapter.panelAnchor(msg), { onDismiss: () => { this.panel = null; } });
        this.panel.renderLine(`Onward could not read this email. ${reply.error.message}`, 'error');
        return;
      }
      const result = reply.result;
      if (result.action === 'none') return;
      const panel = new ns.Panel(this.adapter.panelAnchor(msg), {
        onDismiss: () => {
          this.panel = null;
          this.ask('thread.dismiss', { provider: email.provider, thread_id: email.thread_id });
        },
      });
      this.panel = panel;
      if (result.action === 'ask') {
        const pct = Math.round((result.confidence || 0) * 100);
        const record = await panel.ask(`This looks like: ${phrase(result.label).toLowerCase()} (${pct}% sure). Record it in Onward?`);
        if (this.key !== key) return;
        if (!record) {
          panel.dismiss();
          return;
        }
        const confirmed = await this.ask('mail.opened', { ...email, confirmed: true });
        if (this.key !== key) return;
        panel.remove();
        this.panel = null;
        return this.show(confirmed, msg, email, key);
      }
      this.render(panel, result, msg);
    }

    render(panel, { label, application, next_step: step }, msg) {
      const company = application && application.company;
      if (label === 'rejection' && step) {
        const role = application && application.role;
        panel.renderStep({
          summary: `${phrase(label)}${company ? ` from ${company}` : ''}${role ? ` (${role})` : ''}: logged`,
          step,
          onInsert: step.step === 'respond' && application ? () => this.insertReply(application.id, msg) : null,
        });
        return;
      }
      panel.renderLine(`${phrase(label)}${company ? ` from ${company}` : ''}: logged`);
    }

    async insertReply(applicationId, msg) {
      const draft = await this.ask('draft.reply', { application_id: applicationId });
      if (!draft.ok) throw new Error(draft.error.message);
      const box = await this.adapter.openReplyBox(this.doc, msg);
      if (!box) throw new Error('Onward could not open the reply box. Click Reply, then press Insert reply again.');
      ns.insert.insertText(box, draft.result.body);
      return 'The reply is in the reply box. Read it over, then send it yourself.';
    }
  }

  ns.WebmailWatcher = WebmailWatcher;
})(globalThis);
