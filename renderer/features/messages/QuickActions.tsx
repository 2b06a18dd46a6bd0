// The actions on one message, as hover buttons on the row and as the right-click menu, which
// adds a second group with moderation on the message and its author (issue 5).
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { placeInView, type Placement } from '../../components/placeInView';
import { useNamespaceText } from '../../i18n/useNamespaceText';
import type { MessageView } from '../../../shared/ipc';
import type { MessageModeration, RowActions } from './rowActions';

type ActionId = 'copyId' | 'copyLink' | 'deleteMessage';

const ACTIONS: readonly { id: ActionId; icon: string; run(actions: RowActions, message: MessageView): void }[] = [
  { id: 'copyId', icon: '#', run: (a, m) => a.copyId(m) },
  { id: 'copyLink', icon: '🔗', run: (a, m) => a.copyLink(m) },
  { id: 'deleteMessage', icon: '🗑', run: (a, m) => a.askDelete(m) },
];

export function QuickActions({ message, actions }: { message: MessageView; actions: RowActions }) {
  const t = useNamespaceText('messages');
  return (
    <div className="kd-msg-actions" role="toolbar" aria-label={t('actions')}>
      {ACTIONS.map((action) => (
        <button
          key={action.id}
          type="button"
          className={action.id === 'deleteMessage' ? 'kd-icon-button kd-msg-action-danger' : 'kd-icon-button'}
          aria-label={t(action.id)}
          title={t(action.id)}
          onClick={() => action.run(actions, message)}
        >
          <span aria-hidden="true">{action.icon}</span>
        </button>
      ))}
    </div>
  );
}

const MODERATION: readonly MessageModeration[] = ['replyQuote', 'deleteWithCase', 'banAuthor', 'kickAuthor', 'muteAuthor', 'purgeUpToHere'];

export interface MenuState {
  message: MessageView;
  x: number;
  y: number;
}

export function MessageContextMenu({ menu, actions, onClose }: { menu: MenuState; actions: RowActions; onClose(): void }) {
  const { t } = useTranslation('messages');
  const { t: tm } = useTranslation('moderation');
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<Placement>({ left: menu.x, top: menu.y });
  // Measured before the first paint: a menu opened near the bottom or right edge opens upward or leftward.
  useLayoutEffect(() => {
    const box = ref.current?.getBoundingClientRect();
    if (box) setPlace(placeInView(menu.x, menu.y, box.width, box.height, window.innerWidth, window.innerHeight));
  }, [menu.x, menu.y]);
  useEffect(() => {
    ref.current?.querySelector('button')?.focus();
    const close = (e: Event) => {
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !ref.current?.contains(e.target as Node)) onClose();
    };
    window.addEventListener('keydown', close);
    window.addEventListener('mousedown', close);
    return () => {
      window.removeEventListener('keydown', close);
      window.removeEventListener('mousedown', close);
    };
  }, [onClose]);
  return (
    <div ref={ref} className="kd-msg-menu-wrap" style={{ position: 'fixed', left: place.left, top: place.top, zIndex: 10, maxHeight: '100vh', overflowY: 'auto' }}>
      <div className="kd-menu kd-msg-menu" role="menu" aria-label={t('actions')} style={{ position: 'static' }}>
        {ACTIONS.map((action) => (
          <button
            key={action.id}
            type="button"
            role="menuitem"
            onClick={() => {
              onClose();
              action.run(actions, menu.message);
            }}
          >
            {t(action.id)}
          </button>
        ))}
      </div>
      {actions.moderate && (
        <div className="kd-menu kd-msg-menu" role="menu" aria-label={tm('messageMenu.label')} style={{ position: 'static' }}>
          {MODERATION.map((id) => (
            <button
              key={id}
              type="button"
              role="menuitem"
              className={id === 'replyQuote' ? undefined : 'kd-msg-action-danger'}
              onClick={() => {
                onClose();
                actions.moderate?.(menu.message, id);
              }}
            >
              {tm(`messageMenu.${id}`)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
