// Async iterators over KOOK's two kinds of lists (PROTOCOL.md "Pagination", REST.md B.6).

/** The part of a standard paged `data` the iterator needs. */
export interface PageLike<T> {
  items: T[];
  meta: { page_total: number };
}

/**
 * Pages 1..page_total, `page_total` recomputed from every response (khl.py), so a list that grows
 * or shrinks while we walk it is followed. Stops on an empty page as a guard.
 */
export async function* paginate<T>(fetchPage: (page: number) => Promise<PageLike<T>>): AsyncGenerator<T, void, undefined> {
  let page = 1;
  for (;;) {
    const result = await fetchPage(page);
    yield* result.items;
    if (result.items.length === 0 || page >= result.meta.page_total) return;
    page += 1;
  }
}

export type HistoryDirection = 'older' | 'newer';

export interface CursorMessage {
  id: string;
  create_at: number;
}

export interface CursorQuery {
  msg_id?: string;
  flag?: 'before' | 'after';
  page_size: number;
}

/**
 * Walks message/list from a reference message. Order within a page is undocumented, so each page
 * is sorted by create_at; the next cursor is the oldest id (older, flag=before) or the newest id
 * (newer, flag=after) (Kook.Net). Stops on a short page or a page with nothing new; ids are
 * deduplicated. Yields newest→oldest when walking older, oldest→newest when walking newer.
 * Without `from`, walking older starts at the latest messages; walking newer needs a reference.
 */
export async function* walkMessages<T extends CursorMessage>(
  fetchPage: (query: CursorQuery) => Promise<T[]>,
  direction: HistoryDirection,
  options: { from?: string; pageSize?: number } = {},
): AsyncGenerator<T, void, undefined> {
  const pageSize = options.pageSize ?? 50;
  const flag = direction === 'older' ? 'before' : 'after';
  const seen = new Set<string>();
  let cursor = options.from;
  if (cursor === undefined && direction === 'newer') throw new TypeError('walking newer messages needs a reference msg_id');
  for (;;) {
    const items = await fetchPage(cursor === undefined ? { page_size: pageSize } : { msg_id: cursor, flag, page_size: pageSize });
    const fresh: T[] = [];
    for (const m of items) {
      if (seen.has(m.id) || m.id === cursor) continue;
      seen.add(m.id);
      fresh.push(m);
    }
    fresh.sort((a, b) => (direction === 'older' ? b.create_at - a.create_at : a.create_at - b.create_at));
    yield* fresh;
    const last = fresh[fresh.length - 1];
    if (items.length < pageSize || last === undefined) return;
    cursor = last.id;
  }
}
