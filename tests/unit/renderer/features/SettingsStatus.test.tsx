// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../../renderer/App';
import { StatusBar } from '../../../../renderer/features/status/StatusBar';
import { createAppStore } from '../../../../renderer/store';
import { fakeApi } from '../store/support/fakeApi';
import { GUILD, detail, sessionState } from '../store/support/fixtures';
import { renderWith } from '../store/support/render';

afterEach(cleanup);

describe('settings', () => {
  it('switches the whole window to Chinese', async () => {
    const update = vi.fn(async (a: { language?: 'en' | 'zh-CN' }) => ({ language: a.language ?? 'en', theme: 'dark' as const, activeProfileId: null }));
    const store = createAppStore(fakeApi({ settings: { update }, session: { listProfiles: vi.fn(async () => []) } }));
    store.setState({ session: sessionState(), selectedGuildId: GUILD.id, guildDetail: detail(), guilds: [GUILD], guildsLoaded: true, view: 'settings' });
    await renderWith(<App />, store);
    fireEvent.click(screen.getByRole('radio', { name: '简体中文' }));
    await screen.findByRole('heading', { name: '设置' });
    expect(screen.getByRole('status', { name: '连接状态' }).textContent).toContain('已连接');
    expect(update).toHaveBeenCalledWith({ language: 'zh-CN' });
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('switches to the light theme', async () => {
    const update = vi.fn(async () => ({ language: 'en' as const, theme: 'light' as const, activeProfileId: null }));
    const store = createAppStore(fakeApi({ settings: { update }, session: { listProfiles: vi.fn(async () => []) } }));
    store.setState({ session: sessionState(), guildsLoaded: true, view: 'settings' });
    await renderWith(<App />, store);
    fireEvent.click(screen.getByRole('radio', { name: 'Light' }));
    await vi.waitFor(() => expect(document.documentElement.dataset.theme).toBe('light'));
  });
});

describe('status bar', () => {
  it('says the connection state in words with the bot, session, RTT, resumes, rate and queue', async () => {
    const store = createAppStore(fakeApi());
    store.setState({ session: sessionState() });
    await renderWith(<StatusBar />, store);
    const bar = screen.getByRole('status', { name: 'Connection status' });
    expect(bar.textContent).toContain('Connected');
    expect(screen.getByText('as deskbot').getAttribute('title')).toBe('Bot deskbot#4242 · profile Bot');
    expect(bar.textContent).toContain('session 20d8c0ff…');
    expect(bar.textContent).toContain('RTT 48 ms');
    expect(bar.textContent).toContain('resumed 2×');
    expect(bar.textContent).toContain('14 ev/s');
    expect(bar.textContent).toContain('REST 3 queued');
  });

  it('opens the cases from the status bar, closing the inspector', async () => {
    const store = createAppStore(fakeApi());
    store.setState({ session: sessionState(), guildDetail: detail(), inspectorOpen: true });
    await renderWith(<StatusBar />, store);
    fireEvent.click(screen.getByRole('button', { name: 'Cases' }));
    expect(store.getState().inspectorOpen).toBe(false);
    expect(store.getState().moderationView).toBe('cases');
  });

  it('marks observer mode and a refused token', async () => {
    const store = createAppStore(fakeApi());
    store.setState({ session: sessionState({ connection: 'observer', observer: true }) });
    await renderWith(<StatusBar />, store);
    expect(screen.getByText('Observer mode')).toBeTruthy();
    expect(screen.getByText('Observing')).toBeTruthy();
    store.setState({ session: sessionState({ connection: 'auth-failed' }) });
    expect(await screen.findByText('Token refused')).toBeTruthy();
  });
});
