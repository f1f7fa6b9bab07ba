// LinkedIn profiles (www.linkedin.com/in/<slug>/), in the classic layout and the 2026 one whose
// class names are hashed. The script runs on every LinkedIn page, since people reach a profile by
// moving inside the app (feed, search, messages) far more often than by loading its address. Read by structure, ARIA and headings, not class names:
//   name       the profile's h1 inside <main> (the top card)
//   headline   the first text block after the name in the top card
//   company    [aria-label^="Current company"] (classic), else the first entry of the section
//              headed "Experience" (its second line: "Company · Full-time")
//   url        <link rel=canonical>, else the page's /in/<slug>/ path
(function (root) {
  'use strict';
  const ns = (root.onward = root.onward || {});
  const adapters = (ns.adapters = ns.adapters || {});
  const { lineText } = ns.text;

  function topCard(doc) {
    const main = doc.querySelector('main') || doc.body;
    const h1 = main.querySelector('h1');
    if (!h1) return null;
    // The smallest section or card around the name.
    const card = h1.closest('section') || h1.parentElement;
    return { main, h1, card };
  }

  const PROFILE_PATH = /^\/in\/([^/?#]+)/;

  // The page's own address first: LinkedIn is a single-page app, and after an in-app move from one
  // profile to another the canonical link can still name the one before. The canonical link is
  // used when the address is not a profile's (or is an opaque member id, "ACoAA…", where the
  // canonical link has the readable slug).
  function profileUrl(doc) {
    const slugOf = (href) => {
      try {
        const m = PROFILE_PATH.exec(new URL(href, 'https://www.linkedin.com/').pathname);
        return m ? decodeURIComponent(m[1]) : '';
      } catch {
        return '';
      }
    };
    const here = doc.location ? slugOf(doc.location.href) : '';
    const canonical = doc.querySelector('link[rel="canonical"]');
    const named = canonical ? slugOf(canonical.getAttribute('href')) : '';
    const slug = here && !(/^ACo/.test(here) && named) ? here : named;
    return slug ? `https://www.linkedin.com/in/${slug}/` : '';
  }

  function headline(card, h1) {
    // Walk the card's text-bearing elements in order; the first one after the name that is
    // not the name, a pronoun badge, or a connection-degree marker is the headline.
    const walker = card.ownerDocument.createTreeWalker(card, 1 /* elements */);
    let passed = false;
    for (let el = walker.nextNode(); el; el = walker.nextNode()) {
      if (el === h1) {
        passed = true;
        continue;
      }
      if (!passed || h1.contains(el) || el.children.length > 0) continue;
      if (el.closest('button, a, [aria-hidden="true"]')) continue;
      const text = lineText(el);
      if (!text || text.length < 3) continue;
      if (/^(he\/him|she\/her|they\/them|·|\d(st|nd|rd|th))/i.test(text)) continue;
      if (/\bconnections?\b|\bfollowers?\b/i.test(text)) continue;
      return text;
    }
    return '';
  }

  function sectionByHeading(main, title) {
    for (const h of main.querySelectorAll('h2')) {
      if (lineText(h).toLowerCase().startsWith(title)) return h.closest('section');
    }
    return null;
  }

  function company(doc, main) {
    const current = doc.querySelector('[aria-label^="Current company"]');
    if (current) {
      const m = /^Current company:\s*(.+?)(?:\.\s*Click.*)?$/i.exec(current.getAttribute('aria-label'));
      if (m) return m[1].trim();
      return lineText(current);
    }
    const experience = sectionByHeading(main, 'experience');
    const first = experience && experience.querySelector('li');
    if (first) {
      // Lines of the first entry, as shown: role, then "Company · Employment type".
      const lines = [...first.querySelectorAll('span[aria-hidden="true"], p, span')]
        .filter((el) => el.children.length === 0)
        .map(lineText)
        .filter(Boolean);
      const withDot = lines.find((l) => l.includes(' · '));
      if (withDot) return withDot.split(' · ')[0].trim();
      if (lines[1]) return lines[1];
    }
    return '';
  }

  const linkedin = {
    id: 'linkedin',
    matches: (loc) => loc.hostname === 'www.linkedin.com' && PROFILE_PATH.test(loc.pathname),

    /** The element the control goes after (the name's block), or null when no profile is shown. */
    anchor(doc) {
      const top = topCard(doc);
      return top ? top.h1.parentElement : null;
    },

    // The whole body: moving inside the app replaces <main> itself.
    observeRoot: (doc) => doc.body,

    readProfile(doc) {
      const top = topCard(doc);
      if (!top) return null;
      return {
        url: profileUrl(doc),
        name: lineText(top.h1),
        headline: headline(top.card, top.h1),
        company: company(doc, top.main),
      };
    },
  };

  adapters.linkedin = linkedin;
})(globalThis);
