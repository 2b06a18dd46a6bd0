// The one application window: hardened options, navigation guards, CSP on every response,
// remembered bounds. Receives the Electron objects it uses, so its wiring stays testable.
import type { BrowserWindow as BrowserWindowType, BrowserWindowConstructorOptions, Rectangle, Session } from 'electron';
import type { SettingsStore } from '../store/SettingsStore';
import { openExternalLink, type ShellLike } from './externalLinks';
import { appUrlMatcher, contentSecurityPolicy, installNavigationGuards, secureWindowOptions } from './security';
import { restoredBounds, trackWindowState } from './windowState';

export interface MainWindowDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindowType;
  session: Pick<Session, 'webRequest' | 'setPermissionRequestHandler'>;
  shell: ShellLike;
  displays: () => Rectangle[];
  settings: SettingsStore;
  preloadPath: string;
  /** The renderer: a file path when packaged, or the dev server URL. */
  page: { file: string } | { url: string };
}

export function createMainWindow(deps: MainWindowDeps): BrowserWindowType {
  const state = restoredBounds(deps.settings.windowState(), deps.displays());
  const win = new deps.BrowserWindow({
    ...secureWindowOptions(deps.preloadPath),
    title: 'Kookdesk',
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: 960,
    minHeight: 600,
  });
  if (state.maximized) win.maximize();

  const origin = 'url' in deps.page ? new URL(deps.page.url).origin : 'file://';
  const isAppUrl = appUrlMatcher(origin);
  installNavigationGuards(win.webContents, isAppUrl, (url) => void openExternalLink(deps.shell, url));

  // CSP as a header too (the page also carries it as a meta tag), and no permission prompts at all.
  deps.session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy()] } });
  });
  deps.session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));

  trackWindowState(win, (s) => void deps.settings.saveWindowState(s));
  win.once('ready-to-show', () => win.show());
  if ('url' in deps.page) void win.loadURL(deps.page.url);
  else void win.loadFile(deps.page.file);
  return win;
}
