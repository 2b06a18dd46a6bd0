// Durations for temporary bans and mutes (the contract allows 1 minute to 1 year), KOOK's
// slow-mode steps (REST.md channel/update: only these values, in ms), and durations in words.
import type { TFunction } from 'i18next';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const MIN_DURATION_MS = MINUTE;
export const MAX_DURATION_MS = 365 * DAY;

export type DurationPreset = 'permanent' | '10m' | '1h' | '1d' | '7d' | 'custom';

export const DURATION_PRESETS: readonly { id: DurationPreset; ms: number | null }[] = [
  { id: 'permanent', ms: null },
  { id: '10m', ms: 10 * MINUTE },
  { id: '1h', ms: HOUR },
  { id: '1d', ms: DAY },
  { id: '7d', ms: 7 * DAY },
  { id: 'custom', ms: null },
];

export type CustomUnit = 'minutes' | 'hours' | 'days';
export const UNIT_MS: Record<CustomUnit, number> = { minutes: MINUTE, hours: HOUR, days: DAY };

/** A custom duration in ms, or null when it is outside what the contract accepts. */
export function customDuration(amount: number, unit: CustomUnit): number | null {
  if (!Number.isFinite(amount) || amount <= 0) return null;
  const ms = Math.round(amount * UNIT_MS[unit]);
  return ms >= MIN_DURATION_MS && ms <= MAX_DURATION_MS ? ms : null;
}

// REST.md channel/update slow_mode: "only 0, 5000, … 21600000 (text)".
export const SLOW_MODE_STEPS_MS: readonly number[] = [
  0, 5000, 10000, 15000, 30000, 60000, 120000, 300000, 600000, 900000, 1800000, 3600000, 7200000, 21600000,
];

/** "about 3 minutes", "2 hours 5 minutes" — the largest two units, for ETAs and durations. */
export function durationWords(ms: number, t: TFunction): string {
  if (ms < 1000) return t('moderation:time.lessThanSecond');
  const units: [number, string][] = [
    [DAY, 'days'],
    [HOUR, 'hours'],
    [MINUTE, 'minutes'],
    [1000, 'seconds'],
  ];
  const parts: string[] = [];
  let rest = ms;
  for (const [size, name] of units) {
    const count = Math.floor(rest / size);
    if (count > 0 && parts.length < 2) {
      parts.push(t(`moderation:time.${name}`, { count }));
      rest -= count * size;
    } else if (parts.length > 0) break;
  }
  return parts.join(' ');
}

/** Slow-mode step label: "Off" or the duration. */
export function slowModeLabel(ms: number, t: TFunction): string {
  return ms === 0 ? t('moderation:slowModeOff') : durationWords(ms, t);
}
