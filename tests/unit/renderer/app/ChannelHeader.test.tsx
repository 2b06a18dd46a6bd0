// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChannelTree } from '../../../../renderer/features/channels/ChannelTree';
import { GuildRail } from '../../../../renderer/features/guilds/GuildRail';
import { ChannelHeader } from '../../../../renderer/features/channels/ChannelHeader';
import { createAppStore } from '../../../../renderer/store';
import { fakeApi } from '../store/support/fakeApi';
import { CHANNELS, GUILD, channel, detail, page } from '../store/support/fixtures';
import { renderWith } from '../store/support/render';

afterEach(cleanup);
const MSG = '6f1c2a3b-4d5e-4f60-8a9b-0c1d2e3f4a5b';

function setup() {
  const store = createAppStore(fakeApi({ channels: { watch: vi.fn(async () => undefined) } }));
  store.setState({ selectedGuildId: GUILD.id, guilds: [GUILD], guildDetail: detail(), selectedChannelId: '2002' });
  return store;
}

describe('channel header jump box', () => {
  it('jumps to a message link in another channel of this guild', async () => {
    const store = setup();
    await renderWith(<ChannelHeader channel={CHANNELS[1]!} />, store);
    const box = screen.getByRole('textbox', { name: 'Jump to message' });
    fireEvent.change(box, { target: { value: `https://www.kookapp.cn/app/channels/${GUILD.id}/2005/${MSG}` } });
    fireEvent.submit(box);
    expect(store.getState().pendingJump).toMatchObject({ channelId: '2005', msgId: MSG });
    expect(store.getState().selectedChannelId).toBe('2005');
  });

  it('says why it cannot jump', async () => {
    const store = setup();
    await renderWith(<ChannelHeader channel={CHANNELS[1]!} />, store);
    const box = screen.getByRole('textbox', { name: 'Jump to message' });
    fireEvent.change(box, { target: { value: 'hello' } });
    fireEvent.submit(box);
    expect(screen.getByRole('alert').textContent).toBe('Not a message id or KOOK message link');
    expect(store.getState().pendingJump).toBeNull();
  });
});

describe('channel header jump box: shortcut and other servers', () => {
  it('Ctrl+J (or ⌘J) focuses the jump box from anywhere', async () => {
    const store = setup();
    await renderWith(<ChannelHeader channel={CHANNELS[1]!} />, store);
    const box = screen.getByRole('textbox', { name: 'Jump to message' });
    expect(document.activeElement).not.toBe(box);
    fireEvent.keyDown(window, { key: 'j', ctrlKey: true });
    expect(document.activeElement).toBe(box);
    box.blur();
    fireEvent.keyDown(window, { key: 'J', metaKey: true });
    expect(document.activeElement).toBe(box);
  });

  it('opens another server the bot is in, then jumps there; refuses a server it is not in', async () => {
    const other = { id: '1002', name: 'Second Hall', icon: '', user_id: '9', topic: '' };
    const otherChannels = [channel('3001', 'lobby')];
    const view = vi.fn(async ({ guildId }: { guildId: string }) => (guildId === other.id ? detail({ guild: other, channels: otherChannels }) : detail()));
    const list = vi.fn(async () => ({ channelId: '3001', items: [], flag: 'around' as const, anchorId: MSG, pageSize: 50 }));
    const store = createAppStore(
      fakeApi({ channels: { watch: vi.fn(async () => undefined) }, guilds: { view }, members: { list: vi.fn(async () => page([])) }, messages: { list, view: vi.fn(async () => Promise.reject(new Error('gone'))) } }),
    );
    store.setState({ selectedGuildId: GUILD.id, guilds: [GUILD, other], guildDetail: detail(), selectedChannelId: '2002' });
    await renderWith(<ChannelHeader channel={CHANNELS[1]!} />, store);
    const box = screen.getByRole('textbox', { name: 'Jump to message' });
    fireEvent.change(box, { target: { value: `https://www.kookapp.cn/app/channels/1003/4001/${MSG}` } });
    fireEvent.submit(box);
    expect(screen.getByRole('alert').textContent).toBe('That link points to a server this bot is not in');

    fireEvent.change(box, { target: { value: `https://www.kookapp.cn/app/channels/${other.id}/3001/${MSG}` } });
    fireEvent.submit(box);
    // The other server's channel is open by then, so the jump loads `around` the message at once.
    await vi.waitFor(() => expect(list).toHaveBeenCalledWith({ channelId: '3001', flag: 'around', msgId: MSG, pageSize: 50 }));
    expect(store.getState().selectedGuildId).toBe(other.id);
    expect(store.getState().selectedChannelId).toBe('3001');
  });
});

describe('guild rail', () => {
  it('marks a server with live messages elsewhere', async () => {
    const store = setup();
    const other = { id: '1002', name: 'Second Hall', icon: '', user_id: '9', topic: '' };
    store.setState({ guilds: [GUILD, other], guildActivity: { '1002': true } });
    await renderWith(<GuildRail />, store);
    expect(screen.getByRole('status', { name: 'New messages in Second Hall' })).toBeTruthy();
    expect(screen.queryByRole('status', { name: `New messages in ${GUILD.name}` })).toBeNull();
  });
});

describe('channel tree', () => {
  it('shows unread dots and collapses categories', async () => {
    const store = setup();
    store.setState({ unread: { '2005': 3 } });
    await renderWith(<ChannelTree />, store);
    expect(screen.getByRole('status', { name: '3 new messages' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Voice channel voice' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Collapse Staff' }));
    expect(screen.queryByRole('button', { name: 'Text channel mods' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Expand Staff' }));
    fireEvent.click(screen.getByRole('button', { name: 'Text channel mods' }));
    expect(store.getState().selectedChannelId).toBe('2005');
  });
});
