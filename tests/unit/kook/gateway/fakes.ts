// Test doubles for the gateway client: a fake clock that runs timers in due order, and a scripted
// server that hands out fake sockets and lets each test play the KOOK side frame by frame.
import { deflateSync } from 'node:zlib';
import type { EventData } from '../../../../shared/kook';
import { GatewayClient, type GatewayClientOptions } from '../../../../main/kook/gateway/GatewayClient';
import { DEFAULT_GATEWAY_TIMINGS, type GatewayTimings } from '../../../../main/kook/gateway/timings';
import type { Clock, GatewayEventMap, GatewaySocket, GatewaySocketEvents, SessionStore, StoredSession } from '../../../../main/kook/gateway/types';

interface Timer {
  id: number;
  due: number;
  fn: () => void;
}

/** Drains pending promise callbacks (fetchGatewayUrl, listMessages) between timers. */
export async function flushMicrotasks(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
}

export class FakeClock implements Clock {
  private t = 1_700_000_000_000;
  private seq = 0;
  private timers: Timer[] = [];

  now(): number {
    return this.t;
  }

  setTimeout(fn: () => void, ms: number): unknown {
    const timer = { id: ++this.seq, due: this.t + Math.max(0, ms), fn };
    this.timers.push(timer);
    return timer.id;
  }

  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }

  get pending(): number {
    return this.timers.length;
  }

  /** Moves time forward by `ms`, firing every timer that falls due, in order. */
  async advance(ms: number): Promise<void> {
    const end = this.t + ms;
    await flushMicrotasks();
    for (;;) {
      const next = this.timers.filter((t) => t.due <= end).sort((a, b) => a.due - b.due || a.id - b.id)[0];
      if (!next) break;
      this.timers = this.timers.filter((t) => t !== next);
      this.t = next.due;
      next.fn();
      await flushMicrotasks();
    }
    this.t = end;
    await flushMicrotasks();
  }
}

export class FakeSocket implements GatewaySocket {
  readonly sent: string[] = [];
  closed = false;
  terminated = false;
  /** Answer every PING with a PONG (on the next microtask, like a network would). */
  autoPong = false;
  private readonly listeners: { [K in keyof GatewaySocketEvents]: GatewaySocketEvents[K][] } = { open: [], message: [], close: [], error: [] };

  constructor(readonly url: string) {}

  on<K extends keyof GatewaySocketEvents>(event: K, listener: GatewaySocketEvents[K]): void {
    this.listeners[event].push(listener);
  }
  send(text: string): void {
    this.sent.push(text);
    if (this.autoPong && text.startsWith('{"s":2')) queueMicrotask(() => this.pong());
  }
  close(): void {
    this.closed = true;
  }
  terminate(): void {
    this.terminated = true;
  }

  // ── the server's side ──
  open(): void {
    this.listeners.open.forEach((l) => l());
  }
  raw(data: string | Uint8Array): void {
    this.listeners.message.forEach((l) => l(data));
  }
  frame(frame: object, compressed = false): void {
    const text = JSON.stringify(frame);
    this.raw(compressed ? deflateSync(Buffer.from(text)) : text);
  }
  hello(code = 0, sessionId = 'session-1'): void {
    this.frame(code === 0 ? { s: 1, d: { code, session_id: sessionId } } : { s: 1, d: { code } });
  }
  event(sn: number, d: Partial<EventData> = {}, compressed = false): void {
    this.frame({ s: 0, sn, d: { ...message('chan-1', `m${sn}`), ...d } }, compressed);
  }
  pong(): void {
    this.frame({ s: 3 });
  }
  reconnect(code = 40108): void {
    this.frame({ s: 5, d: { code, err: 'gone' } });
  }
  resumeAck(sessionId = 'session-1'): void {
    this.frame({ s: 6, d: { session_id: sessionId } });
  }
  drop(code = 1006): void {
    this.listeners.close.forEach((l) => l(code, ''));
  }
  fail(message = 'ECONNREFUSED'): void {
    this.listeners.error.forEach((l) => l(new Error(message)));
  }
  /** The PING frames this socket carried. */
  pings(): { s: number; sn: number }[] {
    return this.sent.map((t) => JSON.parse(t) as { s: number; sn: number }).filter((f) => f.s === 2);
  }
}

export function message(channelId: string, msgId: string, at = 1_700_000_000_000): EventData {
  return {
    channel_type: 'GROUP', type: 9, target_id: channelId, author_id: 'u1', content: 'hi', msg_id: msgId,
    msg_timestamp: at, nonce: '', extra: { type: 9, guild_id: 'g1', mention: [], mention_all: false, mention_roles: [], mention_here: false, code: '', author: {} },
  };
}

export class MemoryStore implements SessionStore {
  saves: (StoredSession | null)[] = [];
  constructor(public state: StoredSession | null = null) {}
  load(): StoredSession | null {
    return this.state;
  }
  save(state: StoredSession | null): void {
    this.state = state;
    this.saves.push(state);
  }
}

export const GATEWAY_URL = 'wss://gw.test/gateway?compress=0&token=abc';

/** A client wired to fakes, with every emitted event recorded. */
export function makeClient(overrides: Partial<Omit<GatewayClientOptions, 'timings'>> & { timings?: Partial<GatewayTimings> } = {}) {
  const clock = new FakeClock();
  const sockets: FakeSocket[] = [];
  const fetches: boolean[] = [];
  let fetchImpl: () => Promise<string> = () => Promise.resolve(GATEWAY_URL);
  const timings: GatewayTimings = { ...DEFAULT_GATEWAY_TIMINGS, ...overrides.timings };
  const client = new GatewayClient({
    fetchGatewayUrl: (compress) => {
      fetches.push(compress);
      return fetchImpl();
    },
    wsFactory: (url) => {
      const s = new FakeSocket(url);
      sockets.push(s);
      return s;
    },
    clock,
    random: () => 0.5, // no jitter unless a test says otherwise
    ...overrides,
    timings,
  });
  const seen: { [K in keyof GatewayEventMap]: GatewayEventMap[K][] } = {
    state: [], event: [], hello: [], resumed: [], gap: [], 'needs-backfill': [], fatal: [], rtt: [], malformed: [], frame: [],
  };
  const record = <K extends keyof GatewayEventMap>(key: K): void => {
    client.on(key, (p) => seen[key].push(p));
  };
  for (const key of Object.keys(seen) as (keyof GatewayEventMap)[]) record(key);
  return {
    client, clock, sockets, fetches, seen, timings,
    setFetch: (impl: () => Promise<string>) => (fetchImpl = impl),
    last: (): FakeSocket => {
      const s = sockets[sockets.length - 1];
      if (!s) throw new Error('no socket opened yet');
      return s;
    },
    states: () => seen.state.map((s) => s.to),
    /** start → fetch → open → HELLO ok. */
    async connect(sessionId = 'session-1'): Promise<FakeSocket> {
      client.start();
      await clock.advance(0);
      const s = sockets[sockets.length - 1];
      if (!s) throw new Error('no socket');
      s.open();
      s.hello(0, sessionId);
      return s;
    },
  };
}
