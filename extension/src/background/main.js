// The background entry point (Chromium service worker, Firefox background script).
// Listeners are attached synchronously at the top level so that an evicted service worker
// woken by a message or an alarm still hears it.
import { api } from '../shared/api.js';
import { NativePortClient } from './native-port.js';
import { Router } from './router.js';
import { LocalState } from './settings.js';
import { registerHandlers } from './handlers.js';
import { makeBadge } from './badge.js';
import { WatchRunner, WATCH_ALARM } from './watches.js';
import { registerWatchHandlers } from './watch-handlers.js';

function contentOrigins(manifest) {
  const origins = new Set();
  for (const script of manifest.content_scripts ?? []) {
    for (const pattern of script.matches ?? []) {
      const m = /^(https):\/\/([^/*]+)\//.exec(pattern);
      if (m) origins.add(`${m[1]}://${m[2]}`);
    }
  }
  return origins;
}

const host = new NativePortClient({ runtime: api.runtime });
const state = new LocalState(api.storage.local);
const badge = makeBadge({ action: api.action, host });

const router = new Router({
  env: {
    extensionId: api.runtime.id,
    extensionOrigin: api.runtime.getURL('').replace(/\/$/, ''),
    contentOrigins: contentOrigins(api.runtime.getManifest()),
  },
});
registerHandlers({ router, host, state, badge });
const watches = new WatchRunner({
  host,
  fetch: (...args) => globalThis.fetch(...args),
  storage: api.storage.local,
  permissions: api.permissions,
  notifications: api.notifications,
  iconUrl: api.runtime.getURL('icons/onward-128.png'),
});
registerWatchHandlers({ router, host, runner: watches });
router.listen(api.runtime.onMessage);

const BADGE_ALARM = 'onward-badge';
const runWatches = () => watches.run().catch((err) => console.warn('onward: watches', err.message));
api.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === BADGE_ALARM) badge().catch(() => {});
  // Hourly: each watch is still fetched at most once a day (watches.js decides).
  if (alarm.name === WATCH_ALARM) runWatches();
});
api.runtime.onInstalled.addListener(() => {
  api.alarms.create(BADGE_ALARM, { periodInMinutes: 60 });
  api.alarms.create(WATCH_ALARM, { delayInMinutes: 1, periodInMinutes: 60 });
});
api.runtime.onStartup.addListener(() => {
  badge().catch(() => {});
  runWatches();
});
// The digest notification opens the popup's page, where the matches and their reasons are.
api.notifications?.onClicked.addListener(() => {
  api.tabs.create({ url: api.runtime.getURL('src/popup/popup.html') }).catch(() => {});
});

// For debugging from the background console.
globalThis.onward = { host, router, state, badge, watches };
