// message/create is never retried blindly once it may have reached KOOK (issue 3): a timeout, a
// network error, a 5xx or an unreadable 2xx leave the outcome unknown. Before any second attempt
// the send is reconciled — first by the nonce echoed in the gateway event (NonceReconciler), else
// by the bot's own recent messages in that channel (author, content, a time window). Only when
// the message is proven absent is it sent once more, with the same nonce.
// Ephemeral messages (temp_target_id) are not stored by KOOK, so listing can never find them;
// for those only the nonce route can prove delivery.
import type { Clock } from './Clock';
import { InvalidResponseError } from './errors/InvalidResponseError';
import { KookApiError } from './errors/KookApiError';
import { NetworkError } from './errors/NetworkError';
import { TimeoutError } from './errors/TimeoutError';
import type { RestEvents } from './events';
import type { NonceReconciler } from './NonceReconciler';
import type { CallOptions } from './RequestRunner';
import type { TypedEmitter } from './TypedEmitter';

export interface MessageCreateBody {
  type: number;
  target_id: string;
  content: string;
  nonce: string;
  quote?: string;
  temp_target_id?: string;
  template_id?: string;
  reply_msg_id?: string;
}

export interface CreatedMessageResult {
  msg_id: string;
  msg_timestamp: number;
  nonce: string;
  /** How the result was established when the first response was lost. */
  reconciledBy?: 'nonce' | 'listing';
  /** 2 when the message was proven absent and sent a second time. */
  attempts: number;
}

/** The fields of a listed message the guard compares. */
export interface RecentMessage {
  id: string;
  content: string;
  create_at: number;
  author: { id: string };
}

export interface MessageCreateGuardOptions {
  send(body: MessageCreateBody, options: CallOptions): Promise<{ msg_id: string; msg_timestamp: number; nonce: string }>;
  listRecent(targetId: string, options: CallOptions): Promise<RecentMessage[]>;
  selfId(options: CallOptions): Promise<string>;
  reconciler: NonceReconciler;
  clock: Clock;
  emitter?: TypedEmitter<RestEvents>;
  /** How long to wait for the gateway echo of the nonce before listing (ms). */
  nonceWaitMs?: number;
  /** Accepted distance between our send time and a listed message's create_at (ms). */
  matchWindowMs?: number;
}

/** An error after which the message may or may not exist on KOOK. */
export function isAmbiguousSendFailure(error: unknown): boolean {
  if (error instanceof TimeoutError || error instanceof NetworkError) return true;
  if (error instanceof InvalidResponseError) return error.httpStatus >= 200 && error.httpStatus < 300;
  return error instanceof KookApiError && error.httpStatus >= 500;
}

type Reconciliation = { found: CreatedMessageResult } | { absent: true } | { unknown: true };

export class MessageCreateGuard {
  /** Listed messages already claimed by a reconciliation, so two identical sends never share one. */
  private readonly claimed = new Set<string>();

  constructor(private readonly o: MessageCreateGuardOptions) {}

  async create(body: MessageCreateBody, options: CallOptions = {}): Promise<CreatedMessageResult> {
    const sentAt = this.o.clock.now();
    let firstError: unknown;
    try {
      return { ...(await this.o.send(body, options)), attempts: 1 };
    } catch (error) {
      if (!isAmbiguousSendFailure(error)) throw error;
      firstError = error;
    }
    const first = await this.reconcile(body, sentAt, options);
    if ('found' in first) return first.found;
    if ('unknown' in first) throw firstError; // cannot prove absent: never risk a duplicate
    const retriedAt = this.o.clock.now();
    try {
      return { ...(await this.o.send(body, options)), attempts: 2 };
    } catch (error) {
      if (!isAmbiguousSendFailure(error)) throw error;
      // the second send is also uncertain: settle it if we can, but never send a third time
      const second = await this.reconcile(body, retriedAt, options);
      if ('found' in second) return { ...second.found, attempts: 2 };
      throw error;
    }
  }

  private async reconcile(body: MessageCreateBody, sentAt: number, options: CallOptions): Promise<Reconciliation> {
    const byNonce = await this.o.reconciler.waitFor(body.nonce, this.o.nonceWaitMs ?? 1500, options.signal);
    if (byNonce !== null) return this.report(body.nonce, 'nonce', this.fromNonce(body.nonce, byNonce.msgId, byNonce.msgTimestamp ?? sentAt));
    let items: RecentMessage[];
    let me: string;
    try {
      me = await this.o.selfId(options);
      items = await this.o.listRecent(body.target_id, options);
    } catch {
      // a late echo still settles it; otherwise the outcome stays unknown
      const late = this.o.reconciler.lookup(body.nonce);
      if (late !== undefined) return this.report(body.nonce, 'nonce', this.fromNonce(body.nonce, late.msgId, late.msgTimestamp ?? sentAt));
      this.o.emitter?.emit('reconciled', { nonce: body.nonce, outcome: 'unknown', at: this.o.clock.now() });
      return { unknown: true };
    }
    const window = this.o.matchWindowMs ?? 30_000;
    const now = this.o.clock.now();
    const match = items
      .filter((m) => m.author.id === me && m.content === body.content && !this.claimed.has(m.id))
      .filter((m) => m.create_at >= sentAt - window && m.create_at <= now + window)
      .sort((a, b) => Math.abs(a.create_at - sentAt) - Math.abs(b.create_at - sentAt))[0];
    if (match !== undefined) {
      this.claim(match.id);
      const found: CreatedMessageResult = { msg_id: match.id, msg_timestamp: match.create_at, nonce: body.nonce, reconciledBy: 'listing', attempts: 1 };
      this.o.emitter?.emit('reconciled', { nonce: body.nonce, outcome: 'listing', msgId: match.id, at: now });
      return { found };
    }
    const late = this.o.reconciler.lookup(body.nonce);
    if (late !== undefined) return this.report(body.nonce, 'nonce', this.fromNonce(body.nonce, late.msgId, late.msgTimestamp ?? sentAt));
    this.o.emitter?.emit('reconciled', { nonce: body.nonce, outcome: 'absent', at: now });
    return { absent: true };
  }

  private fromNonce(nonce: string, msgId: string, msgTimestamp: number): CreatedMessageResult {
    this.claim(msgId);
    return { msg_id: msgId, msg_timestamp: msgTimestamp, nonce, reconciledBy: 'nonce', attempts: 1 };
  }

  private claim(msgId: string): void {
    this.claimed.add(msgId);
    if (this.claimed.size > 500) {
      const oldest = this.claimed.values().next();
      if (oldest.done !== true) this.claimed.delete(oldest.value);
    }
  }

  private report(nonce: string, outcome: 'nonce', found: CreatedMessageResult): Reconciliation {
    this.o.emitter?.emit('reconciled', { nonce, outcome, msgId: found.msg_id, at: this.o.clock.now() });
    return { found };
  }
}
