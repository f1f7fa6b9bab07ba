// The toolbar badge: how many steps are due now, across applications.

export function dueCount(steps, now = new Date()) {
  if (!Array.isArray(steps)) return 0;
  return steps.filter((s) => {
    if (!s || !s.due) return true; // a step without a date is due now
    const t = Date.parse(s.due);
    return Number.isNaN(t) || t <= now.getTime();
  }).length;
}

export function makeBadge({ action, host }) {
  return async function refresh() {
    let text = '';
    try {
      const { steps } = await host.request('next_steps', { now: new Date().toISOString() });
      const n = dueCount(steps);
      text = n === 0 ? '' : n > 99 ? '99+' : String(n);
    } catch (err) {
      text = err.code === 'not_installed' ? '!' : '';
    }
    await action.setBadgeBackgroundColor({ color: '#0b6e4f' });
    await action.setBadgeText({ text });
    return text;
  };
}
