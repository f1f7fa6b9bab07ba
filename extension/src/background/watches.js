// Company watches (issue 7): the extension fetches each watched job board when it is due, at most
// once a day, backing off after errors, and only from hosts the person granted; the host parses
// what came back, remembers every posting and decides what fits. One digest notification per run.
//
// The scheduling decisions are plain functions (tested in tests/extension/watches.test.mjs);
// WatchRunner wires them to the host, fetch, storage, permissions and notifications.

export const DAY_MS = 24 * 60 * 60 * 1000;
export const MAX_LOCAL_BACKOFF_DAYS = 14;
export const WATCH_ALARM = 'onward-watches';
export const DIGEST_ID = 'onward-watch-digest';
// The host refuses frames over 4 MiB; a board answer larger than this is slimmed first.
export const MAX_PAYLOAD_CHARS = 3_500_000;

/** The public APIs the extension may read, and the host permission each needs. */
export const BOARD_ORIGINS = Object.freeze({
  greenhouse: ['https://boards-api.greenhouse.io'],
  lever: ['https://api.lever.co', 'https://api.eu.lever.co'],
  ashby: ['https://api.ashbyhq.com'],
  workable: ['https://apply.workable.com'],
  smartrecruiters: ['https://api.smartrecruiters.com'],
});

/** The permission pattern for a provider (Lever's EU boards live on their own host). */
export function originPattern(provider, region) {
  const origins = BOARD_ORIGINS[provider];
  if (!origins) return null;
  const origin = provider === 'lever' && region === 'eu' ? origins[1] : origins[0];
  return `${origin}/*`;
}

/** Is `url` one of the public board APIs (never anything else, whatever the host says)? */
export function isBoardUrl(url, provider) {
  let u;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const origins = BOARD_ORIGINS[provider] || [];
  return u.protocol === 'https:' && origins.includes(u.origin) && !u.username && !u.password;
}

/** The wait after the n-th failure in a row that the host could not record: 2, 4, 8, 14 days. */
export function localBackoffMs(failures) {
  if (!(failures > 0)) return 0;
  return Math.min(2 ** Math.min(failures, 4), MAX_LOCAL_BACKOFF_DAYS) * DAY_MS;
}

/**
 * A test-only base URL (set in storage.local as `watchTestBase` by the browser tests): board
 * requests go to `${base}/${api host}${path}` instead. Only a loopback http address is taken;
 * there is no default, so a normal install only ever reads the real APIs.
 */
export function testBase(value) {
  if (typeof value !== 'string') return null;
  const m = /^http:\/\/(127\.0\.0\.1|localhost):(\d{1,5})$/.exec(value);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 65535) return null;
  return value;
}

/** The URL to fetch for a watch, or null when the host named something that is not a board API. */
export function fetchUrlFor(watch, base = null) {
  if (!watch || !isBoardUrl(watch.url, watch.provider)) return null;
  if (!base) return watch.url;
  const u = new URL(watch.url);
  return `${base}/${u.host}${u.pathname}${u.search}`;
}

/**
 * Which watches to fetch now.
 * @param {object[]} watches  from the host's watch.list
 * @param {object} options
 * @param {number} options.now            ms since the epoch
 * @param {object} options.record         storage: { [watchId]: { at, failures, retryAt } }
 * @param {(origin: string) => boolean} options.granted  is the host permission granted
 * @returns {{due: object[], skipped: {id: number, why: string}[]}}
 */
export function dueWatches(watches, { now, record = {}, granted }) {
  const due = [];
  const skipped = [];
  for (const w of Array.isArray(watches) ? watches : []) {
    const mine = record[String(w.id)] || {};
    let why = null;
    if (w.status !== 'active') why = 'paused';
    else if (!(Date.parse(w.next_due) <= now)) why = 'not_due';
    else if (mine.at && now - mine.at < DAY_MS) why = 'fetched_today';
    else if (mine.retryAt && now < mine.retryAt) why = 'backing_off';
    else if (!isBoardUrl(w.url, w.provider)) why = 'not_a_board';
    else if (!granted(w.origin || originPattern(w.provider, w.region))) why = 'no_permission';
    if (why) skipped.push({ id: w.id, why });
    else due.push(w);
  }
  return { due, skipped };
}

const HEAVY_FIELDS = new Set([
  'description', 'descriptionPlain', 'descriptionHtml', 'descriptionBody', 'descriptionBodyPlain',
  'additional', 'additionalPlain', 'lists', 'content_html', 'opening', 'openingPlain', 'jobAd',
]);

/**
 * The board's answer as it came (text: the host parses it, and refuses a truncated one), unless it
 * is too big for a native message: then parsed, with the job descriptions (which the host does
 * not read) left out.
 */
export function payloadFor(text) {
  if (text.length <= MAX_PAYLOAD_CHARS) return text;
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return text.slice(0, 1024); // not JSON: the host says so
  }
  const strip = (job) => {
    if (job && typeof job === 'object' && !Array.isArray(job)) for (const key of HEAVY_FIELDS) delete job[key];
  };
  if (Array.isArray(data)) data.forEach(strip);
  else if (data && typeof data === 'object') for (const key of ['jobs', 'content']) if (Array.isArray(data[key])) data[key].forEach(strip);
  return data;
}

/** One notification for everything a run found; null when there is nothing to say. */
export function digest(matches, notices) {
  if (!matches.length && !notices.length) return null;
  const lines = [];
  // A word with someone inside first: those matches lead, then the closest fits.
  const contactFirst = (m) => (m.next && m.next.action === 'write_contact_first' ? 1 : 0);
  const ordered = [...matches].sort((a, b) => contactFirst(b) - contactFirst(a) || (b.fit || 0) - (a.fit || 0));
  for (const m of ordered.slice(0, 4)) {
    const first = m.next && m.next.action === 'write_contact_first' && m.next.contact
      ? ` (write to ${m.next.contact.name} first)`
      : '';
    lines.push(`${m.title} at ${m.company || 'the company'}${first}`);
  }
  if (matches.length > 4) lines.push(`and ${matches.length - 4} more`);
  for (const n of notices.slice(0, 2)) lines.push(n);
  const title = matches.length === 1
    ? 'Onward: a role worth a look'
    : matches.length > 1
      ? `Onward: ${matches.length} roles worth a look`
      : 'Onward: a watch needs you';
  return { title, message: lines.join('\n') };
}

export class WatchRunner {
  /**
   * @param {object} deps
   * @param {{request: Function}} deps.host       the native-port client
   * @param {Function} deps.fetch                 globalThis.fetch
   * @param {object} deps.storage                 storage.local
   * @param {object} [deps.permissions]           browser.permissions
   * @param {object} [deps.notifications]         browser.notifications
   * @param {string} [deps.iconUrl]
   * @param {() => number} [deps.now]
   */
  constructor({ host, fetch, storage, permissions, notifications, iconUrl = '', now = () => Date.now() }) {
    Object.assign(this, { host, fetch, storage, permissions, notifications, iconUrl, now });
    this.running = null;
    this.followUp = null;
  }

  /**
   * Runs the watches. While a run is going, further calls share one follow-up run after it (a
   * watch added meanwhile is then fetched too); nothing runs twice at the same time.
   */
  run() {
    if (this.running) {
      this.followUp ??= this.running.catch(() => {}).then(() => {
        this.followUp = null;
        return this.run();
      });
      return this.followUp;
    }
    this.running = this.#run().finally(() => { this.running = null; });
    return this.running;
  }

  async #granted(watches) {
    const granted = new Set();
    for (const w of watches) {
      const origin = w.origin || originPattern(w.provider, w.region);
      if (!origin || granted.has(origin)) continue;
      try {
        if (!this.permissions || (await this.permissions.contains({ origins: [origin] }))) granted.add(origin);
      } catch {
        // unknown to this browser: not granted
      }
    }
    return (origin) => granted.has(origin);
  }

  async #run() {
    const { watches } = await this.host.request('watch.list', {});
    const stored = await this.storage.get(['watchFetch', 'watchTestBase']);
    const record = stored.watchFetch || {};
    const base = testBase(stored.watchTestBase);
    const { due, skipped } = dueWatches(watches, { now: this.now(), record, granted: await this.#granted(watches) });
    const matches = [];
    const notices = [];
    const report = { fetched: [], skipped, matches, notices };
    for (const w of due) {
      const url = fetchUrlFor(w, base);
      const mine = (record[String(w.id)] = { ...(record[String(w.id)] || {}), at: this.now() });
      // Remembered before fetching: a crash in the middle does not lead to a second fetch today.
      await this.storage.set({ watchFetch: record });
      const outcome = await this.#fetchOne(w, url);
      report.fetched.push({ id: w.id, outcome: outcome.kind });
      if (outcome.kind === 'ingested') {
        mine.failures = 0;
        delete mine.retryAt;
        matches.push(...(outcome.result.matches || []));
        if (outcome.result.warning) notices.push(outcome.result.warning);
      } else if (outcome.kind === 'reported') {
        mine.failures = 0;
        delete mine.retryAt;
        if (outcome.result && outcome.result.paused) notices.push(outcome.result.notice);
      } else {
        mine.failures = (mine.failures || 0) + 1;
        mine.retryAt = this.now() + localBackoffMs(mine.failures);
      }
      await this.storage.set({ watchFetch: record });
    }
    const note = digest(matches, notices);
    if (note) {
      // Kept for the popup and the tests; the notification itself replaces the previous digest.
      await this.storage.set({ watchLastDigest: { at: this.now(), ...note } });
      if (this.notifications) {
        await this.notifications.create(DIGEST_ID, { type: 'basic', iconUrl: this.iconUrl, title: note.title, message: note.message, priority: 0 });
      }
    }
    report.notified = Boolean(note);
    return report;
  }

  async #fetchOne(w, url) {
    let status = 0;
    let message = '';
    try {
      const response = await this.fetch(url, { credentials: 'omit', cache: 'no-store', redirect: 'follow', headers: { accept: 'application/json' } });
      status = response.status;
      if (response.ok) {
        const text = await response.text();
        try {
          return { kind: 'ingested', result: await this.host.request('postings.ingest', { watch_id: w.id, payload: payloadFor(text) }) };
        } catch (err) {
          if (err.code !== 'invalid_args') return { kind: 'host_failed', error: err };
          message = 'The board answered with something Onward does not understand.';
        }
      } else {
        message = response.statusText || '';
      }
    } catch (err) {
      status = 0;
      message = (err && err.message) || 'No answer';
    }
    try {
      return { kind: 'reported', result: await this.host.request('watch.report_error', { watch_id: w.id, status, message: message.slice(0, 200) }) };
    } catch (err) {
      return { kind: 'host_failed', error: err };
    }
  }
}
