// "Connect a bot": profile name, token (password field) and an optional base URL. The token lives
// only in this form's state and is cleared the moment it is submitted (issue 4 "Security").
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAppStore } from '../../store';

export function ConnectForm() {
  const { t } = useTranslation('session');
  const connect = useAppStore((s) => s.connect);
  const busy = useAppStore((s) => s.sessionBusy);
  const error = useAppStore((s) => s.sessionError);
  const [name, setName] = useState('');
  const [token, setToken] = useState('');
  const [baseUrl, setBaseUrl] = useState('');
  const [advanced, setAdvanced] = useState(false);

  function submit(e: FormEvent) {
    e.preventDefault();
    const pasted = token;
    setToken('');
    void connect({ name: name.trim() || 'Bot', token: pasted.trim(), baseUrl: baseUrl.trim() || null });
  }

  return (
    <form className="kd-card kd-connect" aria-label={t('connectBot')} onSubmit={submit}>
      <h2>{t('connectBot')}</h2>
      <p className="kd-muted">{t('connectHint')}</p>
      <label>
        {t('profileName')}
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={64} autoComplete="off" />
      </label>
      <label>
        {t('token')}
        <input type="password" value={token} onChange={(e) => setToken(e.target.value)} autoComplete="off" spellCheck={false} />
      </label>
      <details open={advanced} onToggle={(e) => setAdvanced(e.currentTarget.open)}>
        <summary>{t('showAdvanced')}</summary>
        <label>
          {t('baseUrl')}
          <input value={baseUrl} onChange={(e) => setBaseUrl(e.target.value)} placeholder="http://127.0.0.1:8080" />
        </label>
        <p className="kd-muted">{t('baseUrlHint')}</p>
      </details>
      {error?.code === 'auth-failed' ? (
        <div className="kd-error" role="alert" title={error.message}>
          {t('authFailed')}
        </div>
      ) : (
        <ErrorNotice error={error} />
      )}
      <button type="submit" className="kd-button kd-primary" disabled={busy || token.trim().length === 0}>
        {busy ? t('connecting') : t('connect')}
      </button>
    </form>
  );
}
