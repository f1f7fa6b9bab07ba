// A DOM shim (happy-dom) for the content scripts' reading code, and a loader for the
// extension's namespace scripts (plain scripts that register on globalThis.onward).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../..');

/** A window showing a fixture page at its real URL, with the page's own scripts not run. */
export function fixtureWindow(relative, url) {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  window.document.write(readFileSync(path.join(repo, 'tests/fixtures/web', relative), 'utf8'));
  return window;
}

/** Loads extension scripts in order (each once per process) and returns globalThis.onward. */
export async function loadScripts(...relative) {
  for (const file of relative) await import(pathToFileURL(path.join(repo, 'extension', file)).href);
  return globalThis.onward;
}

export const CONTENT_SCRIPTS = [
  'src/shared/dom.js',
  'src/content/text.js',
  'src/content/insert.js',
  'src/content/adapters/gmail.js',
  'src/content/adapters/outlook.js',
  'src/content/adapters/linkedin.js',
];
