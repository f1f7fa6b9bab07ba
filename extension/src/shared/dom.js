// DOM building without HTML strings: every text goes in through textContent or a Text node,
// every attribute through setAttribute with a name chosen by our code. Page and host data
// never reaches innerHTML, insertAdjacentHTML or a URL attribute unchecked.
//
// A namespace script (no import/export): content scripts load it as a classic script, the
// popup with <script src>, node tests by importing it for its side effect.
(function (root) {
  'use strict';
  const ns = (root.onward = root.onward || {});

  const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);

  // Explicit bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) in a
  // stranger's name would reorder Onward's own words after them ("Lee\u202Egnp.exe: logged"
  // shows as "Leedeggol :exe.png"). Every text Onward shows goes through here without them, in its
  // logical order; right-to-left scripts still display right to left.
  const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
  function inert(text) {
    return String(text).replace(BIDI_CONTROLS, '');
  }

  /** Returns url if it is http(s) or mailto, else null. */
  function safeUrl(url) {
    try {
      const u = new URL(String(url));
      return u.protocol === 'https:' || u.protocol === 'http:' || u.protocol === 'mailto:' ? u.href : null;
    } catch {
      return null;
    }
  }

  /**
   * h('button', { class: 'primary', type: 'button', onclick: fn }, 'Insert reply')
   * props: class, text, dataset {..}, on<event>: function, anything else -> setAttribute.
   */
  function h(tag, props, ...children) {
    const doc = (props && props.document) || root.document;
    const el = doc.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === null || value === undefined || value === false || key === 'document') continue;
      if (key === 'class') el.className = String(value);
      else if (key === 'text') el.textContent = inert(value);
      else if (key === 'dataset') Object.assign(el.dataset, value);
      else if (key.startsWith('on')) {
        if (typeof value !== 'function') throw new TypeError(`${key} must be a function`);
        el.addEventListener(key.slice(2), value);
      } else if (URL_ATTRIBUTES.has(key.toLowerCase())) {
        const url = safeUrl(value);
        if (url) el.setAttribute(key, url);
      } else el.setAttribute(key, value === true ? '' : String(value));
    }
    append(el, children);
    return el;
  }

  function append(parent, children) {
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      if (typeof child === 'object' && typeof child.nodeType === 'number') parent.append(child);
      else parent.append(parent.ownerDocument.createTextNode(inert(child)));
    }
    return parent;
  }

  /** Replaces all children of parent. */
  function replace(parent, ...children) {
    parent.replaceChildren();
    return append(parent, children);
  }

  ns.dom = { h, append, replace, safeUrl, inert };
})(globalThis);
