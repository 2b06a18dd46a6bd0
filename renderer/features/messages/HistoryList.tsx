// The reader's block as an anchored virtual list (STYLE.md "From Mattermost"): stable keys
// (message ids, gap keys), measured row heights, older pages prepended without moving what the
// reader sees, the newest row followed while the reader sits at the bottom, jump targets centred
// and highlighted. Positions, measuring and the hold live in virtual/historyViewport.ts; this
// component renders the rows in view and says what the reader asked for.
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/kook/objects';
import { useAppStore } from '../../store';
import type { ChannelPaging } from '../../store/messages/paging';
import type { MessageHighlight, MessageHistory } from '../../store/messages/slice';
import { authorColor, continuesGroup, rolesById } from './authors';
import { EdgeRow } from './EdgeRow';
import { activeBlockOf, newMessagesCount, rowAt } from './history';
import { LatestControls } from './LatestControls';
import { MessageRow } from './MessageRow';
import type { RowActions } from './rowActions';
import { isGapKey, rowEstimateOf, rowIndexByKey, rowKeyList } from './rowKeys';
import { HistoryViewport } from './virtual/historyViewport';

/** Within this distance of an unloaded end, the next page loads. */
const EDGE_PX = 800;
/** Further than this from the bottom, "Jump to latest" shows. */
const AWAY_PX = 300;
/** How long a jump target stays highlighted (and centred); messages.css fades it out before. */
export const HIGHLIGHT_MS = 1600;
/** The highlight's tint holds still this long, then fades (a transition starting after the jump's frames). */
const HIGHLIGHT_FADE_AFTER_MS = 300;
/**
^ * After a jump the neighbouring pages wait about a frame: the target's first frames (its
 * rows mounted, measured, centred and painted) come first; the around page fills the view meanwhile.
 */
const EDGES_AFTER_JUMP_MS = 20;
/** Renders a layout effect may ask for in a row while new rows get measured (then it waits for a scroll or a resize). */
const SETTLE_RENDERS = 3;
const NO_ROLES: Role[] = [];

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

/** Memoized: the pane renders again for every store update; the list only when its own props change. */
export const HistoryList = memo(function HistoryList({ channelId, channelName, history, paging, highlight, actions, loadOlder, loadNewer, jumpToLatest, handledNonce }: HistoryListProps) {
  const { t, i18n } = useTranslation('messages');
  const roles = useAppStore((s) => s.guildDetail?.roles ?? NO_ROLES);
  const roleMap = useMemo(() => rolesById(roles), [roles]);
  const lastBlock = useRef<number | null>(history.activeBlock);
  const lastNonce = handledNonce;
  const highlightTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // A ref, not state: the highlight is shown by the render that carries out the jump
  // (pendingJump below); setting state there again would render the whole list a second time.
  const highlightedId = useRef<string | null>(null);
  const highlightFading = useRef(false);
  const edgesQuietUntil = useRef(0);
  const edgesTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const settleRenders = useRef(0);
  const [away, setAway] = useState(false);
  const [, rerender] = useReducer((n: number) => n + 1, 0);

  const block = activeBlockOf(history);
  const keys = useMemo(() => rowKeyList(block), [block]);
  const latest = useRef({ history, keys });
  latest.current = { history, keys };
  const checkEdgesRef = useRef<() => void>(() => undefined);
  const [viewport] = useState(
    () =>
      new HistoryViewport({
        locate: (key) => rowIndexByKey(latest.current.history, latest.current.keys, key),
        canAnchor: (key) => !isGapKey(key),
        renderRange: (now) => (now ? flushSync(rerender) : rerender()),
        scrolled: () => checkEdgesRef.current(),
      }),
  );
  viewport.layout.setRows(keys, rowEstimateOf(history));

  // What the reader asked for, decided in the render that shows it so its rows are the ones
  // mounted: a jump not carried out yet is centred (not the rows at the old offset, which would
  // mount, be measured and be thrown away), another block starts at its end.
  const pendingJump = highlight !== null && highlight.channelId === channelId && highlight.nonce !== lastNonce.current ? highlight.msgId : null;
  if (pendingJump !== null) viewport.centre(pendingJump, HIGHLIGHT_MS);
  else if (history.activeBlock !== lastBlock.current) viewport.toBottom();
  const shownHighlight = pendingJump ?? highlightedId.current;
  const range = viewport.renderRangeFor();

  const checkEdges = useCallback(() => {
    const quiet = edgesQuietUntil.current - performance.now();
    if (quiet > 0) {
      edgesTimer.current ??= setTimeout(() => {
        edgesTimer.current = null;
        checkEdgesRef.current();
      }, quiet);
      return;
    }
    const fromBottom = viewport.distanceFromBottom();
    if (viewport.scrollTop() < EDGE_PX) loadOlder(false);
    if (fromBottom < EDGE_PX) loadNewer(false);
    setAway(fromBottom > AWAY_PX);
  }, [loadOlder, loadNewer, viewport]);
  checkEdgesRef.current = checkEdges;

  useLayoutEffect(() => {
    if (highlight !== null && highlight.channelId === channelId && highlight.nonce !== lastNonce.current) {
      lastNonce.current = highlight.nonce;
      highlightedId.current = highlight.msgId;
      highlightFading.current = false;
      edgesQuietUntil.current = performance.now() + EDGES_AFTER_JUMP_MS;
      if (highlightTimer.current !== null) clearTimeout(highlightTimer.current);
      highlightTimer.current = setTimeout(() => {
        highlightFading.current = true;
        rerender();
        highlightTimer.current = setTimeout(() => {
          highlightedId.current = null;
          rerender();
        }, HIGHLIGHT_MS - HIGHLIGHT_FADE_AFTER_MS);
      }, HIGHLIGHT_FADE_AFTER_MS);
    }
    lastBlock.current = history.activeBlock;
    if (viewport.afterRender() && settleRenders.current < SETTLE_RENDERS) {
      settleRenders.current += 1;
      rerender();
    } else settleRenders.current = 0;
  });

  useEffect(
    () => () => {
      if (highlightTimer.current !== null) clearTimeout(highlightTimer.current);
      if (edgesTimer.current !== null) clearTimeout(edgesTimer.current);
      viewport.dispose();
    },
    [viewport],
  );

  // A page landed (or the block changed): the reader may still be near an unloaded end.
  useEffect(() => {
    const frame = requestAnimationFrame(checkEdges);
    return () => cancelAnimationFrame(frame);
  }, [checkEdges, keys, paging.older.loading, paging.newer.loading]);

  const onJumpToLatest = useCallback(() => {
    void jumpToLatest().then(() => {
      viewport.toBottom();
      rerender();
    });
  }, [jumpToLatest, viewport]);

  const attachScroll = useCallback((el: HTMLDivElement | null) => viewport.attach(el), [viewport]);
  const attachRows = useCallback((el: HTMLDivElement | null) => viewport.attachContainer(el), [viewport]);
  const release = useCallback(() => viewport.release(), [viewport]);
  const locale = i18n.language;

  const highlightClass = highlightFading.current && pendingJump === null ? 'kd-history-row kd-msg-highlighted kd-msg-highlight-fading' : 'kd-history-row kd-msg-highlighted';
  const rows = [];
  for (let index = range.first; index <= range.last; index += 1) {
    const row = rowAt(history, index);
    if (row === undefined) continue;
    if (row.kind === 'gap') {
      const older = row.side === 'older';
      rows.push(
        <div key={row.key} ref={viewport.rowRef(row.key)} role="listitem" data-gap={row.side} className="kd-history-row">
          <EdgeRow row={row} paging={older ? paging.older : paging.newer} onLoad={() => (older ? loadOlder(true) : loadNewer(true))} />
        </div>,
      );
      continue;
    }
    const message = row.message;
    const previous = rowAt(history, index - 1);
    const compact = continuesGroup(previous?.kind === 'message' ? previous.message : undefined, message);
    const highlighted = shownHighlight === message.id;
    rows.push(
      <div
        key={row.key}
        ref={viewport.rowRef(row.key)}
        role="listitem"
        data-msg-id={message.id}
        data-highlighted={highlighted ? 'true' : undefined}
        className={highlighted ? highlightClass : 'kd-history-row'}
      >
        <MessageRow message={message} compact={compact} color={authorColor(message.author, roleMap)} locale={locale} actions={actions} />
      </div>,
    );
  }

  return (
    <div className="kd-history-frame">
      <div ref={attachScroll} className="kd-history" onScroll={() => viewport.onScroll()} onWheel={release} onTouchStart={release} onKeyDown={release}>
        <div ref={attachRows} role="list" aria-label={t('history', { channel: channelName })} className="kd-history-rows">
          {rows}
        </div>
      </div>
      <LatestControls newCount={newMessagesCount(history)} showJump={away || block?.reachedLatest === false} onJump={onJumpToLatest} />
    </div>
  );
});
