// The requests that would fill the reader's gaps, with keys a caller uses to dedupe in-flight
// loads (STYLE.md: "keep loading flags outside the virtualizer and guard against double fetches").
// Parameters follow message/list (../shared/kook/REST.md B.6).
import { sequenceFirst, sequenceLast } from './idSequence';
import type { HistoryMessage } from './order';
import { activeBlockOf, type ChannelHistory } from './state';

export type PageRequest =
  | { readonly flag: 'latest' }
  | { readonly flag: 'before' | 'after' | 'around'; readonly msgId: string };

/** A stable key per request, e.g. `before:<msg_id>`; equal keys mean the same page. */
export function pagingKey(request: PageRequest): string {
  return request.flag === 'latest' ? 'latest' : `${request.flag}:${request.msgId}`;
}

/** The `before` page above the reader's block, or null when its oldest end is known (or nothing is held). */
export function olderPageRequest<M extends HistoryMessage>(state: ChannelHistory<M>): PageRequest | null {
  const block = activeBlockOf(state);
  const first = block === undefined || block.reachedOldest ? undefined : sequenceFirst(block.ids);
  return first === undefined ? null : { flag: 'before', msgId: first };
}

/** The `after` page below the reader's block, or null when it reached the latest. */
export function newerPageRequest<M extends HistoryMessage>(state: ChannelHistory<M>): PageRequest | null {
  const block = activeBlockOf(state);
  const last = block === undefined || block.reachedLatest ? undefined : sequenceLast(block.ids);
  return last === undefined ? null : { flag: 'after', msgId: last };
}
