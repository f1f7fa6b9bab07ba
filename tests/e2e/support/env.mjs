// Shared set-up for the browser tests: where the extension and the built host are, temporary
// folders, and the native-messaging host manifests pointing at a wrapper that sets ONWARD_DB.
import { mkdtemp, mkdir, rm, writeFile, chmod } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../../..');
export const extensionDir = path.join(repoRoot, 'extension');
export const fixturesDir = path.join(repoRoot, 'tests/fixtures/web');

export const CHROMIUM = process.env.ONWARD_CHROMIUM || '/usr/bin/chromium';
export const FIREFOX = process.env.ONWARD_FIREFOX || '/usr/bin/firefox-esr';
export const EXTENSION_ID = 'fpmjnchfpmlceeolkgghjcdannejclhf';
export const ADDON_ID = 'onward@onward.org';
export const HOST_NAME = 'org.onward.host';

/** The built host, from $ONWARD_HOST (ctest passes $<TARGET_FILE:onward-host>). */
export function hostPath() {
  const host = process.env.ONWARD_HOST;
  if (!host) throw new Error('Set ONWARD_HOST to the built onward-host (ctest does this).');
  return host;
}

/** The version the built host reports on its command line ("onward-host 0.1.0 (protocol 1)"). */
export function hostVersion() {
  const out = execFileSync(hostPath(), ['version'], { encoding: 'utf8' });
  const m = /(\d+\.\d+\.\d+\S*)/.exec(out);
  if (!m) throw new Error(`onward-host version printed no version: ${out}`);
  return m[1];
}

export async function tempDir(prefix) {
  const dir = await mkdtemp(path.join(process.env.ONWARD_E2E_TMP || tmpdir(), `onward-${prefix}-`));
  return { dir, remove: () => rm(dir, { recursive: true, force: true, maxRetries: 3 }) };
}

function shellQuote(s) {
  return `'${String(s).replaceAll("'", `'\\''`)}'`;
}

/**
 * A wrapper the browser starts as the host: it execs the built host with ONWARD_DB set, since
 * the browser does not pass the test's environment through reliably.
 */
export async function writeHostWrapper(dir, dbPath) {
  const wrapper = path.join(dir, 'onward-host-wrapper.sh');
  await writeFile(wrapper, `#!/bin/sh\nONWARD_DB=${shellQuote(dbPath)}\nexport ONWARD_DB\nexec ${shellQuote(hostPath())} "$@"\n`);
  await chmod(wrapper, 0o755);
  return wrapper;
}

/** Chromium's user-level manifest: <user-data-dir>/NativeMessagingHosts/org.onward.host.json */
export async function writeChromiumHostManifest(userDataDir, wrapper) {
  const dir = path.join(userDataDir, 'NativeMessagingHosts');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${HOST_NAME}.json`);
  await writeFile(file, JSON.stringify({
    name: HOST_NAME,
    description: 'Onward helper (test)',
    path: wrapper,
    type: 'stdio',
    allowed_origins: [`chrome-extension://${EXTENSION_ID}/`],
  }, null, 2));
  return file;
}

/** Firefox's user-level manifest: $HOME/.mozilla/native-messaging-hosts/org.onward.host.json */
export async function writeFirefoxHostManifest(home, wrapper) {
  const dir = path.join(home, '.mozilla', 'native-messaging-hosts');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${HOST_NAME}.json`);
  await writeFile(file, JSON.stringify({
    name: HOST_NAME,
    description: 'Onward helper (test)',
    path: wrapper,
    type: 'stdio',
    allowed_extensions: [ADDON_ID],
  }, null, 2));
  return file;
}
