// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChannelTree } from '../../../../renderer/features/channels/ChannelTree';
import { ChannelHeader } from '../../../../renderer/features/channels/ChannelHeader';
import { createAppStore } from '../../../../renderer/store';
import { fakeApi } from '../store/support/fakeApi';
import { CHANNELS, GUILD, detail } from '../store/support/fixtures';
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
