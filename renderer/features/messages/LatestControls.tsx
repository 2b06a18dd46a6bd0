// "N new messages" while the reader is in older history, and "Jump to latest" whenever they are
// away from the newest message (UI.md "Message pane").
import { useTranslation } from 'react-i18next';

export function LatestControls({ newCount, showJump, onJump }: { newCount: number; showJump: boolean; onJump(): void }) {
  const { t } = useTranslation('messages');
  if (newCount === 0 && !showJump) return null;
  return (
    <div className="kd-msg-latest">
      {newCount > 0 && (
        <button type="button" className="kd-msg-pill" onClick={onJump}>
          {t('newMessages', { count: newCount })}
        </button>
      )}
      {showJump && (
        <button type="button" className="kd-button kd-msg-jump-latest" onClick={onJump}>
          <span aria-hidden="true">↓ </span>
          {t('jumpToLatest')}
        </button>
      )}
    </div>
  );
}
