// Permanent, 10 min, 1 h, 1 d, 7 d or custom (amount + unit); reports the duration in ms,
// null for permanent, or 'invalid' for a custom value outside 1 minute – 1 year.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { customDuration, DURATION_PRESETS, type CustomUnit, type DurationPreset } from './durations';

export type DurationValue = number | null | 'invalid';

export function DurationPicker({ onChange }: { onChange(value: DurationValue): void }) {
  const { t } = useTranslation('moderation');
  const [preset, setPreset] = useState<DurationPreset>('permanent');
  const [amount, setAmount] = useState('30');
  const [unit, setUnit] = useState<CustomUnit>('minutes');

  function report(p: DurationPreset, a: string, u: CustomUnit) {
    if (p !== 'custom') return onChange(DURATION_PRESETS.find((d) => d.id === p)?.ms ?? null);
    onChange(customDuration(Number(a), u) ?? 'invalid');
  }

  const invalid = preset === 'custom' && customDuration(Number(amount), unit) === null;
  return (
    <fieldset className="kd-mod-duration">
      <legend>{t('duration')}</legend>
      <div className="kd-mod-presets" role="radiogroup" aria-label={t('duration')}>
        {DURATION_PRESETS.map((d) => (
          <label key={d.id}>
            <input
              type="radio"
              name="kd-duration"
              value={d.id}
              checked={preset === d.id}
              onChange={() => {
                setPreset(d.id);
                report(d.id, amount, unit);
              }}
            />
            {t(`durations.${d.id}`)}
          </label>
        ))}
      </div>
      {preset === 'custom' && (
        <div className="kd-mod-custom">
          <input
            type="number"
            min={1}
            aria-label={t('customAmount')}
            aria-invalid={invalid}
            value={amount}
            onChange={(e) => {
              setAmount(e.target.value);
              report('custom', e.target.value, unit);
            }}
          />
          <select
            aria-label={t('customUnit')}
            value={unit}
            onChange={(e) => {
              const u = e.target.value as CustomUnit;
              setUnit(u);
              report('custom', amount, u);
            }}
          >
            <option value="minutes">{t('units.minutes')}</option>
            <option value="hours">{t('units.hours')}</option>
            <option value="days">{t('units.days')}</option>
          </select>
          {invalid && <span className="kd-field-error" role="alert">{t('durationInvalid')}</span>}
        </div>
      )}
    </fieldset>
  );
}
