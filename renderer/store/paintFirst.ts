// What the reader asked for is painted before anything else starts (issue 4
// jump_to_message_ratio; a jump is the moment a moderator waits for the screen).
//
// askForFrame: Chromium starts a main-thread frame at a vsync only if the page asked for one
// before that vsync. A render asks when it first touches the DOM, at the end of its work, so a
// vsync passing meanwhile is skipped and the result waits for the next one (up to ~16 ms more).
// Asked first, the frame of the vsync that passes runs as soon as the work ends.
//
// paintFirst: a jump mounts a screenful of rows at once, and each picture in them is a request
// to main's image proxy, a download and a decode: on a small machine that work competes with
// the two frames that paint the rows. So it also holds pictures: those mounted meanwhile are
// asked for once the rows are on screen (two frames later); their boxes are already reserved.
const noop = (): void => undefined;
/** A hidden page gets no animation frames: the hold never lasts longer than this. */
const HOLD_LIMIT_MS = 100;

export function askForFrame(): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(noop);
}

let held = false;
const waiting = new Set<() => void>();

/** Asks for a frame and holds new pictures until the frame after the next has started. */
export function paintFirst(): void {
  askForFrame();
  if (held || typeof requestAnimationFrame !== 'function') return;
  held = true;
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(release);
  });
  const timer = setTimeout(release, HOLD_LIMIT_MS);
  function release(): void {
    if (typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame);
    clearTimeout(timer);
    held = false;
    const callbacks = [...waiting];
    waiting.clear();
    for (const callback of callbacks) callback();
  }
}

export function imagesHeld(): boolean {
  return held;
}

/** Calls back when the current hold ends; returns a canceller (for an unmounted picture). */
export function whenImagesReleased(callback: () => void): () => void {
  if (!held) {
    callback();
    return noop;
  }
  waiting.add(callback);
  return () => waiting.delete(callback);
}
