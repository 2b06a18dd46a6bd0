// message/list (cursor paging, REST.md B.6) and message/view. Pages are oldest→newest;
// `before`/`after` exclude the reference, `around` includes it roughly centred.
import type { Message } from '../../../../shared/kook';
import { fail } from '../../core/errors';
import { requirePerm } from '../perms';
import { toMessage } from '../serialize';
import type { Sim } from '../sim';
import type { ChannelRec, MsgRec } from '../state';

export const MESSAGE_PAGE_MAX = 100;

export interface ListMessagesParams {
  target_id: string;
  msg_id?: string | undefined;
  flag?: 'before' | 'around' | 'after' | undefined;
  pin?: boolean | undefined;
  page_size?: number | undefined;
}

/** Up to `n` live messages going backwards from `from` (inclusive), newest first. */
export function walkBack(sim: Sim, ch: ChannelRec, from: number, n: number): MsgRec[] {
  const out: MsgRec[] = [];
  for (let i = from; i >= 0 && out.length < n; i--) {
    const rec = sim.msg(ch, i);
    if (rec) out.push(rec);
  }
  return out;
}

export function walkForward(sim: Sim, ch: ChannelRec, from: number, n: number): MsgRec[] {
  const out: MsgRec[] = [];
  const last = sim.lastIndex(ch);
  for (let i = from; i <= last && out.length < n; i++) {
    const rec = sim.msg(ch, i);
    if (rec) out.push(rec);
  }
  return out;
}

export function selectMessages(sim: Sim, ch: ChannelRec, p: ListMessagesParams): MsgRec[] {
  const size = p.page_size ?? 50;
  if (size > MESSAGE_PAGE_MAX) throw fail.param('page_size', `must be at most ${MESSAGE_PAGE_MAX}`);
  if (p.pin) {
    const pinned = ch.msgs.pins.map((i) => sim.msg(ch, i)).filter((m): m is MsgRec => m !== null);
    return pinned.sort((a, b) => a.create_at - b.create_at).slice(-size);
  }
  if (p.msg_id === undefined || p.msg_id === '') return walkBack(sim, ch, sim.lastIndex(ch), size).reverse();
  const ref = sim.findMessage(p.msg_id);
  if (!ref || ref.ch.id !== ch.id) throw fail.param('msg_id', 'is not a message of this channel');
  const flag = p.flag ?? 'before';
  if (flag === 'before') return walkBack(sim, ch, ref.idx - 1, size).reverse();
  if (flag === 'after') return walkForward(sim, ch, ref.idx + 1, size);
  const older = Math.floor((size - 1) / 2);
  return [...walkBack(sim, ch, ref.idx - 1, older).reverse(), ref.rec, ...walkForward(sim, ch, ref.idx + 1, size - 1 - older)];
}

export function listMessages(sim: Sim, actorId: string, origin: string, p: ListMessagesParams): { items: Message[] } {
  const ch = sim.channel(p.target_id);
  requirePerm(sim, sim.guild(ch.guild_id), actorId, [11], ch);
  return { items: selectMessages(sim, ch, p).map((rec) => toMessage(sim, ch, rec, origin, actorId)) };
}

export function viewMessage(sim: Sim, actorId: string, origin: string, p: { msg_id: string }): Message {
  const { ch, rec } = sim.requireMessage(p.msg_id);
  requirePerm(sim, sim.guild(ch.guild_id), actorId, [11], ch);
  return toMessage(sim, ch, rec, origin, actorId, true);
}
