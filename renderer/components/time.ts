// Times in the local zone: just the clock for today, the date otherwise; full on hover (UI.md).
// Formatters are cached per locale: `toLocaleString` builds a new Intl formatter on every call,
// which showed up as a hot spot when rows mount under live traffic (issue 4 "Benchmarks").
type Style = 'clock' | 'date' | 'full';

const OPTIONS: Record<Style, Intl.DateTimeFormatOptions> = {
  clock: { hour: '2-digit', minute: '2-digit' },
  date: { year: 'numeric', month: 'short', day: 'numeric' },
  full: { dateStyle: 'full', timeStyle: 'medium' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, style: Style): Intl.DateTimeFormat {
  const key = `${style}|${locale}`;
  let held = formatters.get(key);
  if (held === undefined) {
    held = new Intl.DateTimeFormat(locale, OPTIONS[style]);
    formatters.set(key, held);
  }
  return held;
}

export function shortTime(ms: number, locale: string, now: number = Date.now()): string {
  const d = new Date(ms);
  const today = new Date(now);
  const sameDay =
    d.getFullYear() === today.getFullYear() && d.getMonth() === today.getMonth() && d.getDate() === today.getDate();
  return formatter(locale, sameDay ? 'clock' : 'date').format(d);
}

export function fullTime(ms: number, locale: string): string {
  return formatter(locale, 'full').format(new Date(ms));
}
