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
import { createScrollHold } from './scrollHold';

const ESTIMATED_ROW_PX = 56;
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
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLDivElement>({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    getItemKey: (index) => rowAt(history, index)?.key ?? `row:${index}`,
    overscan: 6,
    anchorTo: 'end',
    followOnAppend: true,
    scrollEndThreshold: 24,
  });

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
      if (index >= 0) {
        virtualizer.scrollToIndex(index, { align: 'center' });
        hold.centre(want.id);
      }
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
            const highlighted = highlightedId === message.id;
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
