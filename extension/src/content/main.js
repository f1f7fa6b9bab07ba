// Content-script entry: the manifest loads one site's adapter and controller before this file;
// this picks whichever matches the page and starts it. A failure here never touches the page.
(function (root) {
  'use strict';
  const ns = root.onward;
  if (!ns || ns.started) return;
  ns.started = true;
  const loc = root.location;
  const adapters = ns.adapters || {};
  try {
    if (adapters.linkedin && ns.LinkedInControl) {
      ns.site = new ns.LinkedInControl(adapters.linkedin).start();
      return;
    }
    for (const adapter of Object.values(adapters)) {
      if (adapter.matches(loc) && ns.WebmailWatcher) {
        ns.site = new ns.WebmailWatcher(adapter).start();
        return;
      }
    }
  } catch (err) {
    console.error('onward: could not start on this page', err);
  }
})(globalThis);
