// The background entry point (Chromium service worker, Firefox background script).
// Listeners are attached synchronously at the top level so that an evicted service worker
// woken by a message or an alarm still hears it.
import { api } from '../shared/api.js';
import { NativePortClient } from './native-port.js';
import { Router } from './router.js';
import { LocalState } from './settings.js';
import { registerHandlers } from './handlers.js';
import { makeBadge } from './badge.js';

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
router.listen(api.runtime.onMessage);

const BADGE_ALARM = 'onward-badge';
api.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === BADGE_ALARM) badge().catch(() => {});
});
api.runtime.onInstalled.addListener(() => {
  api.alarms.create(BADGE_ALARM, { periodInMinutes: 60 });
});
api.runtime.onStartup.addListener(() => {
  badge().catch(() => {});
});

// For debugging from the background console.
globalThis.onward = { host, router, state, badge };
