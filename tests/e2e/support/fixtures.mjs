// The fixture pages and the real origins they are served on. Gmail's page carries Gmail's
// Trusted Types CSP so that anything of ours that writes HTML into the page would fail.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fixturesDir } from './env.mjs';

export const GMAIL_CSP =
  "script-src 'nonce-fixture' 'report-sample'; object-src 'none'; base-uri 'self'; require-trusted-types-for 'script'";

export function fixture(relative) {
  return readFileSync(path.join(fixturesDir, relative), 'utf8');
}

export const GMAIL_URL = 'https://mail.google.com/mail/u/0/';

export function gmailPage(relative) {
  return { body: fixture(relative), headers: { 'content-security-policy': GMAIL_CSP } };
}
