// The live world: state plus the lookups every operation needs. Generated members and
// messages are resolved on demand; mutations materialise them into the state's overlay.
import { fail } from '../core/errors';
import type { EventBus } from '../core/bus';
import { genMember, genMessage, genUser, userIdOf, userIndexOf } from './generate';
import { messageId, parseMessageId } from './ids';
import { nthKept, sortedHas, sortedInsert } from './sorted';
import type { ChannelRec, GuildRec, MemberRec, MsgRec, UserRec, WorldState } from './state';

export class Sim {
  origin = 'http://127.0.0.1:8765';
  dirty = false;

  constructor(
    public state: WorldState,
    readonly bus: EventBus,
  ) {}

  get seed(): number {
    return this.state.seed;
  }

  touch(): void {
    this.dirty = true;
  }

  // ---- users
  user(id: string): UserRec | null {
    const rec = this.state.users[id];
    if (rec) return rec;
    const idx = userIndexOf(this.state, id);
    return idx === null ? null : genUser(this.state, idx);
  }

  requireUser(id: string): UserRec {
    const u = this.user(id);
    if (!u) throw fail.notFound('user');
    return u;
  }

  mutableUser(id: string): UserRec {
    const u = this.requireUser(id);
    this.state.users[id] = u;
    return u;
  }

  // ---- guilds and members
  guild(id: string): GuildRec {
    const g = this.state.guilds[id];
    if (!g) throw fail.notFound('guild');
    return g;
  }

  channel(id: string): ChannelRec {
    const ch = this.state.channels[id];
    if (!ch) throw fail.notFound('channel');
    return ch;
  }

  /** The generated slot of a user in a guild, if it is still a member through it. */
  genIndex(g: GuildRec, userId: string): number | null {
    const u = userIndexOf(this.state, userId);
    if (u === null) return null;
    const i = u - g.gen.userStart;
    return i >= 0 && i < g.gen.count && !sortedHas(g.removedGen, i) ? i : null;
  }

  member(g: GuildRec, userId: string): MemberRec | null {
    const rec = g.members[userId];
    if (rec) return rec;
    const i = this.genIndex(g, userId);
    return i === null ? null : genMember(this.state, g, i);
  }

  mutableMember(g: GuildRec, userId: string): MemberRec {
    const m = this.member(g, userId);
    if (!m) throw fail.notFound('member');
    g.members[userId] = m;
    return m;
  }

  isMember(guildId: string, userId: string): boolean {
    const g = this.state.guilds[guildId];
    return g !== undefined && this.member(g, userId) !== null;
  }

  memberCount(g: GuildRec): number {
    return g.gen.count - g.removedGen.length + g.added.length;
  }

  /** The user at `offset` in join order (generated members first, then later joins). */
  memberAt(g: GuildRec, offset: number): string | null {
    const kept = g.gen.count - g.removedGen.length;
    if (offset < 0) return null;
    if (offset < kept) return userIdOf(this.state, g.gen.userStart + nthKept(g.removedGen, offset));
    return g.added[offset - kept] ?? null;
  }

  addMember(g: GuildRec, userId: string, rec: MemberRec): void {
    g.members[userId] = rec;
    g.added.push(userId);
    if (this.user(userId)?.online) g.onlineCount += 1;
    this.touch();
  }

  removeMember(g: GuildRec, userId: string): boolean {
    if (!this.member(g, userId)) return false;
    const i = this.genIndex(g, userId);
    if (i !== null) sortedInsert(g.removedGen, i);
    const at = g.added.indexOf(userId);
    if (at >= 0) g.added.splice(at, 1);
    delete g.members[userId];
    if (this.user(userId)?.online) g.onlineCount -= 1;
    g.mutes.mic = g.mutes.mic.filter((id) => id !== userId);
    g.mutes.headset = g.mutes.headset.filter((id) => id !== userId);
    this.touch();
    return true;
  }

  guildsOf(userId: string): GuildRec[] {
    return this.state.guildOrder.map((id) => this.guild(id)).filter((g) => this.member(g, userId) !== null);
  }

  // ---- messages
  lastIndex(ch: ChannelRec): number {
    return ch.msgs.gen + ch.msgs.added.length - 1;
  }

  msg(ch: ChannelRec, idx: number): MsgRec | null {
    const m = ch.msgs;
    if (idx < 0 || m.deleted[idx]) return null;
    const over = m.overlay[idx];
    if (over) return over;
    if (idx < m.gen) return genMessage(this.state, this.guild(ch.guild_id), ch, idx);
    return m.added[idx - m.gen] ?? null;
  }

  mutableMsg(ch: ChannelRec, idx: number): MsgRec {
    const rec = this.msg(ch, idx);
    if (!rec) throw fail.notFound('message');
    if (idx < ch.msgs.gen) ch.msgs.overlay[idx] = rec;
    this.touch();
    return rec;
  }

  msgId(ch: ChannelRec, idx: number): string {
    return messageId(this.seed, ch.serial, idx);
  }

  findMessage(msgId: string): { ch: ChannelRec; idx: number; rec: MsgRec } | null {
    const parsed = parseMessageId(this.seed, msgId);
    if (!parsed) return null;
    const ch = this.state.channels[this.state.serials[parsed.serial] ?? ''];
    if (!ch) return null;
    const rec = this.msg(ch, parsed.index);
    return rec ? { ch, idx: parsed.index, rec } : null;
  }

  requireMessage(msgId: string): { ch: ChannelRec; idx: number; rec: MsgRec } {
    const found = this.findMessage(msgId);
    if (!found) throw fail.notFound('message');
    return found;
  }

  /** A live timestamp, strictly increasing per channel. */
  nextTs(ch: { msgs: { lastTs: number } }): number {
    const ts = Math.max(Date.now(), ch.msgs.lastTs + 1);
    ch.msgs.lastTs = ts;
    return ts;
  }

  messageCount(ch: ChannelRec): number {
    return ch.msgs.gen + ch.msgs.added.length - ch.msgs.deletedCount;
  }

  nextSerial(): number {
    this.state.counters.serial += 1;
    return this.state.counters.serial;
  }
}
