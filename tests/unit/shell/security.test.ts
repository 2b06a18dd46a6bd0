import { describe, expect, it, vi } from 'vitest';
import { checkedExternalUrl, openExternalLink } from '../../../main/shell/externalLinks';
import { appUrlMatcher, contentSecurityPolicy, installNavigationGuards, secureWindowOptions } from '../../../main/shell/security';

describe('external links', () => {
  it.each([
    ['https://www.kookapp.cn/app', 'https://www.kookapp.cn/app'],
    ['http://example.com/a?b=1#c', 'http://example.com/a?b=1#c'],
  ])('opens %s', (raw, expected) => expect(checkedExternalUrl(raw)).toBe(expected));

  it.each(['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'vbscript:x', '/relative', 'https://user:pw@evil.test/', 42, null, 'x'.repeat(5000)])(
    'refuses %s',
    (raw) => expect(checkedExternalUrl(raw)).toBeNull(),
  );

  it('hands only checked URLs to the shell', async () => {
    const shell = { openExternal: vi.fn(async () => undefined) };
    expect(await openExternalLink(shell, 'javascript:alert(1)')).toBe(false);
    expect(await openExternalLink(shell, 'https://a.test/')).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).toHaveBeenCalledWith('https://a.test/');
  });
});

describe('window hardening', () => {
  it('sandboxes and isolates the renderer', () => {
    const prefs = secureWindowOptions('/app/preload.js').webPreferences!;
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
  });

  it('has a CSP that allows images only from the app and the image proxy', () => {
    const csp = contentSecurityPolicy();
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/img-src 'self' kook-img:(;|$)/);
    expect(csp).not.toMatch(/https?:/);
    expect(csp).toContain("script-src 'self'");
  });

  it('denies window.open, blocks foreign navigation and webviews', () => {
    const handlers: Record<string, (event: { preventDefault(): void }, url: string) => void> = {};
    let openHandler: ((d: { url: string }) => { action: string }) | undefined;
    const contents = {
      setWindowOpenHandler: (h: (d: { url: string }) => { action: string }) => void (openHandler = h),
      on: (name: string, h: (event: { preventDefault(): void }, url: string) => void) => void (handlers[name] = h),
    };
    const opened: string[] = [];
    installNavigationGuards(contents as never, appUrlMatcher('http://127.0.0.1:5173'), (u) => opened.push(u));

    expect(openHandler!({ url: 'https://kookapp.cn/' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://kookapp.cn/']);

    const prevented = (name: string, url: string): boolean => {
      let p = false;
      handlers[name]!({ preventDefault: () => void (p = true) }, url);
      return p;
    };
    expect(prevented('will-navigate', 'https://evil.test/')).toBe(true);
    expect(prevented('will-navigate', 'http://127.0.0.1:5173/index.html')).toBe(false);
    expect(prevented('will-redirect', 'http://127.0.0.1:9999/')).toBe(true);
    expect(prevented('will-attach-webview', 'x')).toBe(true);
  });

  it('matches packaged file pages', () => {
    const isApp = appUrlMatcher('file://');
    expect(isApp('file:///opt/Kookdesk/resources/app.asar/out/renderer/index.html')).toBe(true);
    expect(isApp('https://x.test/')).toBe(false);
    expect(isApp('not a url')).toBe(false);
  });
});
