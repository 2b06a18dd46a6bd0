import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createMainWindow } from '../../../main/shell/createMainWindow';
import { imageRequestHandler } from '../../../main/shell/imageProtocol';
import { utilityProcessFork } from '../../../main/shell/utilityFork';
import { DEFAULT_WINDOW, restoredBounds } from '../../../main/shell/windowState';
import { SettingsStore } from '../../../main/store/SettingsStore';

describe('image protocol', () => {
  it('serves what the image proxy returns and 404s the rest', async () => {
    const fetchImage = vi.fn(async (u: string) => (u === 'https://img.kookapp.cn/a.png' ? { contentType: 'image/png', body: Buffer.from([137, 80]) } : null));
    const handler = imageRequestHandler(fetchImage);
    const ok = await handler(new Request(`kook-img://image/?u=${encodeURIComponent('https://img.kookapp.cn/a.png')}`));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('image/png');
    expect((await handler(new Request('kook-img://image/?u=https%3A%2F%2Fevil.test%2Fx.png'))).status).toBe(404);
    expect((await handler(new Request('kook-img://image/'))).status).toBe(404);
  });
});

describe('demo fork through utilityProcess', () => {
  it('adapts messages, exit codes and kill', () => {
    const child = Object.assign(new EventEmitter(), { kill: vi.fn(() => true) });
    const fork = vi.fn(() => child);
    const forked = utilityProcessFork(fork as never)('/app/out/sim/cli.js', ['--ipc'], { execArgv: [], cwd: '/app' });
    const messages: unknown[] = [];
    const exits: unknown[] = [];
    forked.on('message', (m) => messages.push(m));
    forked.on('exit', (c) => exits.push(c));
    child.emit('message', { type: 'ready' });
    child.emit('exit', 0);
    forked.kill();
    expect(messages).toEqual([{ type: 'ready' }]);
    expect(exits).toEqual([0]);
    expect(child.kill).toHaveBeenCalled();
    expect(fork).toHaveBeenCalledWith('/app/out/sim/cli.js', ['--ipc'], expect.objectContaining({ cwd: '/app' }));
  });
});

describe('window state', () => {
  const display = { x: 0, y: 0, width: 1920, height: 1080 };
  it('restores saved bounds that are on a display', () => {
    const saved = { x: 100, y: 80, width: 1200, height: 800, maximized: true };
    expect(restoredBounds(saved, [display])).toEqual(saved);
  });
  it('drops positions that are off every display and tiny sizes', () => {
    expect(restoredBounds({ x: 5000, y: 80, width: 1200, height: 800, maximized: false }, [display])).toMatchObject({ x: undefined, width: 1200 });
    expect(restoredBounds({ width: 100, height: 100, maximized: false }, [display])).toEqual(DEFAULT_WINDOW);
    expect(restoredBounds(undefined, [display])).toEqual(DEFAULT_WINDOW);
  });
});

describe('main window', () => {
  it('is created hardened, loads the app page and sets the CSP header', async () => {
    const settings = SettingsStore.inDir(mkdtempSync(path.join(os.tmpdir(), 'kd-win-')));
    await settings.load();
    let options: Record<string, unknown> = {};
    let headerHook: ((d: { responseHeaders?: Record<string, string[]> }, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void) | undefined;
    let permissionHook: ((wc: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    class FakeWindow extends EventEmitter {
      webContents = { setWindowOpenHandler: vi.fn(), on: vi.fn() };
      loadFile = vi.fn(async () => undefined);
      loadURL = vi.fn(async () => undefined);
      maximize = vi.fn();
      show = vi.fn();
      getNormalBounds = () => ({ x: 0, y: 0, width: 1440, height: 900 });
      isMaximized = () => false;
      constructor(o: Record<string, unknown>) {
        super();
        options = o;
      }
    }
    const win = createMainWindow({
      BrowserWindow: FakeWindow as never,
      session: {
        webRequest: { onHeadersReceived: (h: typeof headerHook) => void (headerHook = h) },
        setPermissionRequestHandler: (h: typeof permissionHook) => void (permissionHook = h),
      } as never,
      shell: { openExternal: async () => undefined },
      displays: () => [{ x: 0, y: 0, width: 1920, height: 1080 }],
      settings,
      preloadPath: '/app/out/preload/index.js',
      page: { file: '/app/out/renderer/index.html' },
    }) as unknown as FakeWindow;
    expect(options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, preload: '/app/out/preload/index.js' });
    expect(win.loadFile).toHaveBeenCalledWith('/app/out/renderer/index.html');
    expect(win.webContents.setWindowOpenHandler).toHaveBeenCalled();
    let headers: Record<string, string[]> = {};
    headerHook!({ responseHeaders: {} }, (r) => void (headers = r.responseHeaders));
    expect(headers['Content-Security-Policy']?.[0]).toContain("default-src 'none'");
    let granted: boolean | undefined;
    permissionHook!(null, 'media', (ok) => void (granted = ok));
    expect(granted).toBe(false);
  });
});
