// "Post as the bot": a KMarkdown or card JSON editor with a live preview rendered exactly as a
// message would be (KMARKDOWN_CARD.md), an optional reply-quote chip, sent via moderation.post.
// Ctrl+Enter sends; Enter in the editor is a new line.
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAppStore } from '../../store';
import type { DialogRequest } from '../../store/moderation/requests';
import { toUiError, type UiError } from '../../store/uiError';
import { CardMessage, KMarkdown } from '../messages/content';
import { authorName } from '../messages/authors';
import { messageExcerpt } from '../messages/excerpt';
import { caseError } from './caseError';
import { CARD_TEMPLATE, validateCard } from './cardValidation';
import { DialogFrame } from './DialogFrame';
import { PermissionNotice } from './PermissionNotice';
import { isAllowed, usePermissionCheck } from './usePermissionCheck';

type Mode = 'kmarkdown' | 'card';

export function Composer({ request, onDone, onCancel }: { request: Extract<DialogRequest, { kind: 'composer' }>; onDone(): void; onCancel(): void }) {
  const { t } = useTranslation('moderation');
  const { t: tc } = useTranslation('common');
  const api = useAppStore((s) => s.moderationApi);
  const applyCase = useAppStore((s) => s.applyCaseRecorded);
  const [mode, setMode] = useState<Mode>('kmarkdown');
  const [text, setText] = useState('');
  const [card, setCard] = useState(CARD_TEMPLATE);
  const [quote, setQuote] = useState(request.quote ?? null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<UiError | null>(null);
  const check = usePermissionCheck({ guildId: request.guildId, action: 'post', channelId: request.channel.id });
  const source = mode === 'kmarkdown' ? text : card;
  const preview = useDeferredValue(source);
  const problem = mode === 'card' ? validateCard(card) : null;
  const canSend = isAllowed(check) && !busy && source.trim().length > 0 && problem === null;

  async function send() {
    if (!canSend) return;
    setBusy(true);
    setError(null);
    try {
      const posted = await api.post({ channelId: request.channel.id, type: mode === 'kmarkdown' ? 9 : 10, content: source, ...(quote ? { quote: quote.id } : {}) });
      applyCase(posted);
      const failed = caseError(posted);
      if (failed) {
        setError(failed);
        setBusy(false);
      } else onDone();
    } catch (e) {
      setError(toUiError(e));
      setBusy(false);
    }
  }

  const excerpt = quote ? messageExcerpt(quote, 80) : null;
  return (
    <DialogFrame title={t('composer.title', { channel: request.channel.name })} onCancel={onCancel} onEnter={() => void send()} wide>
      <div className="kd-mod-tabs" role="radiogroup" aria-label={t('composer.format')}>
        {(['kmarkdown', 'card'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name="kd-composer-mode" checked={mode === m} onChange={() => setMode(m)} />
            {t(`composer.${m}`)}
          </label>
        ))}
      </div>
      {quote && excerpt && (
        <div className="kd-chip kd-mod-quote" aria-label={t('composer.quoting')}>
          <span>
            {authorName(quote.author)}: {excerpt.kind === 'text' ? excerpt.text : t('nonTextMessage')}
          </span>
          <button type="button" aria-label={t('composer.removeQuote')} onClick={() => setQuote(null)}>
            ×
          </button>
        </div>
      )}
      <div className="kd-mod-composer">
        <textarea
          aria-label={t(mode === 'kmarkdown' ? 'composer.kmarkdownEditor' : 'composer.cardEditor')}
          aria-invalid={problem !== null}
          value={source}
          rows={10}
          maxLength={20_000}
          spellCheck={mode === 'kmarkdown'}
          onChange={(e) => (mode === 'kmarkdown' ? setText(e.target.value) : setCard(e.target.value))}
        />
        <section className="kd-mod-preview" aria-label={t('composer.preview')}>
          {preview.trim() === '' ? (
            <p className="kd-muted">{t('composer.empty')}</p>
          ) : mode === 'kmarkdown' ? (
            <KMarkdown source={preview} />
          ) : (
            problem === null && <CardMessage content={preview} />
          )}
        </section>
      </div>
      {problem && (
        <p className="kd-field-error" role="alert">
          {t(`composer.${problem.key}`, problem.values ?? {})}
        </p>
      )}
      <PermissionNotice state={check} />
      <ErrorNotice error={error} onDismiss={() => setError(null)} />
      <div className="kd-dialog-actions">
        <span className="kd-muted">{t('composer.hint')}</span>
        <button type="button" className="kd-button" onClick={onCancel}>
          {tc('cancel')}
        </button>
        <button type="button" className="kd-button kd-primary" disabled={!canSend} onClick={() => void send()}>
          {busy ? t('working') : t('composer.send')}
        </button>
      </div>
    </DialogFrame>
  );
}
