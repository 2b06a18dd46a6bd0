// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MembersPanel } from '../../../../renderer/features/members/MembersPanel';
import { createAppStore } from '../../../../renderer/store';
import { fakeApi } from '../store/support/fakeApi';
import { GUILD, detail, member } from '../store/support/fixtures';
import { renderWith } from '../store/support/render';

afterEach(cleanup);

describe('member detail', () => {
  it('offers one "Grant role" and one "Reset nickname" (the case-recording ones), an "Add role" chip opening that same dialog, and revokes a role from its chip', async () => {
    const revoke = vi.fn(async () => [11]);
    const store = createAppStore(fakeApi({ members: { view: vi.fn(async () => member('7', 'alice', { roles: [11, 12], nickname: 'Al' })) }, roles: { revoke } }));
    store.setState({ selectedGuildId: GUILD.id, guildDetail: detail() });
    await store.getState().openMember('7');
    await renderWith(<MembersPanel />, store);

    const panel = screen.getByRole('complementary', { name: 'Member detail' });
    expect(panel.textContent).toContain('alice#0001');
    expect(screen.getAllByRole('button', { name: 'Grant role' })).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: '+ Add role' }));
    expect(store.getState().moderationDialog).toMatchObject({ kind: 'member', action: 'grantRole', guildId: GUILD.id, target: { id: '7', username: 'alice' } });
    act(() => store.getState().closeModerationDialog());
    expect(screen.getAllByRole('button', { name: 'Reset nickname' })).toHaveLength(1);
    expect(within(screen.getByRole('region', { name: 'Moderation' })).getByRole('button', { name: 'Reset nickname' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Remove role Mods' }));
    await vi.waitFor(() => expect(screen.queryByRole('button', { name: 'Remove role Mods' })).toBeNull());
    expect(revoke).toHaveBeenCalledWith({ guildId: GUILD.id, userId: '7', roleId: 12 });
  });

  it('groups the moderation actions and puts Kick and Ban last, apart', async () => {
    const store = createAppStore(fakeApi({ members: { view: vi.fn(async () => member('7', 'alice')) } }));
    store.setState({ selectedGuildId: GUILD.id, guildDetail: detail() });
    await store.getState().openMember('7');
    await renderWith(<MembersPanel />, store);
    const groups = within(screen.getByRole('region', { name: 'Moderation' })).getAllByRole('group');
    expect(groups.map((g) => g.getAttribute('aria-label'))).toEqual(['Text chat', 'Voice', 'Membership', 'Remove from the server']);
    const removal = groups[3];
    if (!removal) throw new Error('no removal group');
    expect(within(removal).getAllByRole('button').map((b) => b.textContent)).toEqual(['Kick', 'Ban']);
  });

  it('saves a new nickname', async () => {
    const setNickname = vi.fn(async () => undefined);
    const store = createAppStore(fakeApi({ members: { view: vi.fn(async () => member('7', 'alice')), setNickname } }));
    store.setState({ selectedGuildId: GUILD.id, guildDetail: detail() });
    await store.getState().openMember('7');
    await renderWith(<MembersPanel />, store);
    fireEvent.change(screen.getByLabelText('Nickname'), { target: { value: 'Ally' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save nickname' }));
    await vi.waitFor(() => expect(setNickname).toHaveBeenCalledWith({ guildId: GUILD.id, userId: '7', nickname: 'Ally' }));
  });
});
