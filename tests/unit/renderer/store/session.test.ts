import { describe, expect, it, vi } from 'vitest';
import { IpcCallError, type MessagePage } from '../../../../shared/ipc';
import { createAppStore } from '../../../../renderer/store';
import { hasWorkspace, offersObserverMode } from '../../../../renderer/store/session/selectors';
import { fakeApi } from './support/fakeApi';
import { GUILD, detail, page, sessionState } from './support/fixtures';
import { CHANNEL, channelHistory, deferred, message, msgId } from '../messages/support';

function workspaceApi(connect = vi.fn(async () => sessionState())) {
  return fakeApi({
    session: { connect, listProfiles: vi.fn(async () => []), openDemo: vi.fn(async () => sessionState({ demo: true })) },
    guilds: { list: vi.fn(async () => [GUILD]), view: vi.fn(async () => detail()) },
    channels: { watch: vi.fn(async () => undefined) },
    members: { list: vi.fn(async () => page([])) },
  });
}

describe('session slice', () => {
  it('connects with a pasted token, never keeps it, and loads the first guild', async () => {
    const connect = vi.fn(async () => sessionState());
    const store = createAppStore(workspaceApi(connect));
    expect(await store.getState().connect({ name: 'Bot', token: 'secret-token-123' })).toBe(true);
    expect(connect).toHaveBeenCalledWith({ name: 'Bot', token: 'secret-token-123' });
    await vi.waitFor(() => expect(store.getState().guildDetail?.guild.id).toBe(GUILD.id));
    expect(hasWorkspace(store.getState())).toBe(true);
    expect(store.getState().selectedChannelId).toBe('2002');
    expect(JSON.stringify(store.getState())).not.toContain('secret-token-123');
  });

  it('keeps the auth-failed code of a wrong token for the start screen', async () => {
    const connect = vi.fn(async () => {
      throw new IpcCallError('auth-failed', 'HTTP 401');
    });
    const store = createAppStore(workspaceApi(connect));
    expect(await store.getState().connect({ name: 'Bot', token: 'wrong-token-xyz' })).toBe(false);
    expect(store.getState().sessionError?.code).toBe('auth-failed');
    expect(store.getState().sessionBusy).toBe(false);
    expect(hasWorkspace(store.getState())).toBe(false);
  });

  it('opens the demo server', async () => {
    const store = createAppStore(workspaceApi());
    await store.getState().openDemo();
    expect(store.getState().session?.demo).toBe(true);
  });

  it('switching to another bot starts its workspace afresh; a page asked for before the switch never lands', async () => {
    const api = workspaceApi();
    const { list } = channelHistory(200);
    api.messages.list = list;
    const store = createAppStore(api);
    store.getState().applySessionState(sessionState());
    await vi.waitFor(() => expect(store.getState().guildDetail?.guild.id).toBe(GUILD.id));
    await store.getState().openChannel(CHANNEL);
    expect(store.getState().histories.size).toBe(1);
    // The old bot's page is still on its way when the switch happens.
    const held = deferred<MessagePage>();
    list.mockImplementationOnce(() => held.promise);
    const late = store.getState().loadOlder(CHANNEL, { manual: true });
    const guildLoads = vi.mocked(api.guilds.list).mock.calls.length;

    store.getState().applySessionState(sessionState({ profile: { id: 'p2', name: 'Other bot', baseUrl: null, kind: 'bot', tokenStorage: 'encrypted' } }));
    expect(store.getState().histories.size).toBe(0);
    expect(store.getState().messageHighlight).toBeNull();
    await vi.waitFor(() => expect(vi.mocked(api.guilds.list).mock.calls.length).toBe(guildLoads + 1));
    held.resolve({ channelId: CHANNEL, items: [message(100)], flag: 'before', anchorId: msgId(151), pageSize: 50 });
    await late;
    expect(store.getState().histories.size).toBe(0);
    expect(store.getState().messagePaging.size).toBe(0);

    // The same profile again (a status update) changes nothing.
    const shown = store.getState().guildDetail;
    store.getState().applySessionState(sessionState({ profile: { id: 'p2', name: 'Other bot', baseUrl: null, kind: 'bot', tokenStorage: 'encrypted' }, rttMs: 12 }));
    expect(store.getState().guildDetail).toBe(shown);
  });

  it('disconnecting clears the workspace', async () => {
    const api = workspaceApi();
    api.session.disconnect = vi.fn(async () => sessionState({ profile: null, bot: null, connection: 'idle' }));
    const store = createAppStore(api);
    store.getState().applySessionState(sessionState());
    await vi.waitFor(() => expect(store.getState().guildDetail?.guild.id).toBe(GUILD.id));
    await store.getState().disconnect();
    expect(hasWorkspace(store.getState())).toBe(false);
    expect(store.getState().guilds).toEqual([]);
    expect(store.getState().histories.size).toBe(0);
  });

  it('offers observer mode when main says the bot is online elsewhere', () => {
    const store = createAppStore(workspaceApi());
    store.getState().applySessionState(sessionState({ connection: 'stopped', reason: 'bot is already online elsewhere' }));
    expect(offersObserverMode(store.getState())).toBe(true);
    store.getState().applySessionState(sessionState({ connection: 'observer', observer: true, reason: 'bot is already online elsewhere' }));
    expect(offersObserverMode(store.getState())).toBe(false);
  });
});
