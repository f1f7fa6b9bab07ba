// Gmail, in its current layout and the one before 2023. What is read, and from where (the same
// hooks gmail.js, InboxSDK and Mailvelope rely on; ids from the DOM, never from the URL):
//   thread      h2.hP: data-thread-perm-id ("thread-f:…", current) or data-legacy-thread-id
//   message     div.adn.ads: data-message-id ("#msg-f:…", current), data-legacy-message-id,
//               or before 2023 the "m<hex>" class of its div.ii.gt
//   sender      span.gD[email][name] in the message header (not quoted senders)
//   date        span.g3[title]
//   body        div.ii.gt > div.a3s (aiL now, aXjCH before), without quoted history (.gmail_quote, .adL)
//   reply box   div[role=textbox][contenteditable=true][g_editable]; opened by span.ams.bkH ("Reply")
//               or the header's [role=button][data-tooltip="Reply"]
(function (root) {
  'use strict';
  const ns = (root.onward = root.onward || {});
  const adapters = (ns.adapters = ns.adapters || {});
  const { blockText, lineText, parseDate, formatAddress, isShown } = ns.text;

  const MESSAGE = 'div.adn.ads';

  function main(doc) {
    return doc.querySelector('div[role="main"]') || doc.body;
  }

  function messageId(msg) {
    const current = msg.getAttribute('data-message-id');
    if (current) return current.replace(/^#/, '');
    const legacy = msg.getAttribute('data-legacy-message-id');
    if (legacy) return legacy;
    const body = msg.querySelector('div.ii.gt');
    const token = body && [...body.classList].find((c) => /^m[0-9a-f]{8,}$/.test(c));
    return token ? token.slice(1) : '';
  }

  function threadHeading(msg) {
    // The subject heading of the conversation the message sits in.
    for (let n = msg.parentElement; n; n = n.parentElement) {
      const h = n.querySelector('h2.hP');
      if (h) return h;
    }
    return null;
  }

  function isQuoted(el) {
    return el.classList.contains('gmail_quote') || el.classList.contains('adL') || el.classList.contains('yj6qo') ||
      el.tagName === 'BLOCKQUOTE';
  }

  const gmail = {
    id: 'gmail',
    provider: 'gmail',
    matches: (loc) => loc.hostname === 'mail.google.com',

    /** The element whose subtree changes when a conversation opens or closes. */
    observeRoot: (doc) => main(doc),

    /** The opened message: the last expanded message (with a body) of the open conversation. */
    findOpenMessage(doc) {
      const messages = main(doc).querySelectorAll(MESSAGE);
      for (let i = messages.length - 1; i >= 0; i--) {
        const msg = messages[i];
        if (msg.querySelector('div.ii.gt div.a3s') && isShown(msg) && messageId(msg)) return msg;
      }
      return null;
    },

    messageKey: (msg) => messageId(msg),

    read(msg, doc) {
      const heading = threadHeading(msg);
      const threadId = heading
        ? (heading.getAttribute('data-thread-perm-id') || heading.getAttribute('data-legacy-thread-id') || '')
        : '';
      const sender = msg.querySelector('.gE span.gD[email], span.gD[email]');
      const name = sender ? sender.getAttribute('name') || lineText(sender) : '';
      const email = sender ? sender.getAttribute('email') : '';
      const dateEl = msg.querySelector('span.g3[title], span.g3');
      const dateText = dateEl ? dateEl.getAttribute('title') || lineText(dateEl) : '';
      const body = msg.querySelector('div.ii.gt div.a3s');
      const id = messageId(msg);
      return {
        provider: 'gmail',
        message_id: id,
        thread_id: threadId || id,
        from: formatAddress(name, email),
        subject: heading ? lineText(heading) : '',
        date: parseDate(dateText) || dateText,
        body: body ? blockText(body, { skip: isQuoted }) : '',
        url: doc.location ? doc.location.href : '',
      };
    },

    /** The panel goes between the message header and its body. */
    panelAnchor: (msg) => msg.querySelector('div.ii.gt') || msg.firstElementChild || msg,

    findReplyBox(doc) {
      const boxes = main(doc).querySelectorAll('div[role="textbox"][contenteditable="true"]');
      for (const box of boxes) if (isShown(box)) return box;
      return null;
    },

    /** Finds the reply box, clicking Reply first if it is not open. */
    async openReplyBox(doc, msg) {
      const open = gmail.findReplyBox(doc);
      if (open) return open;
      const scope = main(doc);
      const button =
        scope.querySelector('span.ams.bkH[role="link"]') ||
        (msg && msg.querySelector('[role="button"][data-tooltip="Reply"], [role="button"][aria-label="Reply"]'));
      if (!button) return null;
      button.click();
      return ns.insert.waitFor(doc, () => gmail.findReplyBox(doc), { root: scope });
    },
  };

  adapters.gmail = gmail;
})(globalThis);
