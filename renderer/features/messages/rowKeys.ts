// Row keys and size estimates of the reader's block for its virtual list (virtual/): keys are
// listed once per change of the block's rows, estimates asked once per row never measured.
import type { MessageView } from '../../../shared/ipc';
import { MessageType } from '../../../shared/kook/events';
import { getMessage, type ChannelHistory, type HistoryBlock } from './history';
import { rowIndexOf } from './rowIndex';

/** Rows not measured yet: a message row with a one-line body and its author head (measured: 48). */
export const ESTIMATED_ROW_PX = 48;
/** Measured in Chromium at 1440×900 (messages.css, content.css): an image attachment, a card, a file. */
const IMAGE_ROW_PX = 314;
const CARD_ROW_PX = 240;
const FILE_ROW_PX = 79;
/** An image row around its picture (author line, card padding, file name and size). */
const IMAGE_FRAME_PX = 89;
/** content.css .kd-card-attachment-img: at most 400 × 300. */
const IMAGE_MAX_W = 400;
const IMAGE_MAX_H = 300;
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
  if (message.type === MessageType.Image || message.type === MessageType.Video) px = imageRowPx(message);
  else if (message.type === MessageType.Card) px = CARD_ROW_PX;
  else if (message.type === MessageType.File || message.type === MessageType.Audio) px = FILE_ROW_PX;
  if (message.quote !== null) px += QUOTE_PX;
  if (message.reactions.length > 0) px += REACTIONS_PX;
  estimates.set(message, px);
  return px;
}

/** An image's row from the size the attachment states (the picture's box is reserved from it). */
function imageRowPx(message: MessageView): number {
  const a = message.attachments;
  const w = a?.width ?? 0;
  const h = a?.height ?? 0;
  if (message.type !== MessageType.Image || !(w > 0 && h > 0)) return IMAGE_ROW_PX;
  return IMAGE_FRAME_PX + Math.min(IMAGE_MAX_H, h * Math.min(1, IMAGE_MAX_W / w));
}

/** Gap rows ("Load more" / loading): one line of text with padding. */
const GAP_ROW_PX = 48;

export const isGapKey = (key: string): boolean => key.startsWith('gap:');

/** Matches selectors.ts: a gap row before the messages unless the block reached the oldest, one after unless it reached the latest. */
export function rowKeyList(block: HistoryBlock | undefined): string[] {
  if (block === undefined) return [];
  const keys: string[] = [];
  if (!block.reachedOldest) keys.push(`gap:older:${block.id}`);
  for (const chunk of block.ids.chunks) for (const id of chunk) keys.push(id);
  if (!block.reachedLatest) keys.push(`gap:newer:${block.id}`);
  return keys;
}

/** A row's height before it is measured, by key. */
export function rowEstimateOf(history: ChannelHistory<MessageView>): (key: string) => number {
  return (key) => {
    if (isGapKey(key)) return GAP_ROW_PX;
    const message = getMessage(history, key);
    return message === undefined ? ESTIMATED_ROW_PX : estimateRowPx(message);
  };
}

/** A row's index by key in O(log n): gap rows sit at the ends, messages are found by their order. */
export function rowIndexByKey(history: ChannelHistory<MessageView>, keys: readonly string[], key: string): number {
  if (isGapKey(key)) {
    if (keys[0] === key) return 0;
    return keys[keys.length - 1] === key ? keys.length - 1 : -1;
  }
  return rowIndexOf(history, key);
}
