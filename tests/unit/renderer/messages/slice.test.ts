import { describe, expect, it, vi } from 'vitest';
import { IpcCallError, type MessagePage } from '../../../../shared/ipc';
import { getMessage, hasOlder, newMessagesCount, visibleItems } from '../../../../renderer/features/messages/history';
import { createAppStore } from '../../../../renderer/store';
import type { MessageHistory } from '../../../../renderer/store/messages/slice';
import { fakeApi } from '../store/support/fakeApi';
import { detail, sessionState } from '../store/support/fixtures';
import { CHANNEL, channelHistory, deferred, message, msgId } from './support';

function messageIds(history: MessageHistory | undefined): string[] {
  return history === undefined ? [] : visibleItems(history).flatMap((row) => (row.kind === 'message' ? [row.key] : []));
}

async function openStore(total = 200) {
  const { list } = channelHistory(total);
  const watch = vi.fn(async () => undefined);
  const view = vi.fn(async () => message(1));
  const del = vi.fn(async () => undefined);
  const store = createAppStore(fakeApi({ messages: { list, view, delete: del }, channels: { watch } }));
  store.setState({ guildDetail: detail(), session: sessionState() });
  await store.getState().openChannel(CHANNEL);
  const history = () => store.getState().histories.get(CHANNEL);
  return { store, list, watch, view, del, history };
}

describe('messages slice: paging', () => {
  it('opens a channel by watching it and loading its latest page', async () => {
    const { list, watch, history } = await openStore();
    expect(watch).toHaveBeenCalledWith({ channelIds: [CHANNEL] });
    expect(list).toHaveBeenCalledWith({ channelId: CHANNEL, pageSize: 50 });
    const ids = messageIds(history());
    expect(ids).toHaveLength(50);
    expect(ids.at(-1)).toBe(msgId(200));
  });

  it('does not reload a channel whose history is held', async () => {
    const { store, list } = await openStore();
    await store.getState().openChannel(CHANNEL);
    expect(list).toHaveBeenCalledTimes(1);
  });

  it('extends the block with an older page and shares one request between concurrent calls', async () => {
    const { store, list, history } = await openStore();
    await Promise.all([store.getState().loadOlder(CHANNEL), store.getState().loadOlder(CHANNEL)]);
    expect(list).toHaveBeenCalledTimes(2);
    expect(list).toHaveBeenLastCalledWith({ channelId: CHANNEL, flag: 'before', msgId: msgId(151), pageSize: 50 });
    expect(messageIds(history())).toHaveLength(100);
    expect(messageIds(history())[0]).toBe(msgId(101));
  });

  it('marks the loading side while a page is in flight', async () => {
    const { store, list } = await openStore();
    const held = deferred<MessagePage>();
    list.mockImplementationOnce(() => held.promise);
    const loading = store.getState().loadOlder(CHANNEL);
    expect(store.getState().messagePaging.get(CHANNEL)?.older.loading).toBe(true);
    held.resolve({ channelId: CHANNEL, items: [], flag: 'before', anchorId: msgId(151), pageSize: 50 });
    await loading;
    expect(store.getState().messagePaging.get(CHANNEL)?.older.loading).toBe(false);
  });

  it('stops auto-paging after three consecutive failures, but a manual "Load more" still runs', async () => {
    const { store, list } = await openStore();
    list.mockImplementation(async () => {
      throw new IpcCallError('network', 'offline');
    });
    for (let i = 0; i < 3; i++) await store.getState().loadOlder(CHANNEL);
    expect(list).toHaveBeenCalledTimes(4);
    const older = store.getState().messagePaging.get(CHANNEL)?.older;
    expect(older?.failures).toBe(3);
    expect(older?.error?.code).toBe('network');
    await store.getState().loadOlder(CHANNEL);
    expect(list).toHaveBeenCalledTimes(4);
    await store.getState().loadOlder(CHANNEL, { manual: true });
    expect(list).toHaveBeenCalledTimes(5);
  });

  it('loads `after` pages below an older block until one comes back short', async () => {
    const { store, history } = await openStore();
    await store.getState().jumpToHistoryMessage(CHANNEL, msgId(60));
    expect(history()?.blocks).toHaveLength(2);
    await store.getState().loadNewer(CHANNEL);
    await store.getState().loadNewer(CHANNEL);
    expect(history()?.blocks).toHaveLength(1);
    expect(messageIds(history()).at(-1)).toBe(msgId(200));
  });
});

describe('messages slice: jumps', () => {
  it('moves the reader to a held message without loading anything', async () => {
    const { store, list } = await openStore();
    expect(await store.getState().jumpToHistoryMessage(CHANNEL, msgId(180))).toBe(true);
    expect(list).toHaveBeenCalledTimes(1);
    expect(store.getState().messageHighlight).toMatchObject({ channelId: CHANNEL, msgId: msgId(180) });
  });

  it('loads `around` a message that is not held and opens a block there', async () => {
    const { store, list, history } = await openStore();
    expect(await store.getState().jumpToHistoryMessage(CHANNEL, msgId(40))).toBe(true);
    expect(list).toHaveBeenLastCalledWith({ channelId: CHANNEL, flag: 'around', msgId: msgId(40), pageSize: 50 });
    expect(messageIds(history())).toContain(msgId(40));
    expect(messageIds(history())).not.toContain(msgId(200));
    expect(store.getState().messageHighlight?.msgId).toBe(msgId(40));
    const again = store.getState().messageHighlight?.nonce ?? 0;
    await store.getState().jumpToHistoryMessage(CHANNEL, msgId(40));
    expect(store.getState().messageHighlight?.nonce).toBe(again + 1);
  });

  it('asks for an animation frame before the jump lands, so the frame it lands in paints it', async () => {
    const { store } = await openStore();
    const order: string[] = [];
    vi.stubGlobal('requestAnimationFrame', () => {
      order.push('frame asked');
      return 1;
    });
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    const unsubscribe = store.subscribe((s) => {
      if (s.messageHighlight?.msgId === msgId(40)) order.push('jump landed');
    });
    try {
      await store.getState().jumpToHistoryMessage(CHANNEL, msgId(40));
    } finally {
      unsubscribe();
      vi.unstubAllGlobals();
    }
    expect(order[0]).toBe('frame asked');
    expect(order).toContain('jump landed');
  });

  it('resolves a message of another channel with message/view and hands the jump to that channel', async () => {
    const { store, view } = await openStore();
    view.mockResolvedValueOnce(message(7, { channel_id: '2005' }));
    expect(await store.getState().jumpToHistoryMessage(CHANNEL, msgId(999))).toBe(false);
    expect(view).toHaveBeenCalledWith({ msgId: msgId(999) });
    expect(store.getState().selectedChannelId).toBe('2005');
    expect(store.getState().pendingJump).toMatchObject({ channelId: '2005', msgId: msgId(999) });
  });

  it('reports a message that cannot be found', async () => {
    const { store, view } = await openStore();
    view.mockRejectedValueOnce(new IpcCallError('not-found', 'gone'));
    expect(await store.getState().jumpToHistoryMessage(CHANNEL, msgId(999))).toBe(false);
    expect(store.getState().messagePaging.get(CHANNEL)?.jumpError?.code).toBe('not-found');
  });

  it('jumps back to the latest block and clears the new-messages counter', async () => {
    const { store, history } = await openStore();
    await store.getState().jumpToHistoryMessage(CHANNEL, msgId(40));
    store.getState().applyPush({ type: 'message.created', payload: { guildId: '1001', message: message(201) } });
    expect(newMessagesCount(history()!)).toBe(1);
    await store.getState().jumpToLatest(CHANNEL);
    expect(messageIds(history()).at(-1)).toBe(msgId(201));
    expect(newMessagesCount(history()!)).toBe(0);
  });
});

describe('messages slice: live events', () => {
  it('appends a live message to the latest block the reader is in', async () => {
    const { store, history } = await openStore();
    store.getState().applyPush({ type: 'message.created', payload: { guildId: '1001', message: message(201) } });
    expect(messageIds(history()).at(-1)).toBe(msgId(201));
    expect(newMessagesCount(history()!)).toBe(0);
  });

  it('applies a frame of events in order as one store update', async () => {
    const { store, history } = await openStore();
    let updates = 0;
    store.subscribe((s, prev) => {
      if (s.histories !== prev.histories) updates += 1;
    });
    store.getState().applyPush([
      { type: 'message.created', payload: { guildId: '1001', message: message(201) } },
      { type: 'message.created', payload: { guildId: '1001', message: message(202) } },
      { type: 'message.updated', payload: { channelId: CHANNEL, id: msgId(202), content: 'edited in the same frame', updated_at: 9_000 } },
      { type: 'message.deleted', payload: { channelId: CHANNEL, id: msgId(201) } },
    ]);
    expect(updates).toBe(1);
    expect(messageIds(history()).slice(-2)).toEqual([msgId(200), msgId(202)]);
    expect(getMessage(history()!, msgId(202))?.content).toBe('edited in the same frame');
  });

  it('leaves the store untouched when a frame changes nothing it holds', async () => {
    const { store } = await openStore();
    const histories = store.getState().histories;
    store.getState().applyPush([{ type: 'message.deleted', payload: { channelId: '2005', id: msgId(5) } }]);
    expect(store.getState().histories).toBe(histories);
  });

  it('counts a live message while the reader is in older history, without moving the reader', async () => {
    const { store, history } = await openStore();
    await store.getState().jumpToHistoryMessage(CHANNEL, msgId(40));
    const before = messageIds(history());
    store.getState().applyPush({ type: 'message.created', payload: { guildId: '1001', message: message(201) } });
    store.getState().applyPush({ type: 'message.created', payload: { guildId: '1001', message: message(202) } });
    expect(messageIds(history())).toEqual(before);
    expect(newMessagesCount(history()!)).toBe(2);
  });

  it('ignores events of channels it does not hold', async () => {
    const { store } = await openStore();
    const histories = store.getState().histories;
    store.getState().applyPush({ type: 'message.created', payload: { guildId: '1001', message: message(300, { channel_id: '2005' }) } });
    store.getState().applyPush({ type: 'message.deleted', payload: { channelId: '2005', id: msgId(5) } });
    expect(store.getState().histories).toBe(histories);
  });

  it('keeps a deleted message out even when a page fetched before the delete arrives later', async () => {
    const { store, list, history } = await openStore();
    const late = deferred<MessagePage>();
    list.mockImplementationOnce(() => late.promise);
    const loading = store.getState().loadOlder(CHANNEL);
    store.getState().applyPush({ type: 'message.deleted', payload: { channelId: CHANNEL, id: msgId(140) } });
    late.resolve({ channelId: CHANNEL, items: [message(139), message(140), message(141)], flag: 'before', anchorId: msgId(151), pageSize: 50 });
    await loading;
    expect(messageIds(history())).toContain(msgId(139));
    expect(messageIds(history())).not.toContain(msgId(140));
  });

  it('removes a deleted message from the rows', async () => {
    const { store, history } = await openStore();
    store.getState().applyPush({ type: 'message.deleted', payload: { channelId: CHANNEL, id: msgId(190) } });
    expect(messageIds(history())).not.toContain(msgId(190));
    expect(messageIds(history())).toHaveLength(49);
  });

  it('lets the newest edit win over a late, older one', async () => {
    const { store, history } = await openStore();
    const edit = (content: string, updated_at: number) =>
      store.getState().applyPush({ type: 'message.updated', payload: { channelId: CHANNEL, id: msgId(199), content, updated_at } });
    edit('second edit', 2_000);
    edit('first edit', 1_000);
    const held = getMessage(history()!, msgId(199));
    expect(held?.content).toBe('second edit');
    expect(held?.updated_at).toBe(2_000);
  });

  it('counts reactions up and down and marks the bot’s own', async () => {
    const { store, history } = await openStore();
    const react = (userId: string, added: boolean) =>
      store.getState().applyPush({ type: 'message.reaction', payload: { channelId: CHANNEL, id: msgId(199), emoji: { id: '👍', name: '👍' }, userId, added } });
    react('7', true);
    react('42', true);
    expect(getMessage(history()!, msgId(199))?.reactions).toEqual([{ emoji: { id: '👍', name: '👍' }, count: 2, me: true }]);
    react('7', false);
    react('42', false);
    expect(getMessage(history()!, msgId(199))?.reactions).toEqual([]);
  });

  it('pins and unpins a message in place', async () => {
    const { store, history } = await openStore();
    const pin = (pinned: boolean) => store.getState().applyPush({ type: 'message.pin', payload: { channelId: CHANNEL, id: msgId(198), pinned, operatorId: '7' } });
    pin(true);
    expect(getMessage(history()!, msgId(198))?.pinned).toBe(true);
    pin(false);
    expect(getMessage(history()!, msgId(198))?.pinned).toBe(false);
  });

  it('reloads the latest page after a history gap', async () => {
    const { store, list } = await openStore();
    store.getState().applyPush({ type: 'history.gap', payload: { channelId: CHANNEL, since: 1, until: 2, recovered: 0 } });
    await vi.waitFor(() => expect(list).toHaveBeenCalledTimes(2));
    expect(list).toHaveBeenLastCalledWith({ channelId: CHANNEL, pageSize: 50 });
  });
});

describe('messages slice: delete', () => {
  it('deletes through messages.delete and removes the row at once', async () => {
    const { store, del, history } = await openStore();
    expect(await store.getState().deleteMessage(msgId(200))).toBeNull();
    expect(del).toHaveBeenCalledWith({ msgId: msgId(200) });
    expect(messageIds(history())).not.toContain(msgId(200));
    expect(hasOlder(history()!)).toBe(true);
  });

  it('returns the error when KOOK refuses', async () => {
    const { store, del, history } = await openStore();
    del.mockRejectedValueOnce(new IpcCallError('missing-permission', 'no', { kookCode: 40300 }));
    expect(await store.getState().deleteMessage(msgId(200))).toMatchObject({ code: 'missing-permission', kookCode: 40300 });
    expect(messageIds(history())).toContain(msgId(200));
  });
});
