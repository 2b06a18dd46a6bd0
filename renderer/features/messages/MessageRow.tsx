// One message: avatar, author in their role color, time (full on hover), content, quote,
// reactions, pin and edit marks, and the hover quick actions (UI.md "Message pane").
// Compact rows continue a group by the same author and show only the content.
// The quick actions and the full-time tooltips exist only while the row is hovered or holds
// focus (hidden otherwise anyway): a screenful of rows mounts on every jump and every frame of
// live traffic, and the buttons were a third of each row's elements.
import { memo, useState, type FocusEvent } from 'react';
import { useNamespaceText } from '../../i18n/useNamespaceText';
import type { MessageView } from '../../../shared/ipc';
import { Avatar } from '../../components/Avatar';
import { fullTime, shortTime } from '../../components/time';
import { authorName } from './authors';
import { MessageContent } from './content';
import { QuickActions } from './QuickActions';
import { QuotePreview } from './QuotePreview';
import { Reactions } from './Reactions';
import type { RowActions } from './rowActions';

export interface MessageRowProps {
  message: MessageView;
  compact: boolean;
  color: string | undefined;
  locale: string;
  actions: RowActions;
}

export const MessageRow = memo(function MessageRow({ message, compact, color, locale, actions }: MessageRowProps) {
  const t = useNamespaceText('messages');
  const [active, setActive] = useState(false);
  const name = authorName(message.author);
  const edited = (message.updated_at ?? 0) > 0;
  const leaveFocus = (e: FocusEvent<HTMLDivElement>) => {
    if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) setActive(false);
  };
  return (
    <div
      className={compact ? 'kd-msg kd-msg-compact' : 'kd-msg'}
      onMouseEnter={() => setActive(true)}
      onMouseLeave={() => setActive(false)}
      onFocus={() => setActive(true)}
      onBlur={leaveFocus}
      onContextMenu={(e) => {
        e.preventDefault();
        actions.openMenu(message, e.clientX, e.clientY);
      }}
    >
      <div className="kd-msg-gutter">
        {compact ? (
          <time className="kd-msg-time kd-msg-time-compact" dateTime={new Date(message.create_at).toISOString()} title={active ? fullTime(message.create_at, locale) : undefined}>
            {shortTime(message.create_at, locale)}
          </time>
        ) : (
          <Avatar url={message.author.avatar} name={name} size={36} />
        )}
      </div>
      <div className="kd-msg-body">
        {message.quote && <QuotePreview quote={message.quote} onJump={actions.jumpToQuote} />}
        {!compact && (
          <div className="kd-msg-head">
            <span className="kd-msg-author" style={color ? { color } : undefined} title={`${name} (${message.author.username}#${message.author.identify_num})`}>
              {name}
            </span>
            <time className="kd-msg-time" dateTime={new Date(message.create_at).toISOString()} title={active ? fullTime(message.create_at, locale) : undefined}>
              {shortTime(message.create_at, locale)}
            </time>
          </div>
        )}
        <div className="kd-msg-content">
          <MessageContent message={message} />
        </div>
        {(edited || message.pinned) && (
          <div className="kd-msg-marks">
            {message.pinned && (
              <span className="kd-msg-pin" role="img" aria-label={t('pinned')} title={t('pinned')}>
                📌
              </span>
            )}
            {edited && (
              <span className="kd-msg-edited" title={t('editedAt', { time: fullTime(message.updated_at ?? 0, locale) })}>
                {t('edited')}
              </span>
            )}
          </div>
        )}
        <Reactions reactions={message.reactions} />
      </div>
      {active && <QuickActions message={message} actions={actions} />}
    </div>
  );
});
