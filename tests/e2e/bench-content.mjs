// Benchmark (not a test): how long the Gmail content script takes to read an opened thread, and
// what it costs while the page churns its DOM for unrelated reasons. Measured in the real
// Chromium with the extension as it stands; the content script records performance measures
// ("onward:read", "onward:check") that the page can read.
//   node tests/e2e/bench-content.mjs [rounds]
// No host is needed: the read happens before anything is sent to the host.
import path from 'node:path';
import { tempDir } from './support/env.mjs';
import { launchChromium, extensionWorker } from './support/chromium.mjs';
import { GMAIL_URL, gmailPage, routeFixture } from './support/fixtures.mjs';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './support/env.mjs';

const rounds = Number(process.argv[2] || 40);

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { n: s.length, median: q(0.5), p90: q(0.9), max: s[s.length - 1] };
}

/** Opens `rounds` different messages (new ids, as Gmail's navigation does) and collects the read times. */
async function readTimes(page) {
  return page.evaluate(async (rounds) => {
    const wait = (ms) => new Promise((r) => setTimeout(r, ms));
    const msg = document.querySelector('div.adn.ads');
    const before = () => performance.getEntriesByName('onward:read').length;
    for (let i = 0; i < rounds; i++) {
      const n = before();
      msg.setAttribute('data-message-id', `#msg-f:17815000000000${String(i).padStart(5, '0')}`);
      // a real navigation replaces the message element; the observer sees a childList change
      const clone = msg.parentElement.cloneNode(false);
      msg.parentElement.parentElement.append(clone);
      clone.remove();
      for (let t = 0; t < 100 && before() === n; t++) await wait(20);
    }
    return performance.getEntriesByName('onward:read').map((m) => m.duration);
  }, rounds);
}

/** Unrelated churn: rows added to and removed from the inbox list, in bursts. Returns ms spent. */
async function churn(page, bursts = 30) {
  return page.evaluate(async (bursts) => {
    const wait = (ms) => new Promise((r) => setTimeout(r, ms));
    const body = document.querySelector('table.F tbody');
    let spent = 0;
    for (let b = 0; b < bursts; b++) {
      const t0 = performance.now();
      for (let i = 0; i < 200; i++) {
        const tr = document.createElement('tr');
        tr.className = 'zA zE';
        const td = document.createElement('td');
        td.textContent = `Newsletter ${b}-${i}`;
        tr.append(td);
        body.append(tr);
        if (body.children.length > 50) body.firstElementChild.remove();
      }
      await new Promise((r) => setTimeout(r, 0)); // observers have run by now
      spent += performance.now() - t0;
      await wait(200); // let the debounced check run between bursts
    }
    return spent;
  }, bursts);
}

async function run(withExtension) {
  const tmp = await tempDir('bench');
  const context = withExtension
    ? await launchChromium(path.join(tmp.dir, 'profile'))
    : await chromium.launchPersistentContext(path.join(tmp.dir, 'profile'), {
      executablePath: CHROMIUM, headless: false, args: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-extensions'],
    });
  try {
    if (withExtension) await extensionWorker(context);
    await routeFixture(context, GMAIL_URL, gmailPage('gmail/thread-rejection.html'));
    const page = await context.newPage();
    await page.goto(GMAIL_URL);
    if (withExtension) await page.waitForFunction(() => performance.getEntriesByName('onward:read').length > 0, null, { timeout: 15000 });
    const reads = withExtension ? await readTimes(page) : [];
    const checksBefore = await page.evaluate(() => performance.getEntriesByName('onward:check').length);
    const churnMs = await churn(page);
    const checks = await page.evaluate((from) => performance.getEntriesByName('onward:check').slice(from).map((m) => m.duration), checksBefore);
    return { reads, churnMs, checks };
  } finally {
    await context.close();
    await tmp.remove();
  }
}

const on = [];
const off = [];
let reads = [];
let checks = [];
for (let i = 0; i < 3; i++) {
  // interleaved, so that machine noise hits both alike
  const a = await run(true);
  const b = await run(false);
  on.push(a.churnMs);
  off.push(b.churnMs);
  reads = reads.concat(a.reads.slice(1)); // the first read pays for compiling the script
  checks = checks.concat(a.checks);
}
const r = stats(reads);
const sum = (xs) => xs.reduce((x, y) => x + y, 0);
console.log(`read an opened Gmail thread (ms): median ${r.median.toFixed(2)}, p90 ${r.p90.toFixed(2)}, max ${r.max.toFixed(2)} over ${r.n} reads`);
console.log(`unrelated churn, 30 bursts of 200 row changes: extension's own checks ran ${checks.length} times, ${sum(checks).toFixed(2)} ms in all`);
console.log(`churn time with / without the extension: ${(sum(on) / sum(off)).toFixed(3)} (${sum(on).toFixed(1)} ms / ${sum(off).toFixed(1)} ms)`);
