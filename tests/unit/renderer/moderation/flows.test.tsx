// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JobProgress } from '../../../../shared/ipc';
import { MembersPanel } from '../../../../renderer/features/members/MembersPanel';
import { JobsTray } from '../../../../renderer/features/moderation/JobsTray';
import { ModerationHost } from '../../../../renderer/features/moderation/ModerationHost';
import { GUILD } from '../store/support/fixtures';
import { caseView, fakeLayout, moderationStore, renderIn } from './support';

let restoreLayout: () => void = () => undefined;
beforeEach(() => {
  restoreLayout = fakeLayout();
});
afterEach(() => {
  cleanup();
  restoreLayout();
});

const GENERAL = { id: '2002', name: 'general', slowModeMs: 0 };

function job(extra: Partial<JobProgress> = {}): JobProgress {
  return { jobId: 'j1', kind: 'purge', state: 'running', done: 1, total: 3, etaMs: 5000, ...extra };
}

describe('member multi-select', () => {
  it('mass-bans the checked and shift-selected members as one job and clears the selection', async () => {
    const massAction = vi.fn(async () => ({ jobId: 'mass-1' }));
    const store = moderationStore({ moderation: { massAction } });
    await renderIn(
      <>
        <MembersPanel />
        <ModerationHost />
      </>,
      store,
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select alice' }));
    fireEvent.click(screen.getByRole('button', { name: /^carol/ }), { shiftKey: true });
    expect(store.getState().memberSelection).toEqual(['7', '8', '9']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select bob' }));

    const bar = screen.getByRole('toolbar', { name: 'Selected members' });
    expect(bar.textContent).toContain('2 members selected');
    fireEvent.click(within(bar).getByRole('button', { name: 'Ban' }));
    const dialog = screen.getByRole('dialog', { name: 'Ban selected members' });
    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: 'raid' } });
    const confirm = within(dialog).getByRole('button', { name: 'Ban all' });
    await waitFor(() => expect(confirm.hasAttribute('disabled')).toBe(false));
    fireEvent.click(confirm);

    await waitFor(() =>
      expect(massAction).toHaveBeenCalledWith({ guildId: GUILD.id, userIds: ['7', '9'], action: 'ban', delMsgDays: 0, reason: 'raid' }),
    );
    await waitFor(() => expect(store.getState().memberSelection).toEqual([]));
    expect(store.getState().jobs.map((j) => j.jobId)).toEqual(['mass-1']);
  });
});

describe('composer', () => {
  it('previews KMarkdown live, reports invalid card JSON, and posts a card with the reply-quote', async () => {
    const post = vi.fn(async () => caseView(9, { action: 'message.post' }));
    const store = moderationStore({ moderation: { post } });
    const quoted = { id: 'aaaaaaaa-0000-0000-0000-000000000001', type: 1, content: 'who wants cake', author: { id: '7', username: 'alice', identify_num: '0001', avatar: '', online: true, bot: false, status: 0 } };
    store.getState().openModerationDialog({ kind: 'composer', guildId: GUILD.id, channel: GENERAL, quote: quoted as never });
    await renderIn(<ModerationHost />, store);

    expect(screen.getByLabelText('Replying to').textContent).toContain('who wants cake');
    fireEvent.change(screen.getByLabelText('KMarkdown message'), { target: { value: 'hello **world**' } });
    await waitFor(() => expect(screen.getByRole('region', { name: 'Preview' }).querySelector('strong')?.textContent).toBe('world'));

    fireEvent.click(screen.getByRole('radio', { name: 'Card (JSON)' }));
    const editor = screen.getByLabelText('Card message JSON');
    fireEvent.change(editor, { target: { value: '[{"type":"card",' } });
    expect(screen.getByRole('alert').textContent).toContain('The card JSON is not valid');
    expect(screen.getByRole('button', { name: 'Send' }).hasAttribute('disabled')).toBe(true);
    fireEvent.change(editor, { target: { value: '[{"type":"card","modules":[{"type":"bogus"}]}]' } });
    expect(screen.getByRole('alert').textContent).toContain('"bogus" is not a valid module');

    const card = '[{"type":"card","modules":[{"type":"header","text":"Rules"}]}]';
    fireEvent.change(editor, { target: { value: card } });
    await waitFor(() => expect(screen.getByRole('region', { name: 'Preview' }).textContent).toContain('Rules'));
    fireEvent.click(screen.getByRole('button', { name: 'Remove the quote' }));
    expect(screen.queryByLabelText('Replying to')).toBeNull();
    const send = screen.getByRole('button', { name: 'Send' });
    await waitFor(() => expect(send.hasAttribute('disabled')).toBe(false));
    fireEvent.keyDown(editor, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(post).toHaveBeenCalledWith({ channelId: '2002', type: 10, content: card }));
    await waitFor(() => expect(store.getState().moderationDialog).toBeNull());
  });
});

describe('purge', () => {
  it('previews what will go, starts with a reason, shows progress and cancels through jobs.control', async () => {
    const purgePreview = vi.fn(async () => ({ count: 3, scanned: 40, sample: [{ id: 'm1', authorName: 'spammer', content: 'buy now', createAt: 1_700_000_000_000 }] }));
    const purge = vi.fn(async () => ({ jobId: 'j1' }));
    const control = vi.fn(async () => job({ state: 'cancelled' }));
    const store = moderationStore({ moderation: { purgePreview, purge }, jobs: { control } });
    const until = 'bbbbbbbb-0000-0000-0000-000000000002';
    store.getState().openModerationDialog({ kind: 'purge', guildId: GUILD.id, channel: GENERAL, untilMsgId: until });
    await renderIn(<ModerationHost />, store);

    const start = screen.getByRole('button', { name: 'Delete 0 messages' });
    expect(start.hasAttribute('disabled')).toBe(true);
    fireEvent.change(screen.getByLabelText('Authors (user ids)'), { target: { value: '7, 9' } });
    fireEvent.click(screen.getByLabelText('Only messages with links or invites'));
    const preview = screen.getByRole('button', { name: 'Preview' });
    await waitFor(() => expect(preview.hasAttribute('disabled')).toBe(false));
    fireEvent.click(preview);
    const filters = { channelId: '2002', limit: 100, authorIds: ['7', '9'], linksOrInvites: true, untilMsgId: until };
    await waitFor(() => expect(purgePreview).toHaveBeenCalledWith(filters));
    expect((await screen.findByRole('region', { name: 'Purge preview' })).textContent).toContain('3 messages will be deleted (40 scanned)');
    expect(screen.getByRole('region', { name: 'Purge preview' }).textContent).toContain('spammer: buy now');

    fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'spam wave' } });
    fireEvent.click(screen.getByRole('button', { name: 'Delete 3 messages' }));
    await waitFor(() => expect(purge).toHaveBeenCalledWith({ filters, reason: 'spam wave' }));
    expect(await screen.findByText('Starting…')).toBeTruthy();

    act(() => store.getState().applyJobProgress(job()));
    expect(screen.getByText('1 / 3')).toBeTruthy();
    expect(screen.getByText('about 5 seconds left')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(control).toHaveBeenCalledWith({ jobId: 'j1', action: 'cancel' }));
    await waitFor(() => expect(screen.getByText('Cancelled')).toBeTruthy());
  });

  it('reports a broken regex instead of previewing', async () => {
    const store = moderationStore();
    store.getState().openModerationDialog({ kind: 'purge', guildId: GUILD.id, channel: GENERAL });
    await renderIn(<ModerationHost />, store);
    fireEvent.change(screen.getByLabelText('Matching regex'), { target: { value: '(' } });
    expect(screen.getByRole('alert').textContent).toBe('The regex is not valid.');
    expect(screen.getByRole('button', { name: 'Preview' }).hasAttribute('disabled')).toBe(true);
  });
});

describe('jobs tray', () => {
  it('lists every job with its progress bar, counts and ETA, and pauses or resumes it', async () => {
    const control = vi.fn(async ({ action }: { jobId: string; action: string }) => job({ jobId: 'j2', kind: 'mass.ban', state: action === 'pause' ? 'paused' : 'running' }));
    const store = moderationStore({ jobs: { control } });
    store.getState().applyJobProgress(job({ jobId: 'j2', kind: 'mass.ban', done: 40, total: 120, etaMs: 125_000 }));
    await renderIn(<JobsTray />, store);

    const tray = screen.getByRole('complementary', { name: 'Running jobs' });
    const bar = within(tray).getByRole('progressbar', { name: 'Mass ban progress' });
    expect(bar.getAttribute('value')).toBe('40');
    expect(bar.getAttribute('max')).toBe('120');
    expect(tray.textContent).toContain('40 / 120');
    expect(tray.textContent).toContain('about 2 minutes 5 seconds left');
    fireEvent.click(within(tray).getByRole('button', { name: 'Pause' }));
    await waitFor(() => expect(control).toHaveBeenCalledWith({ jobId: 'j2', action: 'pause' }));
    fireEvent.click(await within(tray).findByRole('button', { name: 'Resume' }));
    await waitFor(() => expect(control).toHaveBeenLastCalledWith({ jobId: 'j2', action: 'resume' }));

    act(() => store.getState().applyJobProgress(job({ jobId: 'j2', kind: 'mass.ban', state: 'done', done: 120, total: 120, etaMs: null })));
    expect(tray.textContent).not.toContain('left');
    fireEvent.click(within(tray).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('complementary', { name: 'Running jobs' })).toBeNull();
  });
});
