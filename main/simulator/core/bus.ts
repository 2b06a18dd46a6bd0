// The world publishes every event it would send; the gateway decides who receives it.
import type { EventData } from '../../../shared/kook';

/**
 * Who may receive an event: everyone in a guild (GROUP events, EVENTS.md §1) or one user
 * (PERSON events: DMs and per-user system events, target_id = that user).
 */
export type Audience = { kind: 'guild'; guildId: string } | { kind: 'user'; userId: string };

export interface SimEvent {
  data: EventData;
  audience: Audience;
  /** Message type for chat, `extra.type` for system events: what the ledger calls the kind. */
  kind: string;
  /** The channel it concerns, where there is one (for the ledger and for per-channel faults). */
  channelId?: string;
}

export type SimEventListener = (event: SimEvent) => void;

export class EventBus {
  private readonly listeners = new Set<SimEventListener>();

  subscribe(listener: SimEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(event: SimEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
