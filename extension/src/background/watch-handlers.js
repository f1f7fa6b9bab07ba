// The watch handlers: only the extension's own pages (the popup) may list, add, change or remove
// watches. Arguments are checked here before they reach the host.
import { Caller } from './router.js';
import { BOARD_ORIGINS } from './watches.js';

const { PAGE } = Caller;

function invalid(message) {
  return Object.assign(new Error(message), { code: 'invalid_args' });
}

function id(args, name) {
  const v = args[name];
  if (!Number.isInteger(v) || v < 1) throw invalid(`${name} is missing.`);
  return v;
}

function board(args) {
  const b = args.board;
  if (!b || typeof b !== 'object') throw invalid('Pick a job board.');
  if (!Object.hasOwn(BOARD_ORIGINS, b.provider)) throw invalid('Pick one of Greenhouse, Lever, Ashby, Workable or SmartRecruiters.');
  if (typeof b.token !== 'string' || !/^[A-Za-z0-9._-]{1,100}$/.test(b.token)) {
    throw invalid('The board name is the last part of the careers page address, such as "acme" in jobs.lever.co/acme.');
  }
  const out = { provider: b.provider, token: b.token };
  if (b.region === 'eu' && b.provider === 'lever') out.region = 'eu';
  return out;
}

function filters(args) {
  const f = args.filters;
  if (f === undefined || f === null) return undefined;
  if (typeof f !== 'object' || Array.isArray(f)) throw invalid('Filters must be an object.');
  const out = {};
  if (f.locations !== undefined) {
    if (!Array.isArray(f.locations) || !f.locations.every((p) => typeof p === 'string' && p.length > 0 && p.length <= 100)) {
      throw invalid('Places are names such as Berlin or Remote.');
    }
    out.locations = f.locations.slice(0, 20);
  }
  if (f.remote !== undefined) {
    if (!['include', 'only', 'exclude'].includes(f.remote)) throw invalid('Remote is include, only or exclude.');
    out.remote = f.remote;
  }
  if (f.max_age_days !== undefined) {
    if (!Number.isInteger(f.max_age_days) || f.max_age_days < 1 || f.max_age_days > 365) throw invalid('Freshness is 1 to 365 days.');
    out.max_age_days = f.max_age_days;
  }
  return out;
}

/**
 * @param {object} deps  { router, host, runner (WatchRunner) }
 */
export function registerWatchHandlers({ router, host, runner }) {
  const call = (cmd, args) => host.request(cmd, args);
  // A run in the background after a change; its outcome shows up in the next watch.list.
  const soon = () => {
    runner.run().catch((err) => console.warn('onward: watches', err.message));
  };

  router.on('watch.list', () => call('watch.list', {}), { from: [PAGE] });

  router.on('watch.suggest', (args) => call('watch.suggest', { application_id: id(args, 'application_id') }), { from: [PAGE] });

  router.on('watch.add', async (args) => {
    const out = { application_id: id(args, 'application_id'), board: board(args) };
    const f = filters(args);
    if (f) out.filters = f;
    const watch = await call('watch.add', out);
    soon();
    return watch;
  }, { from: [PAGE] });

  router.on('watch.update', async (args) => {
    const out = { watch_id: id(args, 'watch_id') };
    if (args.status !== undefined) {
      if (args.status !== 'active' && args.status !== 'paused') throw invalid('A watch is active or paused.');
      out.status = args.status;
    }
    const f = filters(args);
    if (f) out.filters = f;
    const watch = await call('watch.update', out);
    if (out.status === 'active') soon();
    return watch;
  }, { from: [PAGE] });

  router.on('watch.remove', (args) => call('watch.remove', { watch_id: id(args, 'watch_id') }), { from: [PAGE] });

  // "Check now": runs the scheduler; it still fetches each board at most once a day.
  router.on('watch.run', () => runner.run(), { from: [PAGE] });
}
