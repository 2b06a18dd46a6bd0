// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeLayout, renderPane } from './pane';
import type { MessagePage } from '../../../../shared/ipc';
import { CHANNEL, deferred, message, msgId } from './support';

let restoreLayout: () => void = () => undefined;
beforeEach(() => {
  restoreLayout = fakeLayout();
});
afterEach(() => {
  cleanup();
  restoreLayout();
  vi.restoreAllMocks();
});

const rows = (container: HTMLElement) => [...container.querySelectorAll<HTMLElement>('[data-msg-id]')];
const row = (container: HTMLElement, id: string) => container.querySelector<HTMLElement>(`[data-msg-id="${id}"]`);
/** The row's quick actions, shown while it is hovered (they are not rendered otherwise). */
function hovered(container: HTMLElement, id: string) {
  const message = row(container, id)!.querySelector<HTMLElement>('.kd-msg')!;
  fireEvent.mouseEnter(message);
  return within(message);
}

async function shownPane(total = 200) {
  const pane = await renderPane(total);
  await vi.waitFor(() => expect(row(pane.container, msgId(total))).not.toBeNull());
  return pane;
}

describe('message pane: rows', () => {
  it('renders the latest messages as list rows with their content, newest at the bottom', async () => {
    const { container } = await shownPane();
    expect(screen.getByRole('list', { name: 'Message history of #general' })).toBeTruthy();
    const last = rows(container).at(-1)!;
    expect(last.dataset.msgId).toBe(msgId(200));
    expect(last.getAttribute('role')).toBe('listitem');
    expect(last.textContent).toContain('message 200');
    expect(rows(container).length).toBeLessThan(50);
  });

  it('keeps each row’s element when a live message arrives (stable keys) and appends the new one', async () => {
    const { container, store } = await shownPane();
    const before = row(container, msgId(199));
    act(() => store.getState().applyPush({ type: 'message.created', payload: { guildId: '1001', message: message(201) } }));
    await vi.waitFor(() => expect(row(container, msgId(201))).not.toBeNull());
    expect(row(container, msgId(199))).toBe(before);
  });

  it('applies edits, reactions, pins and deletes in place', async () => {
    const { container, store } = await shownPane();
    act(() => {
      const s = store.getState();
      s.applyPush({ type: 'message.updated', payload: { channelId: CHANNEL, id: msgId(200), content: 'fixed typo', updated_at: 5_000 } });
      s.applyPush({ type: 'message.reaction', payload: { channelId: CHANNEL, id: msgId(200), emoji: { id: '👍', name: '👍' }, userId: '7', added: true } });
      s.applyPush({ type: 'message.pin', payload: { channelId: CHANNEL, id: msgId(200), pinned: true, operatorId: '7' } });
      s.applyPush({ type: 'message.deleted', payload: { channelId: CHANNEL, id: msgId(199) } });
    });
    const edited = row(container, msgId(200))!;
    expect(edited.textContent).toContain('fixed typo');
    expect(within(edited).getByText('(edited)').getAttribute('title')).toMatch(/^Edited /);
    expect(within(edited).getByLabelText('👍 × 1')).toBeTruthy();
    expect(within(edited).getByRole('img', { name: 'Pinned' })).toBeTruthy();
    expect(row(container, msgId(199))).toBeNull();
  });
});

describe('message pane: jumps', () => {
  it('loads around a jump target, highlights it, counts live messages and jumps back to the latest', async () => {
    const { container, store, list } = await shownPane(1000);
    act(() => store.getState().jumpToMessage(CHANNEL, msgId(400)));
    await vi.waitFor(() => expect(row(container, msgId(400))?.dataset.highlighted).toBe('true'));
    expect(list).toHaveBeenCalledWith({ channelId: CHANNEL, flag: 'around', msgId: msgId(400), pageSize: 50 });
    expect(store.getState().pendingJump).toBeNull();
    expect(container.querySelectorAll('[data-highlighted="true"]')).toHaveLength(1);

    act(() => store.getState().applyPush({ type: 'message.created', payload: { guildId: '1001', message: message(1001) } }));
    const pill = await screen.findByRole('button', { name: '1 new message' });
    expect(row(container, msgId(400))).not.toBeNull();
    expect(row(container, msgId(1001))).toBeNull();

    fireEvent.click(pill);
    await vi.waitFor(() => expect(row(container, msgId(1001))).not.toBeNull());
    expect(screen.queryByRole('button', { name: '1 new message' })).toBeNull();
  });

  it('holds the highlight’s tint still while the jump paints, then fades it and ends it', async () => {
    const { container, store } = await shownPane(1000);
    act(() => store.getState().jumpToMessage(CHANNEL, msgId(400)));
    await vi.waitFor(() => expect(row(container, msgId(400))?.dataset.highlighted).toBe('true'));
    const target = () => row(container, msgId(400))!;
    expect(target().classList.contains('kd-msg-highlighted')).toBe(true);
    expect(target().classList.contains('kd-msg-highlight-fading')).toBe(false);
    await vi.waitFor(() => expect(target().classList.contains('kd-msg-highlight-fading')).toBe(true), { timeout: 1_000 });
    expect(target().dataset.highlighted).toBe('true');
    await vi.waitFor(() => expect(target().dataset.highlighted).toBeUndefined(), { timeout: 2_000 });
    expect(target().className).toBe('kd-history-row');
  });

  it('shows "Jump to latest" while reading older history', async () => {
    const { container, store } = await shownPane(1000);
    act(() => store.getState().jumpToMessage(CHANNEL, msgId(400)));
    await vi.waitFor(() => expect(row(container, msgId(400))).not.toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Jump to latest' }));
    await vi.waitFor(() => expect(row(container, msgId(1000))).not.toBeNull());
  });

  it('jumps to a quoted message when its preview is clicked', async () => {
    const { container, store } = await shownPane();
    const quoted = message(120);
    act(() => store.getState().applyPush({
      type: 'message.created',
      payload: { guildId: '1001', message: message(201, { quote: { id: quoted.id, type: 9, content: 'the **original**', create_at: quoted.create_at, author: quoted.author } }) },
    }));
    const preview = await screen.findByRole('button', { name: 'Jump to the quoted message from user0' });
    expect(preview.textContent).toContain('the original');
    fireEvent.click(preview);
    await vi.waitFor(() => expect(row(container, msgId(120))?.dataset.highlighted).toBe('true'));
  });
});

describe('message pane: quick actions', () => {
  it('copies the KOOK link of a message', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    const { container } = await shownPane();
    expect(within(row(container, msgId(200))!).queryByRole('toolbar')).toBeNull();
    expect(row(container, msgId(200))!.querySelector('time')!.getAttribute('title')).toBeNull();
    fireEvent.click(hovered(container, msgId(200)).getByRole('button', { name: 'Copy message link' }));
    // The full date shows on hover.
    expect(row(container, msgId(200))!.querySelector('time')!.getAttribute('title')).toMatch(/\d{4}/);
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledWith(`https://www.kookapp.cn/app/channels/1001/${CHANNEL}/${msgId(200)}`));
    fireEvent.click(hovered(container, msgId(200)).getByRole('button', { name: 'Copy message ID' }));
    await vi.waitFor(() => expect(writeText).toHaveBeenLastCalledWith(msgId(200)));
  });

  it('asks before deleting: Esc cancels, Enter deletes through messages.delete', async () => {
    const { container, del } = await shownPane();
    const target = () => hovered(container, msgId(200)).getByRole('button', { name: 'Delete message' });
    fireEvent.click(target());
    let dialog = screen.getByRole('alertdialog', { name: 'Delete message' });
    expect(dialog.textContent).toContain('user2');
    expect(dialog.textContent).toContain('message 200');
    expect(within(dialog).getByPlaceholderText('Reason (optional, kept for the case log)')).toBeTruthy();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(del).not.toHaveBeenCalled();

    fireEvent.click(target());
    dialog = screen.getByRole('alertdialog', { name: 'Delete message' });
    fireEvent.keyDown(within(dialog).getByRole('textbox'), { key: 'Enter' });
    await vi.waitFor(() => expect(del).toHaveBeenCalledWith({ msgId: msgId(200) }));
    await vi.waitFor(() => expect(row(container, msgId(200))).toBeNull());
  });

  it('opens the same actions from a right-click menu', async () => {
    const { container } = await shownPane();
    fireEvent.contextMenu(row(container, msgId(200))!.querySelector('.kd-msg')!);
    const menu = screen.getByRole('menu', { name: 'Message actions' });
    expect(within(menu).getAllByRole('menuitem').map((i) => i.textContent)).toEqual(['Copy message ID', 'Copy message link', 'Delete message']);
    fireEvent.click(within(menu).getByRole('menuitem', { name: 'Delete message' }));
    expect(screen.queryByRole('menu')).toBeNull();
    expect(screen.getByRole('alertdialog', { name: 'Delete message' })).toBeTruthy();
  });
});

describe('message pane: paging', () => {
  it('shows a "Load more" row with the error once auto-paging gave up, and loads on click', async () => {
    const { container, store, list } = await shownPane(1000);
    list.mockRejectedValue(new Error('offline'));
    for (let i = 0; i < 3; i++) await act(() => store.getState().loadOlder(CHANNEL));
    const calls = list.mock.calls.length;
    act(() => container.querySelector('.kd-history')!.scrollTo({ top: 0 }));
    const more = await screen.findByRole('button', { name: 'Load more' });
    expect(container.querySelector('[data-gap="older"]')?.textContent).toContain('Load more');
    expect(list.mock.calls.length).toBe(calls);
    fireEvent.click(more);
    expect(list.mock.calls.length).toBe(calls + 1);
  });

  it('loads older messages at the top without moving what the reader sees', async () => {
    const { container, list, all } = await shownPane(1000);
    const page = deferred<MessagePage>();
    list.mockImplementationOnce(() => page.promise);
    const scroller = container.querySelector<HTMLElement>('.kd-history')!;
    act(() => scroller.scrollTo({ top: 0 }));
    await vi.waitFor(() => expect(list).toHaveBeenLastCalledWith({ channelId: CHANNEL, flag: 'before', msgId: msgId(951), pageSize: 50 }));
    await screen.findByRole('status', { name: 'Loading older messages…' });
    const top = (id: string) => Number(/translateY\((\d+)px\)/.exec(row(container, id)!.style.transform)?.[1]) - scroller.scrollTop;
    const seen = top(msgId(951));

    await act(async () => page.resolve({ channelId: CHANNEL, items: all.slice(900, 950), flag: 'before', anchorId: msgId(951), pageSize: 50 }));
    await vi.waitFor(() => expect(scroller.scrollTop).toBeGreaterThan(1000));
    await vi.waitFor(() => expect(top(msgId(951))).toBe(seen));
  });
});
