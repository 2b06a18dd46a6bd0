// Messages: the open channel's history (the pure model in features/messages/history), paged
// through message/list and kept current by push events (ARCHITECTURE.md "State in the renderer";
// STYLE.md "From Mattermost and TanStack Virtual"). Side effects stay here at the edge: the slice
// calls `api` only, components call these actions.
import type { Api, MessagePage, MessageView, PushEvent } from '../../../shared/ipc';
import {
  applyAfterPage,
  applyAroundPage,
  applyBeforePage,
  applyDelete,
  applyLatestPage,
  emptyHistory,
  getMessage,
  jumpToLatest as historyJumpToLatest,
  jumpToMessage as historyJumpToMessage,
  needsLatestLoad,
  newerPageRequest,
  olderPageRequest,
  pagingKey,
  type PageRequest,
} from '../../features/messages/history';
import { askForFrame, paintFirst } from '../paintFirst';
import type { SliceCreator } from '../types';
import { toUiError, type UiError } from '../uiError';
import { applyMessageEvent, eventChannelId, type MessageHistory } from './live';
import {
  IDLE_PAGING,
  MESSAGE_PAGE_SIZE,
  canAutoPage,
  loadFailed,
  loadSucceeded,
  startLoading,
  type ChannelPaging,
  type PagingSide,
} from './paging';

export type { MessageHistory } from './live';

/** The message a jump landed on: the pane centres it and highlights it briefly. */
export interface MessageHighlight {
  channelId: string;
  msgId: string;
  /** Increases per jump so jumping to the same message again highlights it again. */
  nonce: number;
}

export interface PagingOptions {
  /** Asked for by the reader ("Load more", a gap marker): runs even after auto-paging gave up. */
  manual?: boolean;
}

export interface MessagesSlice {
  /** Per channel id; only the open channel is kept (others stop receiving live events when closed). */
  histories: ReadonlyMap<string, MessageHistory>;
  messagePaging: ReadonlyMap<string, ChannelPaging>;
  messageHighlight: MessageHighlight | null;
  /** Watches the channel and loads its latest page when nothing is held. */
  openChannel(channelId: string): Promise<void>;
  loadOlder(channelId: string, options?: PagingOptions): Promise<void>;
  loadNewer(channelId: string, options?: PagingOptions): Promise<void>;
  /** Moves the reader to a held message, or loads `around` it; resolves other channels with message/view. */
  jumpToHistoryMessage(channelId: string, msgId: string): Promise<boolean>;
  jumpToLatest(channelId: string): Promise<void>;
  /** Push events for the message history, in order; events of channels not held are ignored. */
  applyPush(events: PushEvent | readonly PushEvent[]): void;
  deleteMessage(msgId: string): Promise<UiError | null>;
  /** Another bot (or none): nothing held belongs to the new session, and no page in flight may land. */
  forgetHistories(): void;
}

function isEventList(input: PushEvent | readonly PushEvent[]): input is readonly PushEvent[] {
  return Array.isArray(input);
}

const notFound = (message: string): UiError => ({ code: 'not-found', message });

export const createMessagesSlice =
  (api: Api): SliceCreator<MessagesSlice> =>
  (set, get) => {
    /** In-flight pages per channel by pagingKey: concurrent asks share one request. */
    const inFlight = new Map<string, Map<string, Promise<void>>>();
    /** Bumped when the histories are forgotten: answers asked for before must not land after. */
    let generation = 0;
    let focused: string | null = null;
    let highlightNonce = 0;

    const historyOf = (channelId: string): MessageHistory => get().histories.get(channelId) ?? emptyHistory<MessageView>();
    const pagingOf = (channelId: string): ChannelPaging => get().messagePaging.get(channelId) ?? IDLE_PAGING;

    function putHistory(channelId: string, next: MessageHistory): void {
      if (get().histories.get(channelId) === next) return;
      const histories = new Map(get().histories);
      histories.set(channelId, next);
      set({ histories });
    }

    function putPaging(channelId: string, update: (paging: ChannelPaging) => ChannelPaging): void {
      const current = pagingOf(channelId);
      const next = update(current);
      if (next === current) return;
      const messagePaging = new Map(get().messagePaging);
      messagePaging.set(channelId, next);
      set({ messagePaging });
    }

    /** Main keeps live events current for the open channel only, so other histories would go stale: drop them. */
    function focus(channelId: string): void {
      if (focused === channelId) return;
      focused = channelId;
      void api.channels.watch({ channelIds: [channelId] }).catch(() => undefined);
      const keep = (map: ReadonlyMap<string, unknown>) => [...map.keys()].every((id) => id === channelId);
      const { histories, messagePaging } = get();
      if (keep(histories) && keep(messagePaging)) return;
      set({
        histories: new Map([...histories].filter(([id]) => id === channelId)),
        messagePaging: new Map([...messagePaging].filter(([id]) => id === channelId)),
      });
    }

    function absorb(history: MessageHistory, request: PageRequest, page: MessagePage): MessageHistory {
      switch (request.flag) {
        case 'latest':
          return applyLatestPage(history, page.items, page.pageSize);
        case 'before':
          return applyBeforePage(history, request.msgId, page.items, page.pageSize);
        case 'after':
          return applyAfterPage(history, request.msgId, page.items, page.pageSize);
        case 'around':
          return applyAroundPage(history, request.msgId, page.items);
      }
    }

    function runPage(channelId: string, request: PageRequest, side: PagingSide): Promise<void> {
      const key = pagingKey(request);
      const pending = inFlight.get(channelId) ?? new Map<string, Promise<void>>();
      inFlight.set(channelId, pending);
      const running = pending.get(key);
      if (running) return running;
      putPaging(channelId, (p) => ({ ...p, [side]: startLoading(p[side]) }));
      const asked = generation;
      const args = request.flag === 'latest' ? { channelId, pageSize: MESSAGE_PAGE_SIZE } : { channelId, flag: request.flag, msgId: request.msgId, pageSize: MESSAGE_PAGE_SIZE };
      const task = api.messages
        .list(args)
        .then((page) => {
          if (asked !== generation || (focused !== null && focused !== channelId)) return;
          askForFrame();
          putHistory(channelId, absorb(historyOf(channelId), request, page));
          putPaging(channelId, (p) => ({ ...p, [side]: loadSucceeded() }));
        })
        .catch((error: unknown) => {
          if (asked === generation && (focused === null || focused === channelId)) putPaging(channelId, (p) => ({ ...p, [side]: loadFailed(p[side], toUiError(error)) }));
        })
        .finally(() => pending.delete(key));
      pending.set(key, task);
      return task;
    }

    function highlight(channelId: string, msgId: string): void {
      highlightNonce += 1;
      set({ messageHighlight: { channelId, msgId, nonce: highlightNonce } });
    }

    function jumpFailed(channelId: string, error: UiError): void {
      putPaging(channelId, (p) => ({ ...p, jumping: false, jumpError: error }));
      // Show something rather than an empty pane when the jump was the first thing asked.
      if (historyOf(channelId).activeBlock === null) void runPage(channelId, { flag: 'latest' }, 'latest');
    }

    /** message/view says which channel a message id belongs to (issue 4: jump by id). */
    async function resolveElsewhere(channelId: string, msgId: string, cause: unknown): Promise<void> {
      try {
        const view = await api.messages.view({ msgId });
        if (view.channel_id !== channelId && get().guildDetail?.channels.some((c) => c.id === view.channel_id)) {
          putPaging(channelId, (p) => ({ ...p, jumping: false }));
          // The channels slice switches channel; the pane there carries the jump out.
          get().jumpToMessage(view.channel_id, msgId);
          return;
        }
        jumpFailed(channelId, view.channel_id === channelId ? notFound(`message ${msgId} is not in this channel's history`) : notFound(`message ${msgId} is in another server`));
      } catch (error) {
        jumpFailed(channelId, toUiError(cause ?? error));
      }
    }

    return {
      histories: new Map(),
      messagePaging: new Map(),
      messageHighlight: null,

      forgetHistories() {
        generation += 1;
        focused = null;
        inFlight.clear();
        set({ histories: new Map(), messagePaging: new Map(), messageHighlight: null });
      },

      async openChannel(channelId) {
        focus(channelId);
        if (historyOf(channelId).activeBlock === null) await runPage(channelId, { flag: 'latest' }, 'latest');
      },

      async loadOlder(channelId, options = {}) {
        const request = olderPageRequest(historyOf(channelId));
        if (request === null || (!options.manual && !canAutoPage(pagingOf(channelId).older))) return;
        await runPage(channelId, request, 'older');
      },

      async loadNewer(channelId, options = {}) {
        const request = newerPageRequest(historyOf(channelId));
        if (request === null || (!options.manual && !canAutoPage(pagingOf(channelId).newer))) return;
        await runPage(channelId, request, 'newer');
      },

      async jumpToHistoryMessage(channelId, msgId) {
        focus(channelId);
        const held = historyOf(channelId);
        if (getMessage(held, msgId) !== undefined) {
          paintFirst();
          putHistory(channelId, historyJumpToMessage(held, msgId));
          putPaging(channelId, (p) => (p.jumpError === null ? p : { ...p, jumpError: null }));
          highlight(channelId, msgId);
          return true;
        }
        if (held.tombstones.has(msgId)) {
          jumpFailed(channelId, notFound(`message ${msgId} was deleted`));
          return false;
        }
        // The request leaves first: every set() notifies every subscriber of the store.
        const asked = generation;
        const around = api.messages.list({ channelId, flag: 'around', msgId, pageSize: MESSAGE_PAGE_SIZE });
        putPaging(channelId, (p) => ({ ...p, jumping: true, jumpError: null }));
        let cause: unknown = null;
        try {
          const page = await around;
          if (asked !== generation || focused !== channelId) return false;
          if (page.items.some((m) => m.id === msgId)) {
            paintFirst();
            // History, paging and highlight land in one set(): one render carries out the jump.
            const histories = new Map(get().histories).set(channelId, applyAroundPage(historyOf(channelId), msgId, page.items));
            const messagePaging = new Map(get().messagePaging).set(channelId, { ...pagingOf(channelId), jumping: false });
            highlightNonce += 1;
            set({ histories, messagePaging, messageHighlight: { channelId, msgId, nonce: highlightNonce } });
            return true;
          }
        } catch (error) {
          cause = error;
        }
        if (asked !== generation) return false;
        await resolveElsewhere(channelId, msgId, cause);
        return false;
      },

      async jumpToLatest(channelId) {
        focus(channelId);
        const next = historyJumpToLatest(historyOf(channelId));
        putHistory(channelId, next);
        if (needsLatestLoad(next) || next.activeBlock === null) await runPage(channelId, { flag: 'latest' }, 'latest');
      },

      applyPush(input) {
        // A frame's events land as one update: one copy of the histories Map, one set().
        const events = isEventList(input) ? input : [input];
        const botId = get().session?.bot?.id ?? null;
        let histories: Map<string, MessageHistory> | null = null;
        for (const event of events) {
          const channelId = eventChannelId(event);
          if (channelId === null) continue;
          const held = (histories ?? get().histories).get(channelId);
          if (held === undefined) continue;
          if (event.type === 'history.gap') {
            // The live stream skipped; main's backfill follows as message.created, and a fresh latest
            // page either joins the latest block or becomes the latest block past a gap marker.
            void runPage(channelId, { flag: 'latest' }, 'latest');
            continue;
          }
          const next = applyMessageEvent(held, event, botId);
          if (next === held) continue;
          histories ??= new Map(get().histories);
          histories.set(channelId, next);
        }
        if (histories !== null) set({ histories });
      },

      async deleteMessage(msgId) {
        try {
          await api.messages.delete({ msgId });
        } catch (error) {
          return toUiError(error);
        }
        // Applied now rather than waiting for the gateway's deleted_message (which then changes nothing).
        const holder = [...get().histories].find(([, h]) => getMessage(h, msgId) !== undefined)?.[0] ?? focused;
        if (holder !== null) putHistory(holder, applyDelete(historyOf(holder), msgId));
        return null;
      },
    };
  };
