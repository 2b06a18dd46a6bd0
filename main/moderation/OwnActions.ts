// What Kookdesk itself just did, so the events its own actions cause (added_block_list,
// deleted_block_list, exited_guild) are not recorded a second time as actions by others.
export type OwnKind = 'ban' | 'unban' | 'leave';

export class OwnActions {
  private readonly recent = new Map<string, number>();

  constructor(
    private readonly now: () => number,
    private readonly windowMs = 60_000,
  ) {}

  /** Noted BEFORE the request: KOOK may deliver the event before the HTTP answer. */
  note(kind: OwnKind, guildId: string, userId: string): void {
    this.prune();
    this.recent.set(`${kind}:${guildId}:${userId}`, this.now());
  }

  /** True once per noted action: the matching event is consumed. */
  consume(kind: OwnKind, guildId: string, userId: string): boolean {
    this.prune();
    return this.recent.delete(`${kind}:${guildId}:${userId}`);
  }

  private prune(): void {
    const cutoff = this.now() - this.windowMs;
    for (const [k, at] of this.recent) if (at < cutoff) this.recent.delete(k);
  }
}
