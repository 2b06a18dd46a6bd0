// The open channel's history (UI.md "Message pane"; the header with the jump box is ChannelHeader).
// Opens the channel, carries out jumps asked for anywhere (pendingJump), and owns the quick
// actions: copy id, copy link (the KOOK form Kookdesk copies), delete with confirmation.
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageView } from '../../../shared/ipc';
import { copyText } from '../../components/clipboard';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAppStore, useStoreApi } from '../../store';
import { IDLE_PAGING } from '../../store/messages/paging';
import type { UiError } from '../../store/uiError';
import { messageLink } from '../channels/parseJumpTarget';
import { messageModerationRequest } from '../moderation/messageModeration';
import { DeleteMessageDialog } from './DeleteMessageDialog';
import { HistoryList } from './HistoryList';
import { MessageContextMenu, type MenuState } from './QuickActions';
import type { RowActions } from './rowActions';
import './messages.css';

export function MessagePane({ guildId, channelId }: { guildId: string; channelId: string }) {
  const { t } = useTranslation('messages');
  const name = useAppStore((s) => s.guildDetail?.channels.find((c) => c.id === channelId)?.name ?? channelId);
  return (
    <section className="kd-message-pane" aria-label={t('pane', { channel: name })} data-guild-id={guildId}>
      <ChannelHistory key={channelId} guildId={guildId} channelId={channelId} channelName={name} />
    </section>
  );
}

const STATUS_MS = 2000;

function ChannelHistory({ guildId, channelId, channelName }: { guildId: string; channelId: string; channelName: string }) {
  const { t } = useTranslation('messages');
  const store = useStoreApi();
  const history = useAppStore((s) => s.histories.get(channelId));
  const paging = useAppStore((s) => s.messagePaging.get(channelId) ?? IDLE_PAGING);
  const highlight = useAppStore((s) => s.messageHighlight);
  const pendingJump = useAppStore((s) => s.pendingJump);
  const [menu, setMenu] = useState<MenuState | null>(null);
  const [deleting, setDeleting] = useState<MessageView | null>(null);
  const [actionError, setActionError] = useState<UiError | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const statusTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Highlights from before this channel was opened are old; any later one is carried out, even
  // when it lands together with the history that mounts the list (a jump from another channel).
  const handledNonce = useRef<number | null>(store.getState().messageHighlight?.nonce ?? null);

  useEffect(() => {
    // A jump into this channel loads `around` its target; loading the latest page first would only delay it.
    const jump = store.getState().pendingJump;
    if (jump?.channelId !== channelId) void store.getState().openChannel(channelId);
  }, [store, channelId]);

  useEffect(() => {
    if (pendingJump === null || pendingJump.channelId !== channelId) return;
    const s = store.getState();
    s.clearPendingJump(pendingJump.nonce);
    void s.jumpToHistoryMessage(channelId, pendingJump.msgId);
  }, [store, channelId, pendingJump]);

  useEffect(() => () => {
    if (statusTimer.current !== null) clearTimeout(statusTimer.current);
  }, []);

  const announce = useCallback((text: string) => {
    setStatus(text);
    if (statusTimer.current !== null) clearTimeout(statusTimer.current);
    statusTimer.current = setTimeout(() => setStatus(null), STATUS_MS);
  }, []);

  const actions = useMemo<RowActions>(
    () => ({
      copyId: (m) => void copyText(m.id).then((ok) => announce(t(ok ? 'copied' : 'copyFailed'))),
      copyLink: (m) => void copyText(messageLink(guildId, channelId, m.id)).then((ok) => announce(t(ok ? 'copied' : 'copyFailed'))),
      askDelete: (m) => setDeleting(m),
      openMenu: (m, x, y) => setMenu({ message: m, x, y }),
      jumpToQuote: (msgId) => store.getState().jumpToMessage(channelId, msgId),
      moderate: (m, action) => {
        const slowModeMs = store.getState().guildDetail?.channels.find((c) => c.id === channelId)?.slow_mode ?? 0;
        store.getState().openModerationDialog(messageModerationRequest(guildId, { id: channelId, name: channelName, slowModeMs }, m, action));
      },
    }),
    [store, guildId, channelId, channelName, announce, t],
  );

  const loadOlder = useCallback((manual: boolean) => void store.getState().loadOlder(channelId, { manual }), [store, channelId]);
  const loadNewer = useCallback((manual: boolean) => void store.getState().loadNewer(channelId, { manual }), [store, channelId]);
  const jumpToLatest = useCallback(() => store.getState().jumpToLatest(channelId), [store, channelId]);
  const closeMenu = useCallback(() => setMenu(null), []);

  async function confirmDelete(message: MessageView) {
    setDeleting(null);
    setActionError(await store.getState().deleteMessage(message.id));
  }

  // Live traffic is rendered in the background (interruptible, yielding to the browser): under a
  // firehose every update mounts a screenful of new rows, which in one go made frames longer
  // than 50 ms. A jump about to be carried out, or another block, renders at once.
  const background = useDeferredValue(history);
  const jumpPending = highlight !== null && highlight.channelId === channelId && highlight.nonce !== handledNonce.current;
  const shown = jumpPending || background === undefined || background.activeBlock !== history?.activeBlock ? history : background;

  const nothingShown = history === undefined || history.activeBlock === null;
  const empty = !nothingShown && history.blocks.every((b) => b.ids.length === 0);
  return (
    <div className="kd-msg-pane-body">
      <ErrorNotice error={actionError} onDismiss={() => setActionError(null)} />
      {paging.jumpError && <ErrorNotice error={paging.jumpError} />}
      {paging.jumping && <p className="kd-muted kd-msg-note" role="status">{t('jumping')}</p>}
      {nothingShown && paging.latest.error && (
        <div className="kd-msg-note">
          <ErrorNotice error={paging.latest.error} />
          <button type="button" className="kd-button" onClick={() => void store.getState().openChannel(channelId)}>
            {t('retry')}
          </button>
        </div>
      )}
      {nothingShown && !paging.latest.error && !paging.jumping && <p className="kd-muted kd-msg-note" role="status">{t('loading')}</p>}
      {empty && <p className="kd-muted kd-msg-note">{t('empty')}</p>}
      {history !== undefined && !nothingShown && (
        <HistoryList
          channelId={channelId}
          channelName={channelName}
          history={shown ?? history}
          paging={paging}
          highlight={highlight}
          actions={actions}
          loadOlder={loadOlder}
          loadNewer={loadNewer}
          jumpToLatest={jumpToLatest}
          handledNonce={handledNonce}
        />
      )}
      <div className="kd-msg-sr-only" role="status" aria-live="polite">
        {status}
      </div>
      {menu && <MessageContextMenu menu={menu} actions={actions} onClose={closeMenu} />}
      {deleting && <DeleteMessageDialog message={deleting} onConfirm={() => void confirmDelete(deleting)} onCancel={() => setDeleting(null)} />}
    </div>
  );
}
