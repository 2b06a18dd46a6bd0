// Color as swatches plus a hex field (UI.md "Role editor").
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { colorHex, parseHex } from '../../components/color';

const SWATCHES = [0x000000, 0x1abc9c, 0x2ecc71, 0x3498db, 0x9b59b6, 0xe91e63, 0xf1c40f, 0xe67e22, 0xe74c3c, 0x95a5a6, 0x607d8b, 0x11806a];

export function ColorPicker({ color, onChange }: { color: number; onChange(color: number): void }) {
  const { t } = useTranslation('roles');
  const [hex, setHex] = useState(colorHex(color));
  useEffect(() => setHex(colorHex(color)), [color]);
  return (
    <fieldset className="kd-color">
      <legend>{t('color')}</legend>
      <div className="kd-swatches">
        {SWATCHES.map((c) => (
          <button
            key={c}
            type="button"
            className={`kd-swatch-button${c === color ? ' kd-selected' : ''}`}
            style={{ background: colorHex(c) }}
            aria-label={t('colorSwatch', { hex: colorHex(c) })}
            aria-pressed={c === color}
            onClick={() => onChange(c)}
          />
        ))}
      </div>
      <input
        aria-label={t('hex')}
        value={hex}
        maxLength={7}
        onChange={(e) => {
          setHex(e.target.value);
          const parsed = parseHex(e.target.value);
          if (parsed !== null) onChange(parsed);
        }}
      />
    </fieldset>
  );
}
