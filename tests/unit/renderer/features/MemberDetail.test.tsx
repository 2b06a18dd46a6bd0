// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MembersPanel } from '../../../../renderer/features/members/MembersPanel';
import { createAppStore } from '../../../../renderer/store';
import { fakeApi } from '../store/support/fakeApi';
import { GUILD, detail, member } from '../store/support/fixtures';
import { renderWith } from '../store/support/render';

afterEach(cleanup);

describe('member detail', () => {
  it('grants a role from "Add role" and revokes it from its chip', async () => {
    const grant = vi.fn(async () => [11, 12]);
    const revoke = vi.fn(async () => [11]);
    const store = createAppStore(fakeApi({ members: { view: vi.fn(async () => member('7', 'alice', { roles: [11] })) }, roles: { grant, revoke } }));
    store.setState({ selectedGuildId: GUILD.id, guildDetail: detail() });
    await store.getState().openMember('7');
    await renderWith(<MembersPanel />, store);

    expect(screen.getByRole('complementary', { name: 'Member detail' }).textContent).toContain('alice#0001');
    fireEvent.click(screen.getByRole('button', { name: 'Add role' }));
    fireEvent.click(within(screen.getByRole('menu', { name: 'Add role' })).getByRole('menuitem', { name: /Mods/ }));
    await screen.findByRole('button', { name: 'Remove role Mods' });
    expect(grant).toHaveBeenCalledWith({ guildId: GUILD.id, userId: '7', roleId: 12 });

    fireEvent.click(screen.getByRole('button', { name: 'Remove role Mods' }));
    await vi.waitFor(() => expect(screen.queryByRole('button', { name: 'Remove role Mods' })).toBeNull());
    expect(revoke).toHaveBeenCalledWith({ guildId: GUILD.id, userId: '7', roleId: 12 });
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
