// Putting text into a webmail's reply box the way the page expects: focus it, put the caret at
// the start, then insertText (and insertLineBreak between lines), so the app's own input
// handlers run (Gmail's and Outlook's editors save drafts from those events). Never sends.
(function (root) {
  'use strict';
  const ns = (root.onward = root.onward || {});

  function caretAtStart(box) {
    const doc = box.ownerDocument;
    const selection = doc.getSelection();
    const range = doc.createRange();
    range.selectNodeContents(box);
    range.collapse(true);
    selection.removeAllRanges();
    selection.addRange(range);
  }

  /**
   * Inserts text at the start of a contenteditable element or a textarea.
   * @returns {'execCommand'|'events'} how it was done
   */
  function insertText(box, text) {
    const doc = box.ownerDocument;
    const lines = String(text).replace(/\r\n?/g, '\n').split('\n');
    box.focus();
    if (box.tagName === 'TEXTAREA' || box.tagName === 'INPUT') {
      box.setSelectionRange(0, 0);
      box.setRangeText(`${lines.join('\n')}\n`, 0, 0, 'end');
      box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
      return 'events';
    }
    caretAtStart(box);
    let ok = typeof doc.execCommand === 'function';
    for (let i = 0; ok && i < lines.length; i++) {
      if (i > 0) ok = doc.execCommand('insertLineBreak', false) || doc.execCommand('insertParagraph', false);
      if (ok && lines[i]) ok = doc.execCommand('insertText', false, lines[i]);
    }
    if (ok) return 'execCommand';
    // No editing commands (a shim, or an engine that refuses them here): build the nodes and
    // tell the app with the same input event a typist would cause.
    const fragment = doc.createDocumentFragment();
    lines.forEach((line, i) => {
      if (i > 0) fragment.append(doc.createElement('br'));
      if (line) fragment.append(doc.createTextNode(line));
    });
    box.insertBefore(fragment, box.firstChild);
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    return 'events';
  }

  /** Resolves with the first match of find() (checked now and on each DOM change), or null. */
  function waitFor(doc, find, { timeoutMs = 3000, root: scope } = {}) {
    const found = find();
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        const el = find();
        if (el) done(el);
      });
      const timer = setTimeout(() => done(null), timeoutMs);
      function done(el) {
        observer.disconnect();
        clearTimeout(timer);
        resolve(el);
      }
      observer.observe(scope || doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden', 'style', 'class'] });
    });
  }

  ns.insert = { insertText, waitFor };
})(globalThis);
