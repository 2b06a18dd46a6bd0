// Where each case is also posted as a card, so a moderation team shares one record
// (cases.setLogChannel; none = not posted).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAppStore } from '../../store';
import type { UiError } from '../../store/uiError';

export function LogChannelPicker() {
  const { t } = useTranslation('cases');
  const channels = useAppStore((s) => s.guildDetail?.channels);
  const current = useAppStore((s) => s.caseLogChannelId);
  const setLogChannel = useAppStore((s) => s.setCaseLogChannel);
  const [error, setError] = useState<UiError | null>(null);
  const text = (channels ?? []).filter((c) => !c.is_category && c.type === 1);
  return (
    <label className="kd-case-log">
      {t('logChannel')}
      <select
        aria-label={t('logChannel')}
        value={current ?? ''}
        onChange={(e) => void setLogChannel(e.target.value === '' ? null : e.target.value).then(setError)}
      >
        <option value="">{t('noLogChannel')}</option>
        {text.map((c) => (
          <option key={c.id} value={c.id}>
            # {c.name}
          </option>
        ))}
      </select>
      <ErrorNotice error={error} onDismiss={() => setError(null)} />
    </label>
  );
}
