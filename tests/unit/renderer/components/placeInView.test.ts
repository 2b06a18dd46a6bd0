import { describe, expect, it } from 'vitest';
import { placeInView } from '../../../../renderer/components/placeInView';

describe('placeInView: a popup opened at a point stays in the window', () => {
  it('opens at the point when it fits', () => {
    expect(placeInView(100, 100, 200, 300, 1440, 900)).toEqual({ left: 100, top: 100 });
  });

  it('opens upward near the bottom edge and leftward near the right edge', () => {
    expect(placeInView(700, 850, 200, 300, 1440, 900)).toEqual({ left: 700, top: 550 });
    expect(placeInView(1400, 100, 200, 300, 1440, 900)).toEqual({ left: 1200, top: 100 });
  });

  it('never leaves the window, even when flipping would cross the other edge', () => {
    expect(placeInView(10, 120, 200, 300, 1440, 320)).toEqual({ left: 10, top: 16 });
    expect(placeInView(10, 120, 200, 600, 1440, 320)).toEqual({ left: 10, top: 4 });
    expect(placeInView(150, 10, 200, 100, 300, 900)).toEqual({ left: 96, top: 10 });
  });
});
