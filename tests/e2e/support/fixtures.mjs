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

export const OUTLOOK_URL = 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1hYmNkLTAwAi0wMAoAEAB7x9Tq%3D';
export const LINKEDIN_URL = 'https://www.linkedin.com/in/jordan-lee-talent/';

/** Playwright: serve a fixture on a real origin (exact URL); abort everything else there. */
export async function routeFixture(context, url, page) {
  const origin = new URL(url).origin;
  await context.route(`${origin}/**`, (route) => {
    if (route.request().url() === url) {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: page.headers ?? {}, body: page.body });
    }
    return route.abort('blockedbyclient');
  });
}
