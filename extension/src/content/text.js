// Reading text out of a webmail's DOM: block-aware (paragraphs and <br> become line breaks,
// as a person sees them), without quoted history, signatures' hidden parts, styles or scripts.
// textContent-based, so it needs no layout (innerText would force one) and works on a DOM shim.
(function (root) {
  'use strict';
  const ns = (root.onward = root.onward || {});

  const BLOCK = new Set([
    'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
    'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
    'SECTION', 'TABLE', 'TR', 'UL',
  ]);
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IMG', 'BUTTON']);

  /**
   * The visible text of an element as lines.
   * @param {Element} el
   * @param {{skip?: (el: Element) => boolean}} [options]  extra elements to leave out (quotes)
   */
  function blockText(el, { skip } = {}) {
    const out = [];
    const walk = (node) => {
      if (node.nodeType === 3) {
        out.push(node.data.replace(/[ \t\r\n\f]+/g, ' '));
        return;
      }
      if (node.nodeType !== 1) return;
      const tag = node.tagName.toUpperCase();
      if (SKIP.has(tag) || node.hidden || node.getAttribute('aria-hidden') === 'true') return;
      if (skip && skip(node)) return;
      if (tag === 'BR') {
        out.push('\n');
        return;
      }
      const block = BLOCK.has(tag);
      if (block) out.push('\n');
      for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
      if (block) out.push('\n');
    };
    walk(el);
    return out
      .join('')
      .split('\n')
      .map((line) => line.trim())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }

  /** Collapsed single-line text. */
  function lineText(el) {
    return el ? el.textContent.replace(/\s+/g, ' ').trim() : '';
  }

  const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

  function at(year, month, day, hour, minute, ampm) {
    let h = hour === undefined ? 0 : Number(hour);
    if (ampm) {
      const pm = ampm.toUpperCase() === 'PM';
      if (h === 12) h = pm ? 12 : 0;
      else if (pm) h += 12;
    }
    const d = new Date(Number(year), month, Number(day), h, minute === undefined ? 0 : Number(minute));
    return Number.isNaN(d.getTime()) ? null : d.toISOString();
  }

  /**
   * A webmail's displayed date as ISO 8601 (read in the browser's time zone), or null.
   * Gmail: "Tue, Nov 24, 2026, 10:12 AM"; Outlook: "Tue 11/24/2026 10:12 AM"; ISO passes through.
   */
  function parseDate(text) {
    if (!text) return null;
    const s = String(text).replace(/\u202f|\u00a0/g, ' ').trim();
    let m = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.exec(s);
    if (m) {
      const d = new Date(s);
      return Number.isNaN(d.getTime()) ? null : d.toISOString();
    }
    m = /\b([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})(?:,? (?:at )?(\d{1,2}):(\d{2})(?: ?([AaPp][Mm]))?)?/.exec(s);
    if (m) {
      const month = MONTHS.indexOf(m[1].slice(0, 3).toLowerCase());
      if (month >= 0) return at(m[3], month, m[2], m[4], m[5], m[6]);
    }
    m = /\b(\d{1,2}) ([A-Za-z]{3,9})\.? (\d{4})(?:,? (\d{1,2}):(\d{2}))?/.exec(s);
    if (m) {
      const month = MONTHS.indexOf(m[2].slice(0, 3).toLowerCase());
      if (month >= 0) return at(m[3], month, m[1], m[4], m[5]);
    }
    m = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})(?:,? (\d{1,2}):(\d{2})(?: ?([AaPp][Mm]))?)?/.exec(s);
    if (m) return at(m[3], Number(m[1]) - 1, m[2], m[4], m[5], m[6]);
    return null;
  }

  const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

  /** "Jordan Lee <jordan@x.example>" -> { name, email } */
  function parseAddress(text) {
    const s = String(text || '').trim();
    const m = EMAIL.exec(s);
    if (!m) return { name: s, email: '' };
    const name = s.slice(0, m.index).replace(/[<("]+\s*$/, '').replace(/^["\s]+|["\s]+$/g, '').trim();
    return { name, email: m[0].toLowerCase() };
  }

  function formatAddress(name, email) {
    if (!email) return name || '';
    return name && name !== email ? `${name} <${email}>` : email;
  }

  /** Visible in the sense the DOM can tell without layout: not inside [hidden] or display:none. */
  function isShown(el) {
    for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
      if (n.hidden || (n.style && n.style.display === 'none') || n.getAttribute('aria-hidden') === 'true') return false;
    }
    return true;
  }

  ns.text = { blockText, lineText, parseDate, parseAddress, formatAddress, isShown };
})(globalThis);
