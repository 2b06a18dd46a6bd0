import { describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../../../renderer/store';
import { buildChannelTree } from '../../../../renderer/store/channels/tree';
import { rolesInOrder } from '../../../../renderer/store/guilds/selectors';
import { fakeApi } from './support/fakeApi';
import { CHANNELS, GUILD, channel, detail, page, role } from './support/fixtures';

async function loadedStore() {
  const watch = vi.fn(async () => undefined);
  const list = vi.fn(async () => ({ channelId: '2005', items: [], flag: 'around' as const, anchorId: null, pageSize: 50 }));
  const store = createAppStore(
    fakeApi({
      guilds: { list: vi.fn(async () => [GUILD]), view: vi.fn(async () => detail()) },
      channels: { watch },
      members: { list: vi.fn(async () => page([])) },
      messages: { list },
    }),
  );
  await store.getState().loadGuilds();
  return { store, watch, list };
}

describe('channel tree', () => {
  it('groups channels under categories in level order, loose channels first', () => {
    const tree = buildChannelTree([...CHANNELS, channel('2009', 'lobby', { level: 5 })]);
    expect(tree.map((g) => g.category?.name ?? null)).toEqual([null, 'Community', 'Staff']);
    expect(tree[1]?.channels.map((c) => c.name)).toEqual(['general', 'voice']);
  });
});

describe('guilds and channels slices', () => {
  it('selects the first text channel of the first guild and watches it', async () => {
    const { store, watch } = await loadedStore();
    expect(store.getState().selectedChannelId).toBe('2002');
    expect(watch).toHaveBeenLastCalledWith({ channelIds: ['2002'] });
  });

  it('counts live messages in other channels as unread and clears them on open', async () => {
    const { store } = await loadedStore();
    const created = (channel_id: string) => ({ guildId: GUILD.id, message: { channel_id } as never });
    store.getState().noteMessageCreated(created('2005'));
    store.getState().noteMessageCreated(created('2005'));
    store.getState().noteMessageCreated(created('2002'));
    expect(store.getState().unread).toEqual({ '2005': 2 });
    store.getState().selectChannel('2005');
    expect(store.getState().unread).toEqual({});
  });

  it('marks another server with live messages once (not per message) and clears the mark when it is opened', async () => {
    const { store } = await loadedStore();
    const elsewhere = { guildId: '1009', message: { channel_id: '9001' } as never };
    store.getState().noteMessageCreated(elsewhere);
    const marked = store.getState().guildActivity;
    expect(marked).toEqual({ '1009': true });
    const updates = vi.fn();
    const unsubscribe = store.subscribe(updates);
    store.getState().noteMessageCreated(elsewhere);
    unsubscribe();
    expect(updates).not.toHaveBeenCalled();
    expect(store.getState().unread).toEqual({});
    await store.getState().selectGuild('1009');
    expect(store.getState().guildActivity).toEqual({});
  });

  it('what the moderator opens over the inspector (a channel, Settings, a moderation view) closes it', async () => {
    const { store } = await loadedStore();
    store.setState({ inspectorOpen: true });
    store.getState().selectChannel('2005');
    expect(store.getState().inspectorOpen).toBe(false);
    store.setState({ inspectorOpen: true });
    store.getState().setView('settings');
    expect(store.getState().inspectorOpen).toBe(false);
    store.setState({ inspectorOpen: true });
    store.getState().openModerationView('bans');
    expect(store.getState()).toMatchObject({ inspectorOpen: false, moderationView: 'bans', view: 'channel' });
  });

  it('collapses and expands a category', async () => {
    const { store } = await loadedStore();
    store.getState().toggleCategory('2001');
    expect(store.getState().collapsed).toEqual({ '2001': true });
    store.getState().toggleCategory('2001');
    expect(store.getState().collapsed).toEqual({});
  });

  it('applies role and channel changes to the open guild only', async () => {
    const { store } = await loadedStore();
    store.getState().applyRoleChanged({ guildId: GUILD.id, role: role(14, 'Helpers', 0), change: 'added' });
    expect(rolesInOrder(store.getState())[0]?.name).toBe('Helpers');
    store.getState().applyRoleChanged({ guildId: '999', role: role(15, 'Elsewhere', 0), change: 'added' });
    expect(store.getState().guildDetail?.roles.some((r) => r.role_id === 15)).toBe(false);
    store.getState().applyChannelChanged({ guildId: GUILD.id, channel: { id: '2005' }, change: 'deleted' });
    expect(store.getState().guildDetail?.channels.some((c) => c.id === '2005')).toBe(false);
    store.getState().applyChannelChanged({ guildId: GUILD.id, channel: channel('2002', 'renamed'), change: 'updated' });
    expect(store.getState().guildDetail?.channels.find((c) => c.id === '2002')?.name).toBe('renamed');
  });

  it('records a jump request for the message pane and opens the named channel', async () => {
    const { store, list } = await loadedStore();
    store.getState().setView('settings');
    store.getState().jumpToMessage('2005', 'a1b2c3d4-0000-4000-8000-000000000001');
    expect(store.getState().selectedChannelId).toBe('2005');
    const jump = store.getState().pendingJump;
    expect(jump).toMatchObject({ channelId: '2005', msgId: 'a1b2c3d4-0000-4000-8000-000000000001' });
    expect(list).not.toHaveBeenCalledWith(expect.objectContaining({ flag: 'around' }));
  });

  it('loads around the target at once when the channel is already open (no pane render in between)', async () => {
    const { store, list } = await loadedStore();
    store.getState().selectChannel('2005');
    const before = store.getState().pendingJump;
    store.getState().jumpToMessage(undefined, 'a1b2c3d4-0000-4000-8000-000000000001');
    expect(list).toHaveBeenCalledWith({ channelId: '2005', flag: 'around', msgId: 'a1b2c3d4-0000-4000-8000-000000000001', pageSize: 50 });
    expect(store.getState().pendingJump).toBe(before);
  });
});
