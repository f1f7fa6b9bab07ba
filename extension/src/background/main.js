// The background entry point (Chromium service worker, Firefox background script).
// Listeners are attached synchronously at the top level so that an evicted service worker
// woken by a message still hears it.
import { api } from '../shared/api.js';
import { NativePortClient, State } from './native-port.js';
import { Caller, Router } from './router.js';

const { PAGE, CONTENT } = Caller;

function contentOrigins(manifest) {
  const origins = new Set();
  for (const script of manifest.content_scripts ?? []) {
    for (const pattern of script.matches ?? []) {
      const m = /^(https):\/\/([^/]+)\//.exec(pattern);
      if (m && !m[2].includes('*')) origins.add(`${m[1]}://${m[2]}`);
    }
  }
  return origins;
}

const host = new NativePortClient({ runtime: api.runtime });

const router = new Router({
  env: {
    extensionId: api.runtime.id,
    extensionOrigin: api.runtime.getURL('').replace(/\/$/, ''),
    contentOrigins: contentOrigins(api.runtime.getManifest()),
  },
});

/** Connects if needed and reports where the helper stands; never throws for a missing host. */
async function hostStatus() {
  try {
    await host.connect();
  } catch {
    // The state and lastError say what happened.
  }
  return host.status();
}

router.on('status', hostStatus, { from: [PAGE, CONTENT] });

router.listen(api.runtime.onMessage);

host.onStateChange((state) => {
  if (state === State.NOT_INSTALLED) console.warn('onward: the native helper is not installed');
});

// For debugging from the service worker console.
globalThis.onward = { host, router };
