// Window hardening (STYLE.md "From Element Desktop"): sandboxed, isolated renderer with no Node,
// a strict CSP whose images come only from the image proxy, no window.open, no navigation away
// from the app's own pages, no webviews.
import type { BrowserWindowConstructorOptions, WebContents } from 'electron';
import { checkedExternalUrl } from './externalLinks';

/** The image proxy's scheme (a custom protocol in Electron). */
export const IMAGE_SCHEME = 'kook-img';

export function contentSecurityPolicy(): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' ${IMAGE_SCHEME}:`,
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function secureWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    show: false,
    backgroundColor: '#1e1f22',
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    },
  };
}

type GuardedContents = Pick<WebContents, 'setWindowOpenHandler' | 'on'>;

/**
 * Denies every window.open (http(s) ones are handed to the external-link function instead),
 * blocks navigation to anything but the app's own pages, and refuses webviews.
 */
export function installNavigationGuards(
  contents: GuardedContents,
  isAppUrl: (url: string) => boolean,
  openExternal: (url: string) => void,
): void {
  contents.setWindowOpenHandler(({ url }) => {
    const safe = checkedExternalUrl(url);
    if (safe) openExternal(safe);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** The app's pages: the packaged file URL or, in development, the vite dev server's origin. */
export function appUrlMatcher(appOrigin: string): (url: string) => boolean {
  return (url) => {
    try {
      const u = new URL(url);
      if (appOrigin === 'file://') return u.protocol === 'file:';
      return u.origin === appOrigin;
    } catch {
      return false;
    }
  };
}
