// PING/PONG of GATEWAY.md §4.1 steps 4–5, §4.4 CONNECTED/HB_RETRY and §9:
// PING {"s":2,"sn":lastContiguousSn} every interval ± jitter, a PONG timer per PING,
// two retry pings (2 s, 4 s) after a timeout, then "dead". RTT measured from each PING to its PONG.
import type { GatewayTimings } from './timings';
import type { Clock, RandomSource } from './types';

export interface HeartbeatHooks {
  /** Sends the PING text frame. */
  send(text: string): void;
  /** The sn to carry: the largest contiguous processed sn (GATEWAY.md §6 rule 4). */
  lastSn(): number;
  rtt(ms: number): void;
  /** First PONG timeout: the owner moves to HB_RETRY. */
  retrying(): void;
  /** A PONG arrived while retrying: back to CONNECTED. */
  recovered(): void;
  /** Both retry pings went unanswered: the connection is dead. */
  dead(): void;
}

export interface HeartbeatOptions {
  clock: Clock;
  random: RandomSource;
  timings: GatewayTimings;
  hooks: HeartbeatHooks;
}

export class Heartbeat {
  private timer: unknown = null;
  private pingSentAt: number | null = null;
  /** Retry pings sent since the last PONG; null while healthy. */
  private retries: number | null = null;
  private running = false;
  private lastPong: number | null = null;

  constructor(private readonly opts: HeartbeatOptions) {}

  /** Starts after HELLO code 0, never at socket open (GATEWAY.md §9). */
  start(): void {
    this.stop();
    this.running = true;
    this.scheduleNextPing();
  }

  stop(): void {
    this.running = false;
    this.clearTimer();
    this.pingSentAt = null;
    this.retries = null;
  }

  get lastPongAt(): number | null {
    return this.lastPong;
  }

  get isRetrying(): boolean {
    return this.retries !== null;
  }

  pongReceived(): void {
    if (!this.running) return;
    const now = this.opts.clock.now();
    this.lastPong = now;
    if (this.pingSentAt !== null) this.opts.hooks.rtt(now - this.pingSentAt);
    this.pingSentAt = null;
    const wasRetrying = this.retries !== null;
    this.retries = null;
    this.scheduleNextPing();
    if (wasRetrying) this.opts.hooks.recovered();
  }

  private scheduleNextPing(): void {
    const { heartbeatIntervalMs, heartbeatJitterMs } = this.opts.timings;
    const jitter = (this.opts.random() * 2 - 1) * heartbeatJitterMs;
    this.arm(Math.max(0, heartbeatIntervalMs + jitter), () => this.ping());
  }

  private ping(): void {
    if (!this.running) return;
    this.pingSentAt = this.opts.clock.now();
    this.opts.hooks.send(JSON.stringify({ s: 2, sn: this.opts.hooks.lastSn() }));
    this.arm(this.opts.timings.pongTimeoutMs, () => this.pongTimedOut());
  }

  private pongTimedOut(): void {
    if (!this.running) return;
    const delays = this.opts.timings.retryPingDelaysMs;
    if (this.retries === null) {
      this.retries = 0;
      this.opts.hooks.retrying();
      if (!this.running) return;
    }
    const delay = delays[this.retries];
    if (delay === undefined) {
      this.stop();
      this.opts.hooks.dead();
      return;
    }
    this.retries += 1;
    this.arm(delay, () => this.ping());
  }

  private arm(ms: number, fn: () => void): void {
    this.clearTimer();
    this.timer = this.opts.clock.setTimeout(fn, ms);
  }

  private clearTimer(): void {
    if (this.timer !== null) this.opts.clock.clearTimeout(this.timer);
    this.timer = null;
  }
}
