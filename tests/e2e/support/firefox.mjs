// Firefox ESR through puppeteer-core over WebDriver BiDi. The add-on is installed from
// extension/ as a temporary add-on; HOME points at a temporary folder so that the test's
// native-messaging manifest ($HOME/.mozilla/native-messaging-hosts/) is the one Firefox reads.
import puppeteer from 'puppeteer-core';
import { FIREFOX, extensionDir } from './env.mjs';

export async function launchFirefox(home) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    protocol: 'webDriverBiDi',
    headless: true,
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: `${home}/.config`, XDG_CACHE_HOME: `${home}/.cache` },
    extraPrefsFirefox: {
      // No calls home during tests.
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'extensions.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
  const addonId = await browser.installExtension(extensionDir);
  return { browser, addonId };
}

/**
 * Serves fixture pages on their real origins: requests whose URL a route knows are answered
 * from memory, everything else is aborted (the tests never touch the network).
 * @param {import('puppeteer-core').Page} page
 * @param {Map<string, {body: string, headers?: object}>} routes  exact URL -> response
 */
export async function serveFixtures(page, routes) {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const route = routes.get(request.url());
    if (route) {
      request.respond({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: route.headers ?? {},
        body: route.body,
      });
    } else {
      request.abort('blockedbyclient');
    }
  });
}
