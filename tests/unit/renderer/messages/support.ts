// Messages shaped like main's MessageView and a fake message/list over one channel's history.
import { vi } from 'vitest';
import type { MessagePage, MessageView } from '../../../../shared/ipc';

export const CHANNEL = '2002';
export const T0 = 1_700_000_000_000;

/** Message ids are UUID-like (schemas.ts messageId); `n` orders them. */
export function msgId(n: number): string {
  return `0000${n.toString(16).padStart(4, '0')}-aaaa-bbbb-cccc-000000000000`;
}

export function message(n: number, extra: Partial<MessageView> = {}): MessageView {
  return {
    id: msgId(n),
    type: 9,
    content: `message ${n}`,
    mention: [],
    mention_all: false,
    mention_roles: [],
    mention_here: false,
    create_at: T0 + n * 60_000,
    updated_at: 0,
    mention_info: { mention_part: [], mention_role_part: [], channel_part: [], item_part: [] },
    channel_id: CHANNEL,
    author: { id: `u${n % 3}`, username: `user${n % 3}`, identify_num: '0001', online: true, bot: false, status: 0, avatar: '', roles: [] },
    attachments: null,
    reactions: [],
    quote: null,
    ...extra,
  };
}

/** A channel of messages 1..total answering message/list like KOOK (before/after exclude the anchor). */
export function channelHistory(total: number) {
  const all = Array.from({ length: total }, (_, i) => message(i + 1));
  const list = vi.fn(async (args: { channelId: string; flag?: 'before' | 'after' | 'around'; msgId?: string; pageSize?: number }): Promise<MessagePage> => {
    const size = args.pageSize ?? 50;
    const at = args.msgId === undefined ? -1 : all.findIndex((m) => m.id === args.msgId);
    let items: MessageView[];
    if (args.flag === undefined) items = all.slice(-size);
    else if (at < 0) items = [];
    else if (args.flag === 'before') items = all.slice(Math.max(0, at - size), at);
    else if (args.flag === 'after') items = all.slice(at + 1, at + 1 + size);
    else items = all.slice(Math.max(0, at - Math.floor(size / 2)), at + Math.ceil(size / 2));
    return { channelId: args.channelId, items, flag: args.flag ?? 'latest', anchorId: args.msgId ?? null, pageSize: size };
  });
  return { all, list };
}

/** A promise with its resolver, to hold a page in flight. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
