import { describe, expect, it } from 'vitest';
import { makeClient, ok } from './fakes';

const member = (id: string) => ({ id, username: id });
const message = (id: number) => ({ id: `m${id}`, create_at: 1000 + id, author: { id: 'u' }, content: String(id) });

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('paged iterators', () => {
  it('walks pages 1..page_total, recomputing page_total from every response', async () => {
    const { client, fake } = makeClient();
    fake.handler = (call) => {
      const page = Number(call.url.searchParams.get('page'));
      // the list grows while we walk it: page 1 says 2 pages, page 2 says 3
      const pageTotal = page === 1 ? 2 : 3;
      return ok({ items: [member(`u${page}a`), member(`u${page}b`)], meta: { page, page_total: pageTotal, page_size: 2, total: 6 }, sort: {} });
    };
    const users = await collect(client.guilds.iterateUserList({ guild_id: 'g', page_size: 2, role_id: 5 }));
    expect(users.map((u) => u.id)).toEqual(['u1a', 'u1b', 'u2a', 'u2b', 'u3a', 'u3b']);
    expect(fake.calls.map((c) => c.url.searchParams.get('page'))).toEqual(['1', '2', '3']);
    expect(fake.calls.every((c) => c.url.searchParams.get('role_id') === '5')).toBe(true);
  });

  it('stops after one page when page_total is 1, and on an empty page', async () => {
    const { client, fake } = makeClient();
    fake.handler = () => ok({ items: [{ user_id: 'a', user: { id: 'a' } }], meta: { page_total: 1 } });
    expect(await collect(client.blacklist.iterateList({ guild_id: 'g' }))).toHaveLength(1);
    fake.handler = () => ok({ items: [], meta: { page_total: 9 } });
    expect(await collect(client.roles.iterateList({ guild_id: 'g' }))).toHaveLength(0);
    expect(fake.calls).toHaveLength(2);
  });
});

describe('message history cursors', () => {
  it('walks older: latest first, then flag=before the oldest create_at, stopping on a short page', async () => {
    const { client, fake } = makeClient();
    // ten messages m1..m10; pages of 4; order within a page deliberately scrambled
    fake.handler = (call) => {
      const ref = call.url.searchParams.get('msg_id');
      const below = ref === null ? 11 : Number(ref.slice(1));
      const ids = [below - 2, below - 4, below - 1, below - 3].filter((n) => n >= 1);
      return ok({ items: ids.map(message) });
    };
    const seen = await collect(client.messages.iterateHistory({ target_id: 'c', direction: 'older', page_size: 4 }));
    expect(seen.map((m) => m.id)).toEqual(['m10', 'm9', 'm8', 'm7', 'm6', 'm5', 'm4', 'm3', 'm2', 'm1']);
    expect(fake.calls.map((c) => [c.url.searchParams.get('msg_id'), c.url.searchParams.get('flag')])).toEqual([
      [null, null],
      ['m7', 'before'],
      ['m3', 'before'],
    ]);
  });

  it('walks newer with flag=after the newest create_at, deduplicating ids that repeat', async () => {
    const { client, fake } = makeClient();
    fake.handler = (call) => {
      const from = Number(call.url.searchParams.get('msg_id')?.slice(1));
      // each page repeats the reference and one message already seen
      const ids = [from, from + 3, from + 1, from + 2, from - 1].filter((n) => n <= 8);
      return ok({ items: ids.map(message) });
    };
    const seen = await collect(client.messages.iterateHistory({ target_id: 'c', direction: 'newer', from: 'm2', page_size: 5 }));
    expect(seen.map((m) => m.id)).toEqual(['m1', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8']);
    // full pages continue from the newest id; the short third page ends the walk
    expect(fake.calls.map((c) => [c.url.searchParams.get('msg_id'), c.url.searchParams.get('flag')])).toEqual([
      ['m2', 'after'],
      ['m5', 'after'],
      ['m8', 'after'],
    ]);
  });

  it('stops at once on an empty first page, and refuses to walk newer without a reference', async () => {
    const { client, fake } = makeClient();
    fake.handler = () => ok({ items: [] });
    expect(await collect(client.messages.iterateHistory({ target_id: 'c', direction: 'older' }))).toEqual([]);
    expect(fake.calls).toHaveLength(1);
    await expect(collect(client.messages.iterateHistory({ target_id: 'c', direction: 'newer' }))).rejects.toBeInstanceOf(TypeError);
  });
});
