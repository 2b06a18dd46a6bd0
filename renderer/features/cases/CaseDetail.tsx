// One case: what happened, the evidence (messages rendered as they were, with attachments),
// the reason edited inline, and one-click undo where KOOK allows it (`undoable`).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../../shared/ipc';
import type { Attachment } from '../../../shared/kook/objects';
import { ErrorNotice } from '../../components/ErrorNotice';
import { fullTime } from '../../components/time';
import { useAppStore } from '../../store';
import type { UiError } from '../../store/uiError';
import { MessageContent } from '../messages/content';
import { useNameLookup } from '../members/useNameLookup';
import { actionWords, actorWords, durationText, resultWords, targetWords } from './caseText';

export function CaseDetail({ c }: { c: CaseView }) {
  const { t, i18n } = useTranslation('cases');
  const names = useNameLookup();
  const editReason = useAppStore((s) => s.editCaseReason);
  const undo = useAppStore((s) => s.undoCase);
  const [editing, setEditing] = useState(false);
  const [reason, setReason] = useState(c.reason ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<UiError | null>(null);
  const result = resultWords(c, t);
  const locale = i18n.language;

  async function save(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const failed = await editReason(c.id, reason.trim());
    setBusy(false);
    setError(failed);
    if (!failed) setEditing(false);
  }

  async function runUndo() {
    setBusy(true);
    setError(await undo(c.id));
    setBusy(false);
  }

  const target = targetWords(c, names, t);
  const actor = actorWords(c, names, t);
  return (
    <section className="kd-case-detail" aria-label={t('detail', { id: c.id })}>
      <h3>
        #{c.id} {actionWords(c, t)}
      </h3>
      <dl className="kd-times">
        <dt>{t('columns.target')}</dt>
        <dd>
          {target.text !== c.targetId && `${target.text} `}
          <span className="kd-muted">{c.targetId}</span>
        </dd>
        <dt>{t('columns.moderator')}</dt>
        <dd title={actor.title}>{actor.text}</dd>
        <dt>{t('columns.time')}</dt>
        <dd>{fullTime(c.createdAt, locale)}</dd>
        <dt>{t('columns.result')}</dt>
        <dd title={result.title}>{result.text}</dd>
        {c.durationMs !== null && (
          <>
            <dt>{t('columns.duration')}</dt>
            <dd>{durationText(c, t, locale)}</dd>
          </>
        )}
      </dl>
      {editing ? (
        <form className="kd-mod-row" onSubmit={(e) => void save(e)} onKeyDown={(e) => e.key === 'Escape' && setEditing(false)}>
          <input aria-label={t('reason')} value={reason} maxLength={500} autoFocus onChange={(e) => setReason(e.target.value)} />
          <button type="submit" className="kd-button" disabled={busy}>
            {t('saveReason')}
          </button>
        </form>
      ) : (
        <p>
          <strong>{t('reason')}:</strong> {c.reason ?? t('noReason')}{' '}
          <button type="button" className="kd-link-button" onClick={() => setEditing(true)}>
            {t('editReason')}
          </button>
        </p>
      )}
      {c.undoneByCaseId !== null && <p className="kd-muted">{t('undoneBy', { id: c.undoneByCaseId })}</p>}
      {c.undoable && (
        <button type="button" className="kd-button" disabled={busy} onClick={() => void runUndo()}>
          {t('undo')}
        </button>
      )}
      <ErrorNotice error={error} onDismiss={() => setError(null)} />
      {c.evidence?.archivePath && <p className="kd-mod-archive">{t('archive', { path: c.evidence.archivePath })}</p>}
      {c.evidence?.messages && c.evidence.messages.length > 0 && (
        <section aria-label={t('evidence')}>
          <h4>{t('evidence')}</h4>
          <ul className="kd-case-evidence">
            {c.evidence.messages.map((m) => (
              <li key={m.id}>
                <div className="kd-muted">
                  {m.authorName} · {fullTime(m.createAt, locale)}
                </div>
                <MessageContent message={{ type: m.type, content: m.content, attachments: attachmentOf(m.attachments) }} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

/** Evidence keeps attachments as they came (unknown); only a plausible attachment object is passed on. */
const ATTACHMENT_TYPES: readonly Attachment['type'][] = ['image', 'video', 'file', 'audio'];

function attachmentOf(value: unknown): Attachment | null {
  if (!value || typeof value !== 'object' || !('url' in value) || typeof value.url !== 'string') return null;
  const type = 'type' in value ? ATTACHMENT_TYPES.find((k) => k === value.type) : undefined;
  const name = 'name' in value && typeof value.name === 'string' ? value.name : '';
  const size = 'size' in value && typeof value.size === 'number' ? value.size : undefined;
  return { type: type ?? 'file', url: value.url, name, ...(size !== undefined ? { size } : {}) };
}
