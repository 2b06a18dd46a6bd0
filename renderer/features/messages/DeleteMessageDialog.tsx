// Deleting a message asks once, naming the target, with a reason field (UI.md "Interaction
// rules": Enter confirms, Esc cancels). KOOK's message/delete takes no reason; it is kept for
// the case log that comes with moderation.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageView } from '../../../shared/ipc';
import { authorName } from './authors';
import { messageExcerpt } from './excerpt';

export function DeleteMessageDialog({ message, onConfirm, onCancel }: { message: MessageView; onConfirm(reason: string): void; onCancel(): void }) {
  const { t } = useTranslation('messages');
  const { t: tc } = useTranslation('common');
  const [reason, setReason] = useState('');
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmRef.current?.focus(), []);
  const excerpt = messageExcerpt(message, 80);
  const text = excerpt.kind === 'card' ? t('cardPreview') : excerpt.kind === 'media' ? t('mediaPreview') : excerpt.text;

  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'Enter') {
      e.preventDefault();
      onConfirm(reason.trim());
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    }
  }

  return (
    <div className="kd-dialog-backdrop">
      <div className="kd-dialog" role="alertdialog" aria-modal="true" aria-label={t('deleteTitle')} onKeyDown={onKeyDown}>
        <h2>{t('deleteTitle')}</h2>
        <p>{t('deleteTarget', { author: authorName(message.author), excerpt: text })}</p>
        <label className="kd-dialog-field">
          <span>{t('reason')}</span>
          <input value={reason} maxLength={200} placeholder={t('reasonPlaceholder')} onChange={(e) => setReason(e.target.value)} />
        </label>
        <div className="kd-dialog-actions">
          <button type="button" className="kd-button" onClick={onCancel}>
            {tc('cancel')}
          </button>
          <button type="button" ref={confirmRef} className="kd-button kd-danger" onClick={() => onConfirm(reason.trim())}>
            {t('deleteConfirm')}
          </button>
        </div>
      </div>
    </div>
  );
}
