// Where a popup opened at a point goes so all of it stays in the window: flipped above or to the
// left of the point when it would run past the bottom or right edge, and never off the top/left.
export interface Placement {
  left: number;
  top: number;
}

const MARGIN = 4;

/** Along one axis: after the point if it fits, else before it, else against the far edge. */
function along(at: number, size: number, view: number): number {
  if (at + size + MARGIN <= view) return at;
  if (at - size >= MARGIN) return at - size;
  return Math.max(MARGIN, view - size - MARGIN);
}

export function placeInView(x: number, y: number, width: number, height: number, viewWidth: number, viewHeight: number): Placement {
  return { left: along(x, width, viewWidth), top: along(y, height, viewHeight) };
}
