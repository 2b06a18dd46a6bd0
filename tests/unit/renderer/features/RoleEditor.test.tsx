// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RoleEditor } from '../../../../renderer/features/roles/RoleEditor';
import { createAppStore } from '../../../../renderer/store';
import { fakeApi } from '../store/support/fakeApi';
import { GUILD, detail, role } from '../store/support/fixtures';
import { renderWith } from '../store/support/render';

afterEach(cleanup);

function setup(extra: Parameters<typeof detail>[0] = {}) {
  const update = vi.fn(async (args: { permissions?: number }) => ({ ...role(13, 'Regulars', 3), permissions: args.permissions ?? 0 }));
  const del = vi.fn(async () => undefined);
  const store = createAppStore(fakeApi({ roles: { update, delete: del } }));
  store.setState({ selectedGuildId: GUILD.id, guildDetail: detail(extra) });
  return { store, update, del };
}

describe('role editor', () => {
  it('lists roles in position order and shows the diff of a toggled permission before saving the full mask', async () => {
    const { store, update } = setup();
    await renderWith(<RoleEditor />, store);
    const list = screen.getByRole('list', { name: 'Roles in position order' });
    expect(within(list).getAllByRole('button').map((b) => b.textContent)).toEqual(['Admin', 'Mods', 'Regulars', '@everyone']);
    fireEvent.click(within(list).getByRole('button', { name: 'Regulars' }));
    expect(screen.getByText('Full control: bypasses every other permission, channel overwrites included. Grant with care.')).toBeTruthy();
    fireEvent.click(screen.getByRole('switch', { name: 'Ban members' }));
    const diff = screen.getByRole('region', { name: 'Changes to save' });
    expect(diff.textContent).toContain('Grant: Ban members');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await vi.waitFor(() => expect(update).toHaveBeenCalledWith({ guildId: GUILD.id, roleId: 13, permissions: 128 }));
    await screen.findByText('No changes.');
  });

  it('warns when the bot ranks too low to edit the role', async () => {
    const { store } = setup({ botTopPosition: 3 });
    await renderWith(<RoleEditor />, store);
    fireEvent.click(screen.getByRole('button', { name: 'Regulars' }));
    expect(screen.getByText(/highest role is not above this role/)).toBeTruthy();
  });

  it('asks before deleting: Esc cancels, Enter confirms', async () => {
    const { store, del } = setup();
    await renderWith(<RoleEditor />, store);
    fireEvent.click(screen.getByRole('button', { name: 'Regulars' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete role' }));
    fireEvent.keyDown(screen.getByRole('alertdialog'), { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Delete role' }));
    expect(screen.getByRole('alertdialog').textContent).toContain('Regulars');
    fireEvent.keyDown(screen.getByRole('alertdialog'), { key: 'Enter' });
    await vi.waitFor(() => expect(del).toHaveBeenCalledWith({ guildId: GUILD.id, roleId: 13 }));
  });
});
