// Times in the local zone: just the clock for today, the date otherwise; full on hover (UI.md).
export function shortTime(ms: number, locale: string, now: number = Date.now()): string {
  const d = new Date(ms);
  const today = new Date(now);
  const sameDay =
    d.getFullYear() === today.getFullYear() && d.getMonth() === today.getMonth() && d.getDate() === today.getDate();
  return sameDay
    ? d.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' })
    : d.toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function fullTime(ms: number, locale: string): string {
  return new Date(ms).toLocaleString(locale, { dateStyle: 'full', timeStyle: 'medium' });
}
