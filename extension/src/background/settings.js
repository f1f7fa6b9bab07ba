// Settings and small local memory, in storage.local (never synced: it is about the person's
// job search). The host keeps the applications; the extension keeps only UI state.

export const DEFAULT_SETTINGS = Object.freeze({
  // The same defaults and ranges as the host's settings (docs/protocol.md, settings.get).
  quietPeriodWeeks: 8, // before "Move on" is suggested
  ghostingDays: 30, // no answer for this long counts as a silent no
  languages: ['en', 'de', 'fr', 'es', 'nl'],
  keepEmailBodies: false,
  yourName: '', // signs the drafts; empty: the drafts end without a name
  watchAlertsPerMonth: 2, // job-board alerts per company in any 30 days
  // Host confidence at or above `recordAbove` is recorded at once; between `askAbove` and it,
  // the person is asked first; below `askAbove` nothing is shown.
  recordAbove: 0.75,
  askAbove: 0.45,
});

const MAX_DISMISSED = 500;

export function validateSettings(input) {
  const out = {};
  const int = (v, lo, hi) => Number.isInteger(v) && v >= lo && v <= hi;
  if ('quietPeriodWeeks' in input) {
    if (!int(input.quietPeriodWeeks, 1, 104)) throw invalid('The quiet period is a whole number of weeks from 1 to 104.');
    out.quietPeriodWeeks = input.quietPeriodWeeks;
  }
  if ('ghostingDays' in input) {
    if (!int(input.ghostingDays, 7, 365)) throw invalid('The ghosting threshold is a whole number of days from 7 to 365.');
    out.ghostingDays = input.ghostingDays;
  }
  if ('languages' in input) {
    const langs = input.languages;
    if (!Array.isArray(langs) || langs.length === 0 || !langs.every((l) => typeof l === 'string' && /^[a-z]{2,3}$/.test(l))) {
      throw invalid('Languages are two- or three-letter codes, such as en, de, fr.');
    }
    out.languages = [...new Set(langs)];
  }
  if ('yourName' in input) {
    const name = input.yourName;
    if (typeof name !== 'string' || new TextEncoder().encode(name.trim()).length > 200) throw invalid('Your name is text of at most 200 bytes.');
    out.yourName = name.trim();
  }
  if ('watchAlertsPerMonth' in input) {
    if (!int(input.watchAlertsPerMonth, 1, 10)) throw invalid('Alerts per company are a whole number from 1 to 10 a month.');
    out.watchAlertsPerMonth = input.watchAlertsPerMonth;
  }
  if ('keepEmailBodies' in input) {
    if (typeof input.keepEmailBodies !== 'boolean') throw invalid('"Keep email bodies" is on or off.');
    out.keepEmailBodies = input.keepEmailBodies;
  }
  return out;
}

function invalid(message) {
  return Object.assign(new Error(message), { code: 'invalid_args' });
}

export class LocalState {
  constructor(storage) {
    this.storage = storage; // storage.local
  }

  async settings() {
    const { settings } = await this.storage.get('settings');
    return { ...DEFAULT_SETTINGS, ...(settings || {}) };
  }

  async updateSettings(changes) {
    const next = { ...(await this.settings()), ...validateSettings(changes) };
    await this.storage.set({ settings: next });
    return next;
  }

  async isDismissed(key) {
    const { dismissed } = await this.storage.get('dismissed');
    return Boolean(dismissed && dismissed[key]);
  }

  async dismiss(key) {
    const { dismissed = {} } = await this.storage.get('dismissed');
    dismissed[key] = Date.now();
    const keys = Object.keys(dismissed);
    if (keys.length > MAX_DISMISSED) {
      keys.sort((a, b) => dismissed[a] - dismissed[b]);
      for (const old of keys.slice(0, keys.length - MAX_DISMISSED)) delete dismissed[old];
    }
    await this.storage.set({ dismissed });
  }

  /** Where each application's email thread was seen, for "Open the thread" in the popup. */
  async rememberThread(applicationId, url) {
    if (!url) return;
    const { threads = {} } = await this.storage.get('threads');
    threads[String(applicationId)] = url;
    await this.storage.set({ threads });
  }

  async threads() {
    const { threads = {} } = await this.storage.get('threads');
    return threads;
  }
}
