import { useContentServices } from '../ContentContext';
import { useContentText } from '../useContentText';

/** Type 12 content: `{type:"item", data:{user_id, target_id, item_id}}`, as an object or JSON (EVENTS.md). */
export interface ItemUse {
  userId: string;
  targetId: string;
  itemId: string;
}

const ID = /^[\w-]{1,64}$/;

export function readItemUse(content: unknown): ItemUse | null {
  let value = content;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (typeof value !== 'object' || value === null || !('data' in value)) return null;
  const data = value.data;
  if (typeof data !== 'object' || data === null) return null;
  const field = (key: string): string | null => {
    const raw: unknown = key in data ? Reflect.get(data, key) : undefined;
    const text = typeof raw === 'number' ? String(raw) : raw;
    return typeof text === 'string' && ID.test(text) ? text : null;
  };
  const userId = field('user_id');
  const targetId = field('target_id');
  const itemId = field('item_id');
  return userId && targetId && itemId ? { userId, targetId, itemId } : null;
}

export function ItemMessage({ item }: { item: ItemUse }) {
  const t = useContentText();
  const { resolveUser } = useContentServices();
  const user = resolveUser(item.userId)?.name ?? item.userId;
  const target = resolveUser(item.targetId)?.name ?? item.targetId;
  return <div className="kd-md-item">{t('itemUsed', { user, target, item: item.itemId })}</div>;
}
