// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ModerationHost } from '../../../../renderer/features/moderation/ModerationHost';
import type { DialogRequest } from '../../../../renderer/store/moderation/requests';
import { GUILD, member } from '../store/support/fixtures';
import { caseView, moderationStore, renderIn } from './support';

afterEach(cleanup);

const ALICE = { id: '7', username: 'alice', identifyNum: '0001', avatar: '' };
const banAlice: DialogRequest = { kind: 'member', action: 'ban', guildId: GUILD.id, target: ALICE };

async function confirmEnabled(name: string) {
  const button = await screen.findByRole('button', { name });
  await waitFor(() => expect(button.hasAttribute('disabled')).toBe(false));
  return button;
}

describe('moderation dialog', () => {
  it('bans with reason, a 1-day duration, 3 days of messages and the DM notice', async () => {
    const ban = vi.fn(async () => caseView(1));
    const check = vi.fn(async () => ({ allowed: true, missing: [], hierarchy: 'ok' as const }));
    const store = moderationStore({ moderation: { ban, check } });
    store.getState().openModerationDialog(banAlice);
    await renderIn(<ModerationHost />, store);

    const dialog = screen.getByRole('dialog', { name: 'Ban' });
    expect(within(dialog).getByTestId('moderation-target').textContent).toContain('alice#0001');
    fireEvent.click(within(dialog).getByRole('radio', { name: '1 day' }));
    fireEvent.change(within(dialog).getByLabelText('Delete their recent messages'), { target: { value: '3' } });
    fireEvent.click(within(dialog).getByLabelText('Tell the member the reason by direct message'));
    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: 'raid account' } });
    fireEvent.click(await confirmEnabled('Ban'));

    await waitFor(() =>
      expect(ban).toHaveBeenCalledWith({ guildId: GUILD.id, userId: '7', reason: 'raid account', delMsgDays: 3, durationMs: 86_400_000, notify: true }),
    );
    expect(check).toHaveBeenCalledWith({ guildId: GUILD.id, action: 'ban', targetUserId: '7' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(store.getState().recentCases.map((c) => c.id)).toEqual([1]);
  });

  it('explains a missing permission and the hierarchy in words, and never sends the request', async () => {
    const ban = vi.fn(async () => caseView(1));
    const check = vi.fn(async () => ({ allowed: false, missing: ['banMembers'], hierarchy: 'target-ranks-higher' as const }));
    const store = moderationStore({ moderation: { ban, check } });
    store.getState().openModerationDialog(banAlice);
    await renderIn(<ModerationHost />, store);

    const why = await screen.findByRole('alert', { name: 'Why the bot cannot do this' });
    expect(why.textContent).toContain("The bot lacks 'Ban members' in this guild");
    expect(why.textContent).toContain("ranks at or above the bot's highest role");
    const confirm = screen.getByRole('button', { name: 'Ban' });
    expect(confirm.hasAttribute('disabled')).toBe(true);
    fireEvent.keyDown(screen.getByLabelText('Reason'), { key: 'Enter' });
    fireEvent.click(confirm);
    await new Promise((r) => setTimeout(r, 20));
    expect(ban).not.toHaveBeenCalled();
  });

  it('names the missing permission in Chinese with the shared label', async () => {
    const check = vi.fn(async () => ({ allowed: false, missing: ['kickMembers'], hierarchy: 'ok' as const }));
    const store = moderationStore({ moderation: { check } });
    store.getState().openModerationDialog({ ...banAlice, action: 'kick' });
    await renderIn(<ModerationHost />, store, 'zh-CN');
    expect((await screen.findByRole('alert')).textContent).toContain('机器人在此服务器缺少“踢出用户”权限');
  });

  it('Esc cancels without a request; Enter in the reason field confirms', async () => {
    const kick = vi.fn(async () => caseView(2, { action: 'member.kick' }));
    const store = moderationStore({ moderation: { kick } });
    store.getState().openModerationDialog({ ...banAlice, action: 'kick' });
    await renderIn(<ModerationHost />, store);
    fireEvent.keyDown(screen.getByRole('dialog', { name: 'Kick' }), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().moderationDialog).toBeNull();

    act(() => store.getState().openModerationDialog({ ...banAlice, action: 'kick' }));
    const reason = await screen.findByLabelText('Reason');
    fireEvent.change(reason, { target: { value: 'rude' } });
    await confirmEnabled('Kick');
    fireEvent.keyDown(reason, { key: 'Enter' });
    await waitFor(() => expect(kick).toHaveBeenCalledWith({ guildId: GUILD.id, userId: '7', reason: 'rude', notify: false }));
  });

  it('refuses a custom duration outside 1 minute – 1 year and takes a valid one', async () => {
    const textMute = vi.fn(async () => caseView(3, { action: 'member.textMute' }));
    const muteSettings = vi.fn(async () => ({ method: 'role' as const, roleId: 99, conflictingRoles: [{ roleId: 12, name: 'Mods' }] }));
    const store = moderationStore({ moderation: { textMute, muteSettings } });
    store.getState().openModerationDialog({ ...banAlice, action: 'textMute' });
    await renderIn(<ModerationHost />, store);

    expect((await screen.findByRole('note', { name: 'How the mute works' })).textContent).toContain('Mods');
    fireEvent.click(screen.getByRole('radio', { name: 'Custom' }));
    fireEvent.change(screen.getByLabelText('Custom duration amount'), { target: { value: '400' } });
    fireEvent.change(screen.getByLabelText('Custom duration unit'), { target: { value: 'days' } });
    expect(screen.getByText('Choose between 1 minute and 1 year.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mute' }).hasAttribute('disabled')).toBe(true);
    fireEvent.change(screen.getByLabelText('Custom duration amount'), { target: { value: '2' } });
    fireEvent.change(screen.getByLabelText('Custom duration unit'), { target: { value: 'hours' } });
    fireEvent.click(await confirmEnabled('Mute'));
    await waitFor(() => expect(textMute).toHaveBeenCalledWith({ guildId: GUILD.id, userId: '7', durationMs: 7_200_000 }));
  });

  it('shows a failed case as an error with the KOOK code on hover and stays open', async () => {
    const ban = vi.fn(async () => caseView(4, { result: { ok: false, code: 'missing-permission', message: 'no permission', kookCode: 40300 } }));
    const store = moderationStore({ moderation: { ban } });
    store.getState().openModerationDialog(banAlice);
    await renderIn(<ModerationHost />, store);
    fireEvent.click(await confirmEnabled('Ban'));
    const error = await screen.findByText('The bot lacks the permission for this in this server.');
    expect(error.closest('[role="alert"]')?.getAttribute('title')).toContain('40300');
    expect(screen.getByRole('dialog', { name: 'Ban' })).toBeTruthy();
  });

  it('grants a chosen role and checks the bot against that role first', async () => {
    const grantRole = vi.fn(async () => caseView(5, { action: 'member.roleGrant' }));
    const check = vi.fn(async () => ({ allowed: true, missing: [], hierarchy: 'ok' as const }));
    const store = moderationStore({ moderation: { grantRole, check }, members: { view: vi.fn(async () => member('7', 'alice', { roles: [13] })) } });
    store.getState().openModerationDialog({ ...banAlice, action: 'grantRole' });
    await renderIn(<ModerationHost />, store);
    expect(screen.getByRole('button', { name: 'Grant role' }).hasAttribute('disabled')).toBe(true);
    fireEvent.change(screen.getByLabelText('Role'), { target: { value: '13' } });
    fireEvent.click(await confirmEnabled('Grant role'));
    await waitFor(() => expect(grantRole).toHaveBeenCalledWith({ guildId: GUILD.id, userId: '7', roleId: 13 }));
    expect(check).toHaveBeenLastCalledWith({ guildId: GUILD.id, action: 'grantRole', targetUserId: '7', roleId: 13 });
  });

  it("sets slow mode from KOOK's allowed steps", async () => {
    const setSlowMode = vi.fn(async () => caseView(6, { action: 'channel.slowMode' }));
    const store = moderationStore({ moderation: { setSlowMode } });
    store.getState().openModerationDialog({ kind: 'channel', action: 'setSlowMode', guildId: GUILD.id, channel: { id: '2002', name: 'general', slowModeMs: 0 } });
    await renderIn(<ModerationHost />, store);
    const select = screen.getByRole('combobox', { name: 'Slow mode' });
    expect(within(select).getAllByRole('option')).toHaveLength(14);
    fireEvent.change(select, { target: { value: '30000' } });
    fireEvent.click(await confirmEnabled('Set slow mode'));
    await waitFor(() => expect(setSlowMode).toHaveBeenCalledWith({ channelId: '2002', slowModeMs: 30_000 }));
  });
});
