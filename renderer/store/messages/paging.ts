// Loading flags per channel, kept outside the history model and the virtualizer (STYLE.md
// "From Mattermost and TanStack Virtual": guard against double fetches; give up auto-paging
// after a few failures and show a "load more" row with the error).
import type { UiError } from '../uiError';

/** message/list page size the pane asks for (REST.md B.6 allows up to 100; main defaults to 50). */
export const MESSAGE_PAGE_SIZE = 50;
/** Consecutive failures after which scrolling stops paging by itself. */
export const MAX_AUTO_PAGING_FAILURES = 3;

export interface SidePaging {
  readonly loading: boolean;
  /** Consecutive failures; a success resets it. */
  readonly failures: number;
  readonly error: UiError | null;
}

export interface ChannelPaging {
  /** `before` pages above the reader's block. */
  readonly older: SidePaging;
  /** `after` pages below the reader's block. */
  readonly newer: SidePaging;
  /** The latest page (first open, after a gap, "jump to latest"). */
  readonly latest: SidePaging;
  /** An `around` load for a jump is in flight. */
  readonly jumping: boolean;
  /** The last jump failed (message gone, not visible to the bot, …). */
  readonly jumpError: UiError | null;
}

export type PagingSide = 'older' | 'newer' | 'latest';

export const IDLE_SIDE: SidePaging = { loading: false, failures: 0, error: null };

export const IDLE_PAGING: ChannelPaging = { older: IDLE_SIDE, newer: IDLE_SIDE, latest: IDLE_SIDE, jumping: false, jumpError: null };

/** Scrolling may page by itself: nothing in flight and not given up. */
export function canAutoPage(side: SidePaging): boolean {
  return !side.loading && side.failures < MAX_AUTO_PAGING_FAILURES;
}

/** Auto-paging gave up: the pane shows a "Load more" row with the error. */
export function autoPagingStopped(side: SidePaging): boolean {
  return side.failures >= MAX_AUTO_PAGING_FAILURES;
}

export function startLoading(side: SidePaging): SidePaging {
  return side.loading ? side : { ...side, loading: true };
}

export function loadSucceeded(): SidePaging {
  return IDLE_SIDE;
}

export function loadFailed(side: SidePaging, error: UiError): SidePaging {
  return { loading: false, failures: side.failures + 1, error };
}
