// The reader's block as an end-anchored virtual list (STYLE.md "From Mattermost and TanStack
// Virtual"): stable keys (message ids, gap keys), measured row heights, older pages prepended
// without moving what the reader sees (anchorTo: 'end' keeps the top visible row in place), the
// newest row followed while the reader sits at the bottom, jump targets centred and highlighted.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/kook/objects';
import { useAppStore } from '../../store';
import type { ChannelPaging } from '../../store/messages/paging';
import type { MessageHighlight, MessageHistory } from '../../store/messages/slice';
import { authorColor, continuesGroup, rolesById } from './authors';
import { EdgeRow } from './EdgeRow';
import { activeBlockOf, newMessagesCount, rowAt, rowCount } from './history';
import { LatestControls } from './LatestControls';
import { MessageRow } from './MessageRow';
import type { RowActions } from './rowActions';
import { rowIndexOf } from './rowIndex';
import { centreOffsetOf, measureRow, rowEstimatesOf, rowKeysOf } from './rowKeys';
import { createScrollHold } from './scrollHold';

/** Within this distance of an unloaded end, the next page loads. */
const EDGE_PX = 800;
/** Further than this from the bottom, "Jump to latest" shows. */
const AWAY_PX = 300;
/** Matches the highlight animation in messages.css. */
export const HIGHLIGHT_MS = 1600;
const NO_ROLES: Role[] = [];

type ScrollIntent = { kind: 'end' } | { kind: 'message'; id: string };

export interface HistoryListProps {
  channelId: string;
  channelName: string;
  history: MessageHistory;
  paging: ChannelPaging;
  highlight: MessageHighlight | null;
  actions: RowActions;
  loadOlder(manual: boolean): void;
  loadNewer(manual: boolean): void;
  jumpToLatest(): Promise<void>;
  /**
   * The last highlight nonce carried out, owned by the channel's view: a jump into a channel that
   * is not shown yet lands (its `around` page and highlight together) before this list mounts, so
   * the list must not take the highlight it finds at mount for an old one.
   */
  handledNonce: RefObject<number | null>;
}

export function HistoryList({ channelId, channelName, history, paging, highlight, actions, loadOlder, loadNewer, jumpToLatest, handledNonce }: HistoryListProps) {
  const { t, i18n } = useTranslation('messages');
  const roles = useAppStore((s) => s.guildDetail?.roles ?? NO_ROLES);
  const roleMap = useMemo(() => rolesById(roles), [roles]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const intent = useRef<ScrollIntent | null>({ kind: 'end' });
  const lastBlock = useRef<number | null>(history.activeBlock);
  const lastNonce = handledNonce;
  const highlightTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const firstId = useRef<string | undefined>(undefined);
  const [highlightedId, setHighlightedId] = useState<string | null>(null);
  const [away, setAway] = useState(false);
  const [, rerender] = useReducer((n: number) => n + 1, 0);

  const count = rowCount(history);
  const rowKey = useMemo(() => rowKeysOf(history), [history]);
  const [estimates] = useState(() => new Map<string, number>());
  const rowEstimate = useMemo(() => rowEstimatesOf(history, estimates), [history, estimates]);
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLDivElement>({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: rowEstimate,
    getItemKey: rowKey,
    measureElement: measureRow,
    overscan: 3,
    anchorTo: 'end',
    followOnAppend: true,
    scrollEndThreshold: 24,
  });

  // A jump that has not been carried out yet: render its rows in this very commit (the virtualizer
  // is placed where the target will be centred) instead of the rows at the old offset, which
  // would mount, be measured, and be thrown away after the scroll.
  const pendingJump = highlight !== null && highlight.channelId === channelId && highlight.nonce !== lastNonce.current ? highlight.msgId : null;
  if (pendingJump !== null) {
    const index = rowIndexOf(history, pendingJump);
    const offset = index < 0 ? undefined : centreOffsetOf(virtualizer, index);
    if (offset !== undefined) virtualizer.scrollOffset = offset;
  }
  const shownHighlight = pendingJump ?? highlightedId;

  const latest = useRef({ virtualizer, history });
  latest.current = { virtualizer, history };
  const [hold] = useState(() => createScrollHold(() => latest.current.virtualizer, () => latest.current.history));

  const checkEdges = useCallback(() => {
    const el = scrollRef.current;
    if (el === null || intent.current !== null) return;
    const fromBottom = el.scrollHeight - el.scrollTop - el.clientHeight;
    if (el.scrollTop < EDGE_PX) loadOlder(false);
    if (fromBottom < EDGE_PX) loadNewer(false);
    setAway(fromBottom > AWAY_PX);
  }, [loadOlder, loadNewer]);

  useLayoutEffect(() => {
    if (highlight !== null && highlight.channelId === channelId && highlight.nonce !== lastNonce.current) {
      lastNonce.current = highlight.nonce;
      intent.current = { kind: 'message', id: highlight.msgId };
      setHighlightedId(highlight.msgId);
      if (highlightTimer.current !== null) clearTimeout(highlightTimer.current);
      highlightTimer.current = setTimeout(() => setHighlightedId(null), HIGHLIGHT_MS);
    } else if (history.activeBlock !== lastBlock.current && intent.current?.kind !== 'message') {
      intent.current = { kind: 'end' };
    }
    const blockFirst = activeBlockOf(history)?.ids.chunks[0]?.[0];
    const prepended = history.activeBlock === lastBlock.current && blockFirst !== firstId.current;
    lastBlock.current = history.activeBlock;
    firstId.current = blockFirst;
    const want = intent.current;
    if (want === null && prepended) hold.holdAnchor();
    if (want === null || count === 0) return hold.capture();
    if (want.kind === 'end') {
      virtualizer.scrollToEnd();
    } else {
      const index = rowIndexOf(history, want.id);
      // One centring write now (the rows were rendered there already), re-applied by the hold
      // only when measured rows move the target.
      if (index >= 0) hold.centre(want.id);
    }
    intent.current = null;
    hold.capture();
  });

  useEffect(() => () => {
    if (highlightTimer.current !== null) clearTimeout(highlightTimer.current);
    hold.release();
  }, [hold]);

  // A page landed (or the block changed): the reader may still be near an unloaded end.
  useEffect(() => {
    const frame = requestAnimationFrame(checkEdges);
    return () => cancelAnimationFrame(frame);
  }, [checkEdges, count, history.activeBlock, paging.older.loading, paging.newer.loading]);

  const onJumpToLatest = useCallback(() => {
    void jumpToLatest().then(() => {
      intent.current = { kind: 'end' };
      rerender();
    });
  }, [jumpToLatest]);

  const block = activeBlockOf(history);
  const locale = i18n.language;
  const items = virtualizer.getVirtualItems();

  return (
    <div className="kd-history-frame">
      <div
        ref={scrollRef}
        className="kd-history"
        onScroll={() => {
          hold.capture();
          checkEdges();
        }}
        onWheel={hold.release}
        onTouchStart={hold.release}
        onKeyDown={hold.release}
      >
        <div role="list" aria-label={t('history', { channel: channelName })} className="kd-history-rows" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rowAt(history, item.index);
            if (row === undefined) return null;
            const style = { transform: `translateY(${item.start}px)` };
            if (row.kind === 'gap') {
              const older = row.side === 'older';
              return (
                <div key={item.key} ref={virtualizer.measureElement} data-index={item.index} role="listitem" data-gap={row.side} className="kd-history-row" style={style}>
                  <EdgeRow row={row} paging={older ? paging.older : paging.newer} onLoad={() => (older ? loadOlder(true) : loadNewer(true))} />
                </div>
              );
            }
            const message = row.message;
            const previous = rowAt(history, item.index - 1);
            const compact = continuesGroup(previous?.kind === 'message' ? previous.message : undefined, message);
            const highlighted = shownHighlight === message.id;
            return (
              <div
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                role="listitem"
                data-msg-id={message.id}
                data-highlighted={highlighted ? 'true' : undefined}
                className={highlighted ? 'kd-history-row kd-msg-highlighted' : 'kd-history-row'}
                style={style}
              >
                <MessageRow message={message} compact={compact} color={authorColor(message.author, roleMap)} locale={locale} actions={actions} />
              </div>
            );
          })}
        </div>
      </div>
      <LatestControls newCount={newMessagesCount(history)} showJump={away || block?.reachedLatest === false} onJump={onJumpToLatest} />
    </div>
  );
}
