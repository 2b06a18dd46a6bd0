// The window comes back where the moderator left it: bounds and maximized state, saved (debounced)
// in the settings file, and ignored when they no longer fit any display.
import type { BrowserWindow, Rectangle } from 'electron';
import type { WindowState } from '../store/SettingsStore';

export const DEFAULT_WINDOW: WindowState = { width: 1440, height: 900, maximized: false };

export function restoredBounds(saved: WindowState | undefined, displays: Rectangle[]): WindowState {
  if (!saved || saved.width < 640 || saved.height < 480) return DEFAULT_WINDOW;
  if (saved.x === undefined || saved.y === undefined) return { ...saved, x: undefined, y: undefined };
  const { x, y } = saved;
  const visible = displays.some((d) => x + 100 > d.x && y + 50 > d.y && x < d.x + d.width - 100 && y < d.y + d.height - 50);
  return visible ? saved : { ...saved, x: undefined, y: undefined };
}

export function trackWindowState(
  win: Pick<BrowserWindow, 'on' | 'getNormalBounds' | 'isMaximized'>,
  save: (state: WindowState) => void,
  debounceMs = 500,
): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = (): void => {
    timer = null;
    const b = win.getNormalBounds();
    save({ x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() });
  };
  const schedule = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  };
  win.on('resize', schedule);
  win.on('move', schedule);
  win.on('maximize', schedule);
  win.on('unmaximize', schedule);
  win.on('close', () => {
    if (timer) clearTimeout(timer);
    flush();
  });
}
