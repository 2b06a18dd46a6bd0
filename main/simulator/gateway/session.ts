// A gateway session: its sn counter, replay buffer and faults. It outlives its socket for
// sessionLifetimeMs, and while disconnected its events keep getting sns (GATEWAY.md §5, §6).
import type { SimEvent } from '../core/bus';
import type { LedgerEntry } from '../core/gateway';
import type { Connection } from './connection';
import { noSessionFaults, type GlobalFaults, type SessionFaults } from './faults';
import { eventFrame } from './frames';
import type { Ledger } from './ledger';
import { ReplayBuffer } from './replay';

export interface SessionContext {
  faults(): GlobalFaults;
  readonly ledger: Ledger;
  readonly replayWindow: number;
}

export class Session {
  /** The last sn given to an event of this session (sn starts at 1, no wrap: GATEWAY.md §6). */
  lastSn = 0;
  conn: Connection | null = null;
  /** compress of the last socket attached, for the admin view. */
  compress = false;
  disconnectedAt = 0;
  faults: SessionFaults = noSessionFaults();
  private readonly replay: ReplayBuffer;

  constructor(
    readonly id: string,
    readonly botId: string,
    private readonly ctx: SessionContext,
  ) {
    this.replay = new ReplayBuffer(ctx.replayWindow);
  }

  get silent(): boolean {
    return this.faults.silent ?? this.ctx.faults().silent;
  }

  get latencyMs(): number {
    return this.faults.latencyMs ?? this.ctx.faults().latencyMs;
  }

  get reorderWindow(): number {
    return this.faults.reorderWindow ?? this.ctx.faults().reorderWindow;
  }

  expired(now: number, lifetimeMs: number): boolean {
    return this.conn === null && now - this.disconnectedAt > lifetimeMs;
  }

  deliver(event: SimEvent, dataJson: string, at: number): void {
    if (this.silent) {
      // Silent stream: no sn, so neither resume nor PING can ever recover it.
      this.ctx.ledger.record(this.entry(event, 'withheld', at));
      return;
    }
    const sn = ++this.lastSn;
    this.replay.push(sn, dataJson);
    this.ctx.ledger.record(this.entry(event, sn, at));
    const conn = this.conn;
    if (!conn || conn.zombie) return;
    if (this.faults.withholdLeft > 0) {
      // A gap: sn consumed, frame held back until a PING shows the client behind.
      this.faults.withholdLeft -= 1;
      return;
    }
    const frame = eventFrame(dataJson, sn);
    conn.sendEvent(sn, frame);
    if (this.faults.duplicateLeft > 0) {
      this.faults.duplicateLeft -= 1;
      conn.sendEvent(sn, frame);
    }
  }

  /** Whether every event after `sn` can still be sent (else RECONNECT 40108). */
  canReplayFrom(sn: number): boolean {
    return sn === this.lastSn || this.replay.covers(sn);
  }

  /** Re-sends every event after `sn` that is not already on its way (GATEWAY.md §5, §6 rule 4). */
  resendAfter(sn: number): void {
    const conn = this.conn;
    if (!conn) return;
    for (let next = sn + 1; next <= this.lastSn; next++) {
      if (conn.isPending(next)) continue;
      const dataJson = this.replay.get(next);
      if (dataJson !== undefined) conn.sendEvent(next, eventFrame(dataJson, next));
    }
  }

  private entry(event: SimEvent, sn: number | 'withheld', at: number): LedgerEntry {
    const row: LedgerEntry = { sessionId: this.id, sn, msgId: event.data.msg_id, kind: event.kind, at };
    if (event.channelId !== undefined) row.channelId = event.channelId;
    return row;
  }
}
