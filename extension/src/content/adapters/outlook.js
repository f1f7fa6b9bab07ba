// Outlook on the web (outlook.live.com, outlook.office.com, outlook.office365.com).
// Hooks (after Mailvelope's Outlook integration and other maintained OWA readers), preferring
// ids, ARIA and data-* attributes over the generated class names:
//   conversation  #MailList [aria-selected="true"][data-convid] (the selected conversation)
//   reading pane  [data-app-section^="MailReadingPaneContainer"], else #ReadingPaneContainerId
//   subject       [data-app-section="SubjectLine"], else the pane's [role=heading][aria-level="2"]
//   message       .aVla3 (one per message, oldest first) holding [id^="UniqueMessageBody"] / [role=document]
//   sender        [data-testid="SenderPersona"] or the header element whose title holds an address
//   date          [data-testid="SentReceivedSavedTime"]
//   reply         the message's [data-icon-name="ReplyRegular"] button (or aria-label "Reply"),
//                 then div[role=textbox][contenteditable=true]
// OWA shows no per-message id in the page; like Mailvelope, the message id is the conversation
// id and the message's position in it ("<convid>#<index>").
(function (root) {
  'use strict';
  const ns = (root.onward = root.onward || {});
  const adapters = (ns.adapters = ns.adapters || {});
  const { blockText, lineText, parseDate, parseAddress, formatAddress, isShown } = ns.text;

  const HOSTS = new Set(['outlook.live.com', 'outlook.office.com', 'outlook.office365.com']);

  function pane(doc) {
    return doc.querySelector('[data-app-section^="MailReadingPaneContainer"]') || doc.getElementById('ReadingPaneContainerId');
  }

  function conversationId(doc) {
    const list = doc.getElementById('MailList');
    const selected = list && list.querySelector('[aria-selected="true"][data-convid]');
    return selected ? selected.getAttribute('data-convid') : '';
  }

  function messages(doc) {
    const p = pane(doc);
    return p ? [...p.querySelectorAll('.aVla3')] : [];
  }

  function bodyOf(msg) {
    return msg.querySelector('[id^="UniqueMessageBody"]') || msg.querySelector('[role="document"]');
  }

  function isQuoted(el) {
    const id = el.id || '';
    return id === 'appendonsend' || /^(x_)?divRplyFwdMsg/.test(id) || el.tagName === 'BLOCKQUOTE';
  }

  function sender(msg) {
    const persona = msg.querySelector('[data-testid="SenderPersona"]');
    if (persona) {
      const fromTitle = parseAddress(persona.getAttribute('title') || '');
      const fromText = parseAddress(lineText(persona));
      const email = fromTitle.email || fromText.email;
      const name = (fromText.name || fromTitle.name || '').replace(/\s*<.*$/, '');
      if (email) return { name, email };
    }
    const body = bodyOf(msg);
    for (const el of msg.querySelectorAll('[title*="@"]')) {
      if (body && body.contains(el)) continue;
      const a = parseAddress(el.getAttribute('title'));
      if (a.email) return { name: a.name || lineText(el).replace(/\s*<.*$/, ''), email: a.email };
    }
    return { name: '', email: '' };
  }

  const outlook = {
    id: 'outlook',
    provider: 'outlook',
    matches: (loc) => HOSTS.has(loc.hostname),

    observeRoot: (doc) => doc.querySelector('[role="main"]') || doc.body,

    findOpenMessage(doc) {
      if (!conversationId(doc)) return null;
      const all = messages(doc);
      for (let i = all.length - 1; i >= 0; i--) {
        if (bodyOf(all[i]) && isShown(all[i])) return all[i];
      }
      return null;
    },

    messageKey(msg) {
      const doc = msg.ownerDocument;
      return `${conversationId(doc)}#${messages(doc).indexOf(msg)}`;
    },

    read(msg, doc) {
      const p = pane(doc);
      const subjectEl =
        (p && p.querySelector('[data-app-section="SubjectLine"]')) ||
        (p && p.querySelector('[role="heading"][aria-level="2"]'));
      const from = sender(msg);
      const dateEl = msg.querySelector('[data-testid="SentReceivedSavedTime"]');
      const dateText = dateEl ? dateEl.getAttribute('title') || lineText(dateEl) : '';
      const body = bodyOf(msg);
      const convid = conversationId(doc);
      return {
        provider: 'outlook',
        message_id: outlook.messageKey(msg),
        thread_id: convid,
        from: formatAddress(from.name, from.email),
        subject: subjectEl ? lineText(subjectEl) : '',
        date: parseDate(dateText) || dateText,
        body: body ? blockText(body, { skip: isQuoted }) : '',
        url: doc.location ? doc.location.href : '',
      };
    },

    panelAnchor: (msg) => bodyOf(msg) || msg.firstElementChild || msg,

    findReplyBox(doc) {
      for (const box of doc.querySelectorAll('div[role="textbox"][contenteditable="true"]')) {
        if (isShown(box)) return box;
      }
      return null;
    },

    async openReplyBox(doc, msg) {
      const open = outlook.findReplyBox(doc);
      if (open) return open;
      const icon = msg && msg.querySelector('[data-icon-name="ReplyRegular"]');
      const button = (icon && icon.closest('button')) || (msg && msg.querySelector('button[aria-label="Reply"]'));
      if (!button) return null;
      button.click();
      return ns.insert.waitFor(doc, () => outlook.findReplyBox(doc));
    },
  };

  adapters.outlook = outlook;
})(globalThis);
