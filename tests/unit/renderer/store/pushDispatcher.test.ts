import { describe, expect, it, vi } from 'vitest';
import type { PushEvent } from '../../../../shared/ipc';
import { createAppStore } from '../../../../renderer/store';
import { createPushDispatcher, nextFrame } from '../../../../renderer/store/pushDispatcher';
import { fakeApi } from './support/fakeApi';
import { GUILD, detail, page, role, sessionState } from './support/fixtures';

function setup() {
  const subscribe = vi.fn(async () => ({ seq: 40 }));
  const state = vi.fn(async () => sessionState());
  const list = vi.fn(async () => [GUILD]);
  const api = fakeApi({
    events: { subscribe },
    session: { state, listProfiles: vi.fn(async () => []) },
    settings: { get: vi.fn(async () => ({ language: 'zh-CN' as const, theme: 'light' as const, activeProfileId: null })) },
    guilds: { list, view: vi.fn(async () => detail()) },
    channels: { watch: vi.fn(async () => undefined) },
    members: { list: vi.fn(async () => page([])) },
  });
  const store = createAppStore(api);
  const forwarded: PushEvent[][] = [];
  // A manual frame: queued events wait until the test runs it.
  const frames: (() => void)[] = [];
  const waits: number[] = [];
  const schedule = (flush: () => void, wait = 1) => {
    frames.push(flush);
    waits.push(wait);
    return () => undefined;
  };
  const dispatcher = createPushDispatcher(store, api, { forward: (e) => forwarded.push([...e]), schedule });
  const runFrame = () => frames.splice(0).forEach((flush) => flush());
  return { store, dispatcher, subscribe, list, forwarded, frames, waits, runFrame };
}

describe('push dispatcher', () => {
  it('resubscribes and rebuilds the view from main', async () => {
    const { store, dispatcher, subscribe } = setup();
    await dispatcher.resync();
    expect(subscribe).toHaveBeenCalledTimes(1);
    expect(store.getState().session?.connection).toBe('connected');
    expect(store.getState().language).toBe('zh-CN');
    expect(store.getState().guildDetail?.guild.id).toBe(GUILD.id);
  });

  it('routes events of a contiguous batch to the slices and forwards them', async () => {
    const { store, dispatcher, subscribe, forwarded, runFrame } = setup();
    await dispatcher.resync();
    store.getState().selectChannel('2002');
    dispatcher.handle({
      seq: 41,
      events: [
        { type: 'session.state', payload: sessionState({ rttMs: 99 }) },
        { type: 'role.changed', payload: { guildId: GUILD.id, role: role(30, 'Fresh', 0), change: 'added' } },
        { type: 'message.created', payload: { guildId: GUILD.id, message: { channel_id: '2005' } as never } },
      ],
    });
    runFrame();
    expect(store.getState().session?.rttMs).toBe(99);
    expect(store.getState().guildDetail?.roles.some((r) => r.role_id === 30)).toBe(true);
    expect(store.getState().unread).toEqual({ '2005': 1 });
    expect(forwarded).toEqual([[expect.objectContaining({ type: 'session.state' }), expect.objectContaining({ type: 'role.changed' }), expect.objectContaining({ type: 'message.created' })]]);
    expect(subscribe).toHaveBeenCalledTimes(1);
  });

  it('applies the batches of one frame together: nothing before the frame, one forward and one seq update after it', async () => {
    const { store, dispatcher, forwarded, frames, runFrame } = setup();
    await dispatcher.resync();
    const seqs: (number | null)[] = [];
    store.subscribe((s, prev) => {
      if (s.pushSeq !== prev.pushSeq) seqs.push(s.pushSeq);
    });
    dispatcher.handle({ seq: 41, events: [{ type: 'session.state', payload: sessionState({ rttMs: 11 }) }] });
    dispatcher.handle({ seq: 42, events: [{ type: 'session.state', payload: sessionState({ rttMs: 22 }) }] });
    expect(frames).toHaveLength(1);
    expect(store.getState().session?.rttMs).not.toBe(22);
    runFrame();
    expect(store.getState().session?.rttMs).toBe(22);
    expect(forwarded).toHaveLength(1);
    expect(forwarded[0]).toHaveLength(2);
    expect(seqs).toEqual([42]);
  });

  it('under a busy stream waits a few frames between updates, and goes back to every frame when it calms down', async () => {
    const { dispatcher, waits, runFrame } = setup();
    await dispatcher.resync();
    const busy = Array.from({ length: 20 }, (_, i): PushEvent => ({ type: 'session.state', payload: sessionState({ rttMs: i }) }));
    dispatcher.handle({ seq: 41, events: busy });
    runFrame();
    dispatcher.handle({ seq: 42, events: busy });
    runFrame();
    dispatcher.handle({ seq: 43, events: busy.slice(0, 2) });
    runFrame();
    dispatcher.handle({ seq: 44, events: busy.slice(0, 2) });
    expect(waits).toEqual([1, 3, 3, 1]);
  });

  it('flushes what is queued before rebuilding the view after a resync', async () => {
    const { store, dispatcher, runFrame } = setup();
    await dispatcher.resync();
    dispatcher.handle({ seq: 41, events: [{ type: 'member.joined', payload: { guildId: GUILD.id, userId: '5', joinedAt: 0 } }] });
    const before = store.getState().memberTotal;
    await dispatcher.resync();
    expect(store.getState().memberTotal).toBe(before + 1);
    runFrame();
    expect(store.getState().memberTotal).toBe(before + 1);
  });

  it('applies a batch after a seq jump and then refetches', async () => {
    const { dispatcher, subscribe, list } = setup();
    await dispatcher.resync();
    dispatcher.handle({ seq: 45, events: [] });
    await vi.waitFor(() => expect(subscribe).toHaveBeenCalledTimes(2));
    await vi.waitFor(() => expect(list).toHaveBeenCalledTimes(2));
  });

  it('skips a batch it has already seen', async () => {
    const { store, dispatcher } = setup();
    await dispatcher.resync();
    dispatcher.handle({ seq: 41, events: [] });
    dispatcher.handle({ seq: 41, events: [{ type: 'member.joined', payload: { guildId: GUILD.id, userId: '5', joinedAt: 0 } }] });
    dispatcher.flush();
    expect(store.getState().memberTotal).toBe(0);
  });
});

describe('nextFrame', () => {
  it('flushes after the given number of animation frames, once, and not after being cancelled', () => {
    const callbacks: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => callbacks.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    try {
      const flush = vi.fn();
      nextFrame(flush, 3);
      for (let frame = 0; frame < 2; frame += 1) callbacks.splice(0).forEach((cb) => cb(0));
      expect(flush).not.toHaveBeenCalled();
      callbacks.splice(0).forEach((cb) => cb(0));
      expect(flush).toHaveBeenCalledTimes(1);
      const cancelled = vi.fn();
      nextFrame(cancelled)();
      callbacks.splice(0).forEach((cb) => cb(0));
      expect(cancelled).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
