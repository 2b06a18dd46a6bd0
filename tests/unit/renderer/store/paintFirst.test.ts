import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { askForFrame, imagesHeld, paintFirst, whenImagesReleased } from '../../../../renderer/store/paintFirst';

/** A hand-cranked requestAnimationFrame: `frame()` runs the callbacks asked for before it. */
function manualFrames() {
  let queue = new Map<number, FrameRequestCallback>();
  let next = 1;
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
    queue.set(next, cb);
    return next++;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => queue.delete(id));
  return {
    get asked() {
      return queue.size;
    },
    frame() {
      const due = queue;
      queue = new Map();
      for (const cb of due.values()) cb(0);
    },
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  // End any hold a test left, so the module state does not leak into the next test.
  vi.advanceTimersByTime(1_000);
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('paint first', () => {
  it('asks for a frame at once', () => {
    const frames = manualFrames();
    askForFrame();
    expect(frames.asked).toBe(1);
  });

  it('holds pictures until the frame after the next has started, then releases every waiter once', () => {
    const frames = manualFrames();
    paintFirst();
    expect(imagesHeld()).toBe(true);
    const released = vi.fn();
    whenImagesReleased(released);
    frames.frame();
    expect(imagesHeld()).toBe(true);
    expect(released).not.toHaveBeenCalled();
    frames.frame();
    expect(imagesHeld()).toBe(false);
    expect(released).toHaveBeenCalledTimes(1);
    frames.frame();
    expect(released).toHaveBeenCalledTimes(1);
  });

  it('calls a waiter back at once when nothing is held, and forgets a cancelled one', () => {
    const frames = manualFrames();
    const now = vi.fn();
    whenImagesReleased(now);
    expect(now).toHaveBeenCalledTimes(1);
    paintFirst();
    const gone = vi.fn();
    const cancel = whenImagesReleased(gone);
    cancel();
    frames.frame();
    frames.frame();
    expect(gone).not.toHaveBeenCalled();
  });

  it('never holds longer than 100 ms when the page gets no frames (hidden)', () => {
    manualFrames();
    paintFirst();
    const released = vi.fn();
    whenImagesReleased(released);
    vi.advanceTimersByTime(99);
    expect(released).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(released).toHaveBeenCalledTimes(1);
    expect(imagesHeld()).toBe(false);
  });

  it('a second jump during a hold keeps the one hold', () => {
    const frames = manualFrames();
    paintFirst();
    paintFirst();
    frames.frame();
    frames.frame();
    expect(imagesHeld()).toBe(false);
  });
});
