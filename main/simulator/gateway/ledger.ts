// Every event the gateway emits to a session or withholds from it (issue 2 "Ledger"), so tests can
// prove what a client received. Bounded: the oldest rows fall off past `capacity`.
import type { LedgerEntry } from '../core/gateway';

export class Ledger {
  private rows: LedgerEntry[] = [];
  private head = 0;

  constructor(private readonly capacity: number) {}

  record(entry: LedgerEntry): void {
    this.rows.push(entry);
    if (this.rows.length - this.head > this.capacity) this.head += 1;
    // Compact now and then instead of shifting per row.
    if (this.head > 4096 && this.head > this.rows.length / 2) {
      this.rows = this.rows.slice(this.head);
      this.head = 0;
    }
  }

  entries(sessionId?: string): LedgerEntry[] {
    const live = this.rows.slice(this.head);
    return sessionId === undefined ? live : live.filter((row) => row.sessionId === sessionId);
  }

  clear(): void {
    this.rows = [];
    this.head = 0;
  }
}
