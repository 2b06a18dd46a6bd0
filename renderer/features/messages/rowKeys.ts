// Row keys and sizes for the virtualizer, cheap enough to be asked for every row on every
// render: with an end-anchored list, TanStack Virtual re-reads keys from the first row whenever
// the list's edges change (every live message), so a key is one binary search, not a rowAt().
import type { Virtualizer } from '@tanstack/react-virtual';
import type { MessageView } from '../../../shared/ipc';
import { MessageType } from '../../../shared/kook/events';
import { activeBlockOf, getMessage, sequenceAt, type ChannelHistory } from './history';

/** Rows not measured yet: a message row with a one-line body and its author head (measured: 48). */
export const ESTIMATED_ROW_PX = 48;
/** Measured in Chromium at 1440×900 (messages.css, content.css): an image attachment, a card, a file. */
const IMAGE_ROW_PX = 314;
const CARD_ROW_PX = 240;
const FILE_ROW_PX = 79;
const QUOTE_PX = 20;
const REACTIONS_PX = 23;

const estimates = new WeakMap<MessageView, number>();

/**
 * A row's height before it is measured, close enough that a jump's first frame already shows
 * the target's neighbours where they end up (fewer re-renders and re-centrings after measuring).
 */
export function estimateRowPx(message: MessageView): number {
  const held = estimates.get(message);
  if (held !== undefined) return held;
  let px = ESTIMATED_ROW_PX;
  if (message.type === MessageType.Image || message.type === MessageType.Video) px = IMAGE_ROW_PX;
  else if (message.type === MessageType.Card) px = CARD_ROW_PX;
  else if (message.type === MessageType.File || message.type === MessageType.Audio) px = FILE_ROW_PX;
  if (message.quote !== null) px += QUOTE_PX;
  if (message.reactions.length > 0) px += REACTIONS_PX;
  estimates.set(message, px);
  return px;
}

/**
 * Per-row estimates for the virtualizer. It asks for every unmeasured row whenever the list's
 * edges change (each frame of live traffic), so estimates are kept by id in `known` (owned by
 * the list, across histories) and a message is looked up once.
 */
export function rowEstimatesOf(history: ChannelHistory<MessageView>, known: Map<string, number>): (index: number) => number {
  const block = activeBlockOf(history);
  if (block === undefined) return () => ESTIMATED_ROW_PX;
  const top = block.reachedOldest ? 0 : 1;
  return (index) => {
    const id = sequenceAt(block.ids, index - top);
    if (id === undefined) return ESTIMATED_ROW_PX;
    let px = known.get(id);
    if (px === undefined) {
      const message = getMessage(history, id);
      px = message === undefined ? ESTIMATED_ROW_PX : estimateRowPx(message);
      known.set(id, px);
    }
    return px;
  };
}

/** Matches selectors.ts: a gap row before the messages unless the block reached the oldest, one after unless it reached the latest. */
export function rowKeysOf(history: ChannelHistory<MessageView>): (index: number) => string {
  const block = activeBlockOf(history);
  if (block === undefined) return (index) => `row:${index}`;
  const top = block.reachedOldest ? 0 : 1;
  const topKey = `gap:older:${block.id}`;
  const bottomKey = `gap:newer:${block.id}`;
  return (index) => {
    if (top === 1 && index === 0) return topKey;
    const id = sequenceAt(block.ids, index - top);
    if (id !== undefined) return id;
    return !block.reachedLatest && index - top === block.ids.length ? bottomKey : `row:${index}`;
  };
}

/**
 * Sizes come from the ResizeObserver only (its box sizes are read after layout, for free); a
 * row's first sight (the ref callback) reuses the size measured before (rows keep their id as
 * key across renders and jumps) or the estimate, so mounting rows never forces a layout per row.
 */
export function measureRow(element: HTMLDivElement, entry: ResizeObserverEntry | undefined, instance: Virtualizer<HTMLDivElement, HTMLDivElement>): number {
  const box = entry?.borderBoxSize?.[0];
  if (box !== undefined) return Math.round(box.blockSize);
  const index = instance.indexFromElement(element);
  return instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? instance.options.estimateSize(index);
}

/** The scroll offset that centres row `index`, from the held measurements alone (no layout read). */
export function centreOffsetOf(instance: Virtualizer<HTMLDivElement, HTMLDivElement>, index: number): number | undefined {
  // getTotalSize() first: it brings measurementsCache up to date with the current rows.
  const total = instance.getTotalSize();
  const item = instance.measurementsCache[index];
  const viewport = instance.scrollRect?.height;
  if (item === undefined || viewport === undefined) return undefined;
  const max = Math.max(total - viewport, 0);
  return Math.min(Math.max(item.start + item.size / 2 - viewport / 2, 0), max);
}
