// Actions by others, recorded from the events KOOK sends (EVENTS.md §4.3, §4.5, §7): bans and
// unbans name their operator; exited_guild is a leave OR a kick with no operator. Events caused
// by Kookdesk's own actions are skipped. A ban also removes the member, so an exit is held
// briefly and dropped if a ban of the same user follows (the order is not documented).
import type { EventData } from '../../shared/kook';
import type { ActionEnv } from './env';

interface SystemEvent {
  type: string;
  body: Record<string, unknown>;
}

function systemEvent(data: EventData): SystemEvent | null {
  if (data.type !== 255 || typeof data.extra !== 'object' || data.extra === null) return null;
  const type = Reflect.get(data.extra, 'type');
  const body = Reflect.get(data.extra, 'body');
  if (typeof type !== 'string' || typeof body !== 'object' || body === null) return null;
  return { type, body: Object.fromEntries(Object.entries(body)) };
}

const str = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
const ids = (v: unknown): string[] => (Array.isArray(v) ? v.map(str).filter((s) => s !== '') : typeof v === 'string' && v ? [v] : []);

export class ExternalEvents {
  private readonly heldExits = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly env: ActionEnv,
    private readonly exitGraceMs: number,
    private readonly onAddedChannel: (guildId: string, channelId: string) => void,
    private readonly onGuildChanged: (guildId: string) => void,
  ) {}

  handle(data: EventData): void {
    const ev = systemEvent(data);
    if (!ev) return;
    const guildId = data.target_id;
    switch (ev.type) {
      case 'added_block_list':
        for (const userId of ids(ev.body.user_id)) {
          this.dropExit(guildId, userId);
          if (this.env.own.consume('ban', guildId, userId)) continue;
          this.record(guildId, 'external.ban', userId, str(ev.body.operator_id), str(ev.body.remark));
        }
        return;
      case 'deleted_block_list':
        for (const userId of ids(ev.body.user_id)) {
          if (this.env.own.consume('unban', guildId, userId)) continue;
          this.record(guildId, 'external.unban', userId, str(ev.body.operator_id), null);
        }
        return;
      case 'exited_guild': {
        const userId = str(ev.body.user_id);
        if (!userId || this.env.own.consume('leave', guildId, userId)) return;
        this.holdExit(guildId, userId);
        return;
      }
      case 'added_channel':
        this.onGuildChanged(guildId);
        if (str(ev.body.type) === '1') this.onAddedChannel(guildId, str(ev.body.id));
        return;
      case 'updated_channel':
      case 'deleted_channel':
      case 'added_role':
      case 'updated_role':
      case 'deleted_role':
      case 'updated_guild':
        this.onGuildChanged(guildId);
        return;
      default:
    }
  }

  stop(): void {
    for (const t of this.heldExits.values()) clearTimeout(t);
    this.heldExits.clear();
  }

  private holdExit(guildId: string, userId: string): void {
    const key = `${guildId}:${userId}`;
    this.dropExit(guildId, userId);
    const t = setTimeout(() => {
      this.heldExits.delete(key);
      this.record(guildId, 'external.leaveOrKick', userId, null, null);
    }, this.exitGraceMs);
    t.unref?.();
    this.heldExits.set(key, t);
  }

  private dropExit(guildId: string, userId: string): void {
    const key = `${guildId}:${userId}`;
    const t = this.heldExits.get(key);
    if (t !== undefined) clearTimeout(t);
    this.heldExits.delete(key);
    this.env.facts.invalidateMember(guildId, userId);
  }

  private record(guildId: string, action: 'external.ban' | 'external.unban' | 'external.leaveOrKick', userId: string, operator: string | null, remark: string | null): void {
    this.env.record({
      guildId, action, targetId: userId, targetName: null, reason: remark || null,
      // KOOK names the operator for bans; a leave-or-kick has none (EVENTS.md §7).
      actor: operator || 'unknown', createdAt: this.env.now(), result: { ok: true }, durationMs: null, expiresAt: null,
      evidence: operator ? { before: { operatorId: operator } } : null, undoable: false,
    });
  }
}
