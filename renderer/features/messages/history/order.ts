// The one order of a channel's history: (create_at, id). KOOK does not document the order of
// message/list pages (../shared/kook/REST.md, ambiguity table "message/list order"), so every
// page is sorted here and nothing downstream relies on the wire order.

/** The least a history entry must carry; the renderer's view model carries more. */
export interface HistoryMessage {
  readonly id: string;
  readonly create_at: number;
  /** REST.md A.6: last edit in ms, 0 if never edited. */
  readonly updated_at?: number;
}

export type MessageKey = Pick<HistoryMessage, 'id' | 'create_at'>;

export function compareKeys(a: MessageKey, b: MessageKey): number {
  if (a.create_at !== b.create_at) return a.create_at < b.create_at ? -1 : 1;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

/** True when `incoming` is a strictly newer version than `current` (newest edit wins). */
export function isNewerVersion(incoming: HistoryMessage, current: HistoryMessage): boolean {
  return (incoming.updated_at ?? 0) > (current.updated_at ?? 0);
}

/** Sorted copy of a page without duplicate ids (a later duplicate only wins if it is newer). */
export function normalizePage<M extends HistoryMessage>(items: readonly M[], skip: ReadonlySet<string>): M[] {
  const byId = new Map<string, M>();
  for (const item of items) {
    if (skip.has(item.id)) continue;
    const seen = byId.get(item.id);
    if (seen === undefined || isNewerVersion(item, seen)) byId.set(item.id, item);
  }
  return [...byId.values()].sort(compareKeys);
}
