// Keeps what the reader looks at in place while rows above it change size or are prepended:
// rows render with estimated heights and are measured a frame later (images and cards even
// later), so a jump target is re-centred and a prepend's anchor re-applied for a few frames,
// until the reader scrolls themselves (STYLE.md "From Mattermost and TanStack Virtual").
import type { Virtualizer } from '@tanstack/react-virtual';
import type { MessageView } from '../../../shared/ipc';
import { rowAt, type ChannelHistory } from './history';
import { rowIndexOf } from './rowIndex';
import { centreOffsetOf } from './rowKeys';

/** Frames during which a hold is re-applied. */
export const HOLD_FRAMES = 12;
/**
 * A jump target stays centred longer, about as long as it is highlighted (HIGHLIGHT_MS): images
 * and cards above it arrive through the image proxy well after 12 frames and would push it away.
 */
export const CENTRE_HOLD_FRAMES = 96;

type Hold = { kind: 'anchor'; id: string; delta: number } | { kind: 'centre'; id: string };

export interface ScrollHold {
  /** Remembers the top visible message (call after scrolls and renders). */
  capture(): void;
  /** Older rows were prepended: keep the remembered message where it was. */
  holdAnchor(): void;
  /** Centre a message and keep it centred while rows get measured. */
  centre(id: string): void;
  /** The reader took over (wheel, touch, keys): stop holding. */
  release(): void;
}

export function createScrollHold(
  virtualizer: () => Virtualizer<HTMLDivElement, HTMLDivElement>,
  history: () => ChannelHistory<MessageView>,
): ScrollHold {
  let anchor: { id: string; delta: number } | null = null;
  let hold: Hold | null = null;
  let frames = 0;
  let frame: number | null = null;

  function apply(): void {
    const v = virtualizer();
    const index = hold === null ? -1 : rowIndexOf(history(), hold.id);
    if (hold === null || index < 0) return;
    let target: number | undefined;
    // From the held measurements: getOffsetForIndex would read scrollHeight, a forced layout every frame.
    if (hold.kind === 'centre') target = centreOffsetOf(v, index);
    else {
      const item = v.measurementsCache[index];
      target = item === undefined ? undefined : item.start - hold.delta;
    }
    if (target !== undefined && Math.abs(target - (v.scrollOffset ?? 0)) > 0.5) v.scrollToOffset(target);
  }

  function step(): void {
    apply();
    frames -= 1;
    frame = frames > 0 ? requestAnimationFrame(step) : null;
    if (frame === null) release();
  }

  function start(next: Hold): void {
    if (frame !== null) cancelAnimationFrame(frame);
    hold = next;
    frames = next.kind === 'centre' ? CENTRE_HOLD_FRAMES : HOLD_FRAMES;
    apply();
    frame = requestAnimationFrame(step);
  }

  function release(): void {
    if (frame !== null) cancelAnimationFrame(frame);
    frame = null;
    hold = null;
    capture();
  }

  function capture(): void {
    if (hold !== null) return;
    const v = virtualizer();
    const offset = v.scrollOffset ?? 0;
    anchor = null;
    for (const item of v.getVirtualItems()) {
      const row = item.end > offset ? rowAt(history(), item.index) : undefined;
      if (row?.kind !== 'message') continue;
      anchor = { id: row.key, delta: item.start - offset };
      return;
    }
  }

  return {
    capture,
    holdAnchor() {
      // A jump being centred wins over a prepend that lands meanwhile.
      if (hold?.kind === 'centre') return apply();
      if (anchor !== null) start({ kind: 'anchor', ...anchor });
    },
    centre: (id) => start({ kind: 'centre', id }),
    release,
  };
}
