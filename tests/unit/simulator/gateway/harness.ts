// A real loopback gateway and a raw WebSocket client written for the tests (not the app's client).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inflateSync } from 'node:zlib';
import { WebSocket } from 'ws';
import { z } from 'zod';
import { EventBus, type SimEvent } from '../../../../main/simulator/core/bus';
import type { GatewayServer, GatewayServerTimings } from '../../../../main/simulator/core/gateway';
import { createGatewayServer } from '../../../../main/simulator/gateway';

export const BOT = 'bot-1';
export const GUILD = 'guild-1';

const frameSchema = z.object({
  s: z.number(),
  d: z.unknown().optional(),
  sn: z.number().optional(),
});
export type Frame = z.infer<typeof frameSchema> & { binary: boolean };

const codeSchema = z.object({ code: z.number(), session_id: z.string().optional(), err: z.string().optional() });
const msgSchema = z.object({ msg_id: z.string() });

export function codeOf(frame: Frame | undefined): number | undefined {
  return codeSchema.safeParse(frame?.d).data?.code;
}
export function sessionIdOf(frame: Frame | undefined): string {
  return z.object({ session_id: z.string() }).parse(frame?.d).session_id;
}
export function msgIdOf(frame: Frame): string {
  return msgSchema.parse(frame.d).msg_id;
}

export interface Sim {
  gateway: GatewayServer;
  bus: EventBus;
  origin: string;
  members: Set<string>;
  clock: { now: number; realTime: boolean };
  url(opts?: { compress?: boolean; bot?: string }): string;
  /** Publishes `count` events with msg ids m1, m2, … (numbered across the whole sim). */
  publish(count: number, opts?: { guildId?: string; userId?: string }): void;
  close(): Promise<void>;
}

export async function startSim(timings: Partial<GatewayServerTimings> = {}): Promise<Sim> {
  const bus = new EventBus();
  const members = new Set<string>([`${GUILD}/${BOT}`]);
  const clock = { now: 0, realTime: true };
  const gateway = createGatewayServer({
    bus,
    isMember: (guildId, userId) => members.has(`${guildId}/${userId}`),
    timings: { helloDelayMs: 0, ...timings },
    now: () => (clock.realTime ? Date.now() : clock.now),
  });
  const server: Server = createServer((_req, res) => res.end());
  server.on('upgrade', (req, socket, head) => gateway.handleUpgrade(req, socket, head));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let published = 0;
  return {
    gateway,
    bus,
    origin,
    members,
    clock,
    url: (opts = {}) => gateway.issueUrl(opts.bot ?? BOT, opts.compress ?? false, origin),
    publish(count, opts = {}) {
      for (let i = 0; i < count; i++) {
        published += 1;
        bus.publish(makeEvent(`m${published}`, opts));
      }
    },
    async close() {
      await gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export function makeEvent(msgId: string, opts: { guildId?: string; userId?: string } = {}): SimEvent {
  const guildId = opts.guildId ?? GUILD;
  return {
    data: {
      channel_type: opts.userId ? 'PERSON' : 'GROUP',
      type: 9,
      target_id: opts.userId ?? 'chan-1',
      author_id: 'u-9',
      content: '**hi** 你好',
      msg_id: msgId,
      msg_timestamp: 1_700_000_000_000,
      nonce: '',
      extra: { type: 9, guild_id: guildId },
    },
    audience: opts.userId ? { kind: 'user', userId: opts.userId } : { kind: 'guild', guildId },
    kind: '9',
    channelId: 'chan-1',
  };
}

export class RawClient {
  readonly frames: Frame[] = [];
  closeCode: number | null = null;
  private readonly waiters = new Set<() => void>();

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data, isBinary) => {
      const buf = Buffer.isBuffer(data) ? data : Buffer.concat(Array.isArray(data) ? data : [Buffer.from(data)]);
      const text = isBinary ? inflateSync(buf).toString('utf8') : buf.toString('utf8');
      this.frames.push({ ...frameSchema.parse(JSON.parse(text)), binary: isBinary });
      this.notify();
    });
    ws.on('close', (code) => {
      this.closeCode = code;
      this.notify();
    });
    ws.on('error', () => undefined);
  }

  static async connect(url: string): Promise<RawClient> {
    const ws = new WebSocket(url);
    const client = new RawClient(ws);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    return client;
  }

  /** Connects and waits for HELLO code 0; returns the session id. */
  static async hello(url: string): Promise<{ client: RawClient; sessionId: string }> {
    const client = await RawClient.connect(url);
    const hello = await client.waitFor((f) => f.s === 1);
    return { client, sessionId: sessionIdOf(hello) };
  }

  events(): Frame[] {
    return this.frames.filter((f) => f.s === 0);
  }

  sns(): number[] {
    return this.events().map((f) => f.sn ?? -1);
  }

  send(value: unknown): void {
    this.ws.send(typeof value === 'string' ? value : JSON.stringify(value));
  }

  ping(sn: number): void {
    this.send({ s: 2, sn });
  }

  waitFor(predicate: (frame: Frame) => boolean, timeoutMs = 2000): Promise<Frame> {
    return this.until(() => this.frames.find(predicate), timeoutMs);
  }

  waitForEvents(count: number, timeoutMs = 3000): Promise<Frame[]> {
    return this.until(() => (this.events().length >= count ? this.events() : undefined), timeoutMs);
  }

  waitForClose(timeoutMs = 2000): Promise<number> {
    return this.until(() => this.closeCode ?? undefined, timeoutMs);
  }

  close(): void {
    this.ws.terminate();
  }

  private until<T>(probe: () => T | undefined, timeoutMs: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const check = (): boolean => {
        const found = probe();
        if (found === undefined) return false;
        this.waiters.delete(listener);
        clearTimeout(timer);
        resolve(found);
        return true;
      };
      const listener = (): void => void check();
      const timer = setTimeout(() => {
        this.waiters.delete(listener);
        reject(new Error(`timed out; frames so far: ${JSON.stringify(this.frames.slice(-5))}`));
      }, timeoutMs);
      if (!check()) this.waiters.add(listener);
    });
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until the probe holds (server-side state settles after a socket event). */
export async function eventually(probe: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error('condition never held');
    await sleep(5);
  }
}
