// The channel tree: categories in `level` order, each with its channels in `level` order;
// channels without a category (parent_id "" or "0", REST.md A.5) come first.
import type { ChannelView } from '../../../shared/ipc';

export interface ChannelGroup {
  category: ChannelView | null;
  channels: ChannelView[];
}

const byLevel = (a: ChannelView, b: ChannelView) => a.level - b.level || a.name.localeCompare(b.name);

export function buildChannelTree(channels: readonly ChannelView[]): ChannelGroup[] {
  const categories = channels.filter((c) => c.is_category).sort(byLevel);
  const ids = new Set(categories.map((c) => c.id));
  const children = new Map<string, ChannelView[]>();
  const loose: ChannelView[] = [];
  for (const c of channels) {
    if (c.is_category) continue;
    if (c.parent_id && ids.has(c.parent_id)) {
      const list = children.get(c.parent_id) ?? [];
      list.push(c);
      children.set(c.parent_id, list);
    } else loose.push(c);
  }
  const groups: ChannelGroup[] = [];
  if (loose.length > 0) groups.push({ category: null, channels: loose.sort(byLevel) });
  for (const category of categories) groups.push({ category, channels: (children.get(category.id) ?? []).sort(byLevel) });
  return groups;
}

/** Channel types (REST.md A.5): 1 text, 2 voice. */
export const isTextChannel = (c: ChannelView): boolean => !c.is_category && c.type !== 2;

export function firstTextChannelId(channels: readonly ChannelView[]): string | null {
  for (const group of buildChannelTree(channels)) {
    const text = group.channels.find(isTextChannel);
    if (text) return text.id;
  }
  return null;
}
