// Standard pagination (PROTOCOL.md "Pagination"): page from 1, page_size default 50,
// clamped to 50, meta {page, page_total, page_size, total}.
import type { Paged } from '../../../shared/kook';

export const PAGE_SIZE_MAX = 50;

export interface PageQuery {
  page?: number | undefined;
  page_size?: number | undefined;
}

export function pageWindow(q: PageQuery): { page: number; size: number; offset: number } {
  const page = q.page ?? 1;
  const size = Math.min(q.page_size ?? 50, PAGE_SIZE_MAX);
  return { page, size, offset: (page - 1) * size };
}

export function pagedResult<T>(items: T[], total: number, q: PageQuery, sort: Record<string, 1 | -1> = {}): Paged<T> {
  const { page, size } = pageWindow(q);
  return { items, meta: { page, page_total: Math.ceil(total / size), page_size: size, total }, sort };
}

export function pageOf<T>(all: readonly T[], q: PageQuery): Paged<T> {
  const { offset, size } = pageWindow(q);
  return pagedResult(all.slice(offset, offset + size), all.length, q);
}
