// The pure history model of one channel (no React): see state.ts for the shape,
// pages.ts / live.ts / navigation.ts for the operations and selectors.ts / paging.ts for reads.
export type { HistoryMessage, MessageKey } from './order';
export { compareKeys, isNewerVersion } from './order';
export type { ChunkedMap } from './chunkedMap';
export { mapGet, mapHas, mapValues, mapBuckets } from './chunkedMap';
export type { IdSequence } from './idSequence';
export { sequenceAt, sequenceFirst, sequenceLast, sequenceToArray } from './idSequence';
export type { ChannelHistory, HistoryBlock } from './state';
export { emptyHistory, getMessage, blockIds, latestBlock, activeBlockOf, blockIndexOf } from './state';
export { applyLatestPage, applyBeforePage, applyAfterPage, applyAroundPage, moveReader } from './pages';
export type { MessageEdit } from './live';
export { applyLiveMessage, applyEdit, applyDelete, updateMessage } from './live';
export { jumpToLatest, jumpToMessage } from './navigation';
export type { HistoryRow, MessageRow, GapRow } from './selectors';
export { visibleItems, rowCount, rowAt, hasOlder, hasNewer, needsLatestLoad, newMessagesCount } from './selectors';
export type { PageRequest } from './paging';
export { pagingKey, olderPageRequest, newerPageRequest } from './paging';
