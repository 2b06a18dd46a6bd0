// A virtualized list paged from the server: stable id keys, fixed row height, and the next page
// requested once the rendered rows come within `prefetch` of the end (members, cases).
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';

export interface PagedVirtualListOptions<T extends { id: string | number }> {
  items: readonly T[];
  rowHeight: number;
  overscan: number;
  /** How close to the end (in rows) the next page is requested. */
  prefetch: number;
  hasMore: boolean;
  loading: boolean;
  loadMore: () => Promise<void> | void;
}

export function usePagedVirtualList<T extends { id: string | number }>(o: PagedVirtualListOptions<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: o.items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => o.rowHeight,
    getItemKey: (i) => o.items[i]?.id ?? i,
    overscan: o.overscan,
  });
  const rows = virtualizer.getVirtualItems();
  const last = rows[rows.length - 1]?.index ?? -1;
  const { hasMore, loading, loadMore, prefetch } = o;
  const count = o.items.length;

  useEffect(() => {
    if (hasMore && !loading && last >= count - prefetch) void loadMore();
  }, [last, count, hasMore, loading, loadMore, prefetch]);

  return { scrollRef, virtualizer, rows };
}
