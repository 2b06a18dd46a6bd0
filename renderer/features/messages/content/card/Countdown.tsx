import { useEffect, useState } from 'react';
import { useContentServices } from '../ContentContext';
import { useContentText } from '../useContentText';
import type { ModuleOf } from './schema';

const pad = (n: number): string => String(n).padStart(2, '0');

/** §2.4 countdown: `day` shows days + h:m:s, `hour` total hours, `second` total seconds (+ progress from startTime). */
export function Countdown({ module }: { module: ModuleOf<'countdown'> }) {
  const { now } = useContentServices();
  const t = useContentText();
  const [time, setTime] = useState(() => now());
  const { endTime, mode, startTime } = module;

  useEffect(() => {
    if (now() >= endTime) return undefined;
    const timer = setInterval(() => {
      const current = now();
      setTime(current);
      if (current >= endTime) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [endTime, now]);

  const remaining = Math.max(0, Math.ceil((endTime - time) / 1000));
  const hms = (hours: number): string => `${pad(hours)}:${pad(Math.floor(remaining / 60) % 60)}:${pad(remaining % 60)}`;
  let text: string;
  if (remaining === 0) text = t('countdownEnded');
  else if (mode === 'day') text = t('countdownDay', { days: Math.floor(remaining / 86400), hms: hms(Math.floor(remaining / 3600) % 24) });
  else if (mode === 'hour') text = hms(Math.floor(remaining / 3600));
  else text = t('countdownSecond', { seconds: remaining });

  const span = startTime !== undefined && startTime < endTime ? endTime - startTime : 0;
  const progress = mode === 'second' && span > 0 ? Math.min(100, Math.max(0, Math.round(((time - (startTime ?? 0)) / span) * 100))) : null;
  return (
    <div className={`kd-card-countdown kd-card-countdown-${mode}`} role="timer" aria-label={t('countdown')}>
      <span className="kd-card-countdown-value">{text}</span>
      {progress !== null && (
        <div className="kd-card-progress" role="progressbar" aria-label={t('countdownProgress')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={progress}>
          <div className="kd-card-progress-bar" style={{ width: `${progress}%` }} />
        </div>
      )}
    </div>
  );
}
