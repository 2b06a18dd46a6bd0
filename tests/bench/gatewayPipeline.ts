// Drives the real GatewayClient with an in-process socket, so a benchmark measures the client's
// own work (decode, envelope check, sn ordering, dispatch) and nothing of the network.
import { GatewayClient } from '../../main/kook/gateway';
import { MemorySocket } from '../fixtures/memorySocket';

/**
 * Real timers while connecting; once HELLO is delivered, new timers never fire, so heartbeats
 * and watchdogs stay out of the measured path.
 */
function benchClock(): { clock: { now(): number; setTimeout(fn: () => void, ms: number): unknown; clearTimeout(h: unknown): void }; freeze(): void } {
  let frozen = false;
  return {
    freeze: () => void (frozen = true),
    clock: {
      now: () => Date.now(),
      setTimeout: (fn, ms) => (frozen ? 0 : setTimeout(fn, ms)),
      clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    },
  };
}

export interface BenchPipeline {
  deliver(data: string | Uint8Array): void;
  delivered(): number;
  stop(): void;
}

export async function connectedPipeline(): Promise<BenchPipeline> {
  let socket: MemorySocket | null = null;
  const { clock, freeze } = benchClock();
  const client = new GatewayClient({
    fetchGatewayUrl: async () => 'ws://bench.invalid/gateway?compress=0&token=x',
    wsFactory: () => (socket = new MemorySocket()),
    clock,
  });
  let count = 0;
  client.on('event', () => {
    count++;
  });
  client.start();
  for (let i = 0; i < 200 && !socket; i++) await new Promise((r) => setTimeout(r, 5));
  const s = socket as MemorySocket | null;
  if (!s) throw new Error('the gateway client never opened a socket');
  s.open();
  freeze();
  s.deliver('{"s":1,"d":{"code":0,"session_id":"bench-session"}}');
  return { deliver: (d) => s.deliver(d), delivered: () => count, stop: () => client.stop() };
}

/** A typical ~0.9 KB KMarkdown message event (EVENTS.md §3), as the `d` JSON of a frame. */
export function sampleEventJson(i: number): string {
  const author = { id: '2418200000', username: 'tz-un', identify_num: '5618', nickname: '小明', avatar: 'https://img.kookapp.cn/avatars/2020-02/xcJo7ybAoc0u00u0.jpg/icon', bot: false, online: true, status: 1, roles: [111, 112], is_vip: false };
  return JSON.stringify({
    channel_type: 'GROUP', type: 9, target_id: '4881820000000000', author_id: author.id,
    content: `**消息 ${i}** (met)3891000000(met) hello there, this is a realistic chat line with some 中文 text and a [link](https://kookapp.cn)`,
    msg_id: `789c0b23-0000-4000-8000-${String(i).padStart(12, '0')}`, msg_timestamp: 1613996877757 + i, nonce: '', verify_token: 'xxxxxxxx',
    extra: {
      type: 9, guild_id: '6016389914000000', channel_name: 'general', channel_type: 1, mention: ['3891000000'], mention_all: false,
      mention_roles: [], mention_here: false, nav_channels: [], code: '', author,
      kmarkdown: { raw_content: `消息 ${i} @bob hello there`, mention_part: [{ id: '3891000000', username: 'bob', full_name: 'bob#0001', avatar: 'https://img.kookapp.cn/avatars/bob.jpg/icon' }], mention_role_part: [] },
    },
  });
}
