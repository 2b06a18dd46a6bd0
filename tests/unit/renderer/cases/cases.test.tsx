// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CasesView } from '../../../../renderer/features/cases/CasesView';
import { createPushDispatcher } from '../../../../renderer/store/pushDispatcher';
import { fakeApi } from '../store/support/fakeApi';
import { GUILD } from '../store/support/fixtures';
import { caseView, fakeLayout, moderationStore, renderIn } from '../moderation/support';

let restoreLayout: () => void = () => undefined;
beforeEach(() => {
  restoreLayout = fakeLayout();
});
afterEach(() => {
  cleanup();
  restoreLayout();
  vi.restoreAllMocks();
});

const FAILED = caseView(2, { action: 'member.kick', targetName: 'bob', targetId: '8', reason: null, undoable: false, result: { ok: false, code: 'missing-permission', message: 'no', kookCode: 40300 } });
const TEMP_BAN = caseView(1, { durationMs: 3_600_000, expiresAt: 1_700_003_600_000 });

describe('cases view', () => {
  it('lists cases in words with the KOOK code on hover, and filters by action', async () => {
    const list = vi.fn(async () => ({ items: [FAILED, TEMP_BAN], total: 2 }));
    const store = moderationStore({ cases: { list } });
    await renderIn(<CasesView />, store);

    const rows = await screen.findAllByRole('listitem');
    expect(rows).toHaveLength(2);
    expect(rows[0]?.textContent).toContain('#2');
    expect(rows[0]?.textContent).toContain('Kick');
    expect(within(rows[0]!).getByText('The bot lacks the permission for this in this server.').getAttribute('title')).toContain('40300');
    expect(rows[1]?.textContent).toContain('1 hour');
    expect(list).toHaveBeenCalledWith({ guildId: GUILD.id, page: 1, pageSize: 100 });

    fireEvent.change(screen.getByLabelText('Action'), { target: { value: 'member.ban' } });
    await waitFor(() => expect(list).toHaveBeenLastCalledWith({ guildId: GUILD.id, action: 'member.ban', page: 1, pageSize: 100 }));
    fireEvent.change(screen.getByLabelText('Target id'), { target: { value: '7' } });
    await waitFor(() => expect(list).toHaveBeenLastCalledWith({ guildId: GUILD.id, action: 'member.ban', targetId: '7', page: 1, pageSize: 100 }));
  });

  it('undoes an undoable case in one click and marks it undone', async () => {
    const undone = { ...TEMP_BAN, undoable: false, undoneByCaseId: 3 };
    const undo = vi.fn(async () => undone);
    const store = moderationStore({ cases: { list: vi.fn(async () => ({ items: [TEMP_BAN], total: 1 })), undo } });
    await renderIn(<CasesView />, store);
    fireEvent.click(await screen.findByRole('button', { name: 'Case 1: Ban, alice' }));
    fireEvent.click(within(screen.getByRole('region', { name: 'Case 1' })).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(undo).toHaveBeenCalledWith({ caseId: 1 }));
    await waitFor(() => expect(screen.getByRole('listitem').textContent).toContain('undone by #3'));
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('edits a reason inline', async () => {
    const editReason = vi.fn(async ({ reason }: { caseId: number; reason: string }) => ({ ...TEMP_BAN, reason }));
    const store = moderationStore({ cases: { list: vi.fn(async () => ({ items: [TEMP_BAN], total: 1 })), editReason } });
    await renderIn(<CasesView />, store);
    fireEvent.click(await screen.findByRole('button', { name: 'Case 1: Ban, alice' }));
    fireEvent.click(screen.getByRole('button', { name: 'Edit reason' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Reason' }), { target: { value: 'raid bot' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save reason' }));
    await waitFor(() => expect(editReason).toHaveBeenCalledWith({ caseId: 1, reason: 'raid bot' }));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Case 1' }).textContent).toContain('raid bot'));
  });

  it('exports CSV as a download of what main produced', async () => {
    const exportCases = vi.fn(async () => ({ fileName: 'cases.csv', content: 'id,action\n1,member.ban\n' }));
    const store = moderationStore({ cases: { list: vi.fn(async () => ({ items: [], total: 0 })), export: exportCases } });
    const createObjectURL = vi.fn((_: Blob) => 'blob:cases');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicked: { download: string; href: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href });
    });
    await renderIn(<CasesView />, store);
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(clicked).toEqual([{ download: 'cases.csv', href: 'blob:cases' }]));
    expect(exportCases).toHaveBeenCalledWith({ guildId: GUILD.id, format: 'csv' });
    expect(await createObjectURL.mock.calls[0]![0].text()).toBe('id,action\n1,member.ban\n');
  });

  it('renders evidence messages and sets the log channel', async () => {
    const withEvidence = caseView(4, {
      action: 'message.delete',
      evidence: { messages: [{ id: 'm1', channelId: '2002', authorId: '7', authorName: 'alice', content: 'free **nitro**', type: 9, createAt: 1_700_000_000_000 }] },
    });
    const setLogChannel = vi.fn(async () => ({ guildId: GUILD.id, channelId: '2005' }));
    const store = moderationStore({ cases: { list: vi.fn(async () => ({ items: [withEvidence], total: 1 })), setLogChannel } });
    await renderIn(<CasesView />, store);
    fireEvent.click(await screen.findByRole('button', { name: /^Case 4/ }));
    const evidence = screen.getByRole('region', { name: 'Evidence' });
    expect(evidence.querySelector('strong')?.textContent).toBe('nitro');
    fireEvent.change(screen.getByRole('combobox', { name: 'Log channel' }), { target: { value: '2005' } });
    await waitFor(() => expect(setLogChannel).toHaveBeenCalledWith({ guildId: GUILD.id, channelId: '2005' }));
    await waitFor(() => expect(store.getState().caseLogChannelId).toBe('2005'));
  });
});

describe('push routing', () => {
  it('routes case.recorded, job.progress and schedule.missed to the store and shows late expiries', async () => {
    const store = moderationStore({ cases: { list: vi.fn(async () => ({ items: [], total: 0 })) } });
    const dispatcher = createPushDispatcher(store, fakeApi(), { schedule: (flush) => (flush(), () => undefined) });
    await renderIn(<CasesView />, store);
    await screen.findByText('No cases match.');
    act(() =>
      dispatcher.handle({
        seq: 1,
        events: [
          { type: 'case.recorded', payload: caseView(7, { action: 'external.ban', actor: '555' }) },
          { type: 'job.progress', payload: { jobId: 'j9', kind: 'purge', state: 'running', done: 5, total: 10, etaMs: 1000 } },
          { type: 'schedule.missed', payload: [{ caseId: 1, action: 'member.ban', targetId: '7', dueAt: 1_700_000_000_000, doneAt: 1_700_000_900_000 }] },
        ],
      }),
    );
    expect(store.getState().jobs).toEqual([{ jobId: 'j9', kind: 'purge', state: 'running', done: 5, total: 10, etaMs: 1000 }]);
    expect((await within(screen.getByRole('list', { name: 'Case list' })).findByRole('listitem')).textContent).toContain('Banned by someone else');
    const notice = screen.getByRole('status', { name: 'Expiries carried out late' });
    expect(notice.textContent).toContain('Case #1 (Ban, 7)');
    fireEvent.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(store.getState().missedExpiries).toEqual([]);
  });
});
