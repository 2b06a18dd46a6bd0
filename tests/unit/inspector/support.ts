// Test doubles for the inspector: a manual clock and a gateway client driven by a fake socket.
import { deflateSync } from 'node:zlib';
import type { PushEventMap, PushEventName } from '../../../shared/ipc';
import { GatewayClient } from '../../../main/kook/gateway';
import { MemorySocket } from '../../fixtures/memorySocket';
import type { InspectorClock } from '../../../main/inspector';

export class ManualClock implements InspectorClock {
  private t: number;
  private timers: { id: number; due: number; fn: () => void }[] = [];
  private nextId = 1;
  constructor(start = 1_700_000_000_000) {
    this.t = start;
  }
  now(): number {
    return this.t;
  }
  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.push({ id, due: this.t + Math.max(0, ms), fn });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((x) => x.id !== handle);
  }
  get pending(): number {
    return this.timers.length;
  }
  /** Moves time forward, firing due timers in order (timers they set fire too when due). */
  advance(ms: number): void {
    const end = this.t + ms;
    for (;;) {
      this.timers.sort((a, b) => a.due - b.due || a.id - b.id);
      const next = this.timers[0];
      if (!next || next.due > end) break;
      this.timers.shift();
      this.t = next.due;
      next.fn();
    }
    this.t = end;
  }
}

export interface PushLog {
  emit<K extends PushEventName>(type: K, payload: PushEventMap[K]): void;
  of<K extends PushEventName>(type: K): PushEventMap[K][];
}

export function pushLog(): PushLog {
  const events: { type: PushEventName; payload: unknown }[] = [];
  return {
    emit: (type, payload) => void events.push({ type, payload }),
    of: <K extends PushEventName>(type: K) => events.filter((e) => e.type === type).map((e) => e.payload as PushEventMap[K]),
  };
}

export const TOKEN = '1/MTIzNDU2Nzg5MA==/abcdefghijklmnopqrstuv==';

/** A real GatewayClient connected over a fake socket; `deliver` feeds it frames. */
export async function fakeGateway(): Promise<{ gateway: GatewayClient; deliver(data: string | Uint8Array): void; hello(): void; stop(): void }> {
  let socket: MemorySocket | null = null;
  const gateway = new GatewayClient({
    fetchGatewayUrl: async () => `ws://gw.invalid/gateway?compress=0&token=${encodeURIComponent(TOKEN)}`,
    wsFactory: () => (socket = new MemorySocket()),
  });
  gateway.start();
  for (let i = 0; i < 100 && !socket; i++) await new Promise((r) => setTimeout(r, 2));
  const s = socket as MemorySocket | null;
  if (!s) throw new Error('no socket');
  s.open();
  return {
    gateway,
    deliver: (d) => s.deliver(d),
    hello: () => s.deliver('{"s":1,"d":{"code":0,"session_id":"sess-0001"}}'),
    stop: () => gateway.stop(),
  };
}

export function groupMessage(sn: number, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    s: 0, sn,
    d: { channel_type: 'GROUP', type: 9, target_id: '4881820000000000', author_id: '2418200000', content: `hello ${sn}`, msg_id: `m-${sn}`, msg_timestamp: 1, nonce: '', extra: { type: 9, guild_id: '6016389914000000', ...extra } },
  });
}

export function systemEvent(sn: number): string {
  return JSON.stringify({
    s: 0, sn,
    d: { channel_type: 'GROUP', type: 255, target_id: '6016389914000000', author_id: '1', content: '[系统消息]', msg_id: `s-${sn}`, msg_timestamp: 1, nonce: '', extra: { type: 'joined_guild', body: { user_id: '777', joined_at: 1 } } },
  });
}

export const deflate = (text: string): Uint8Array => deflateSync(text);
