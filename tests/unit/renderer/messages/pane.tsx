// Renders the message pane over a fake channel with the sizes a virtualizer needs (happy-dom lays nothing out).
import { vi } from 'vitest';
import { MessagePane } from '../../../../renderer/features/messages/MessagePane';
import { MessageContentProvider } from '../../../../renderer/features/messages/MessageContentProvider';
import { createAppStore } from '../../../../renderer/store';
import { fakeApi } from '../store/support/fakeApi';
import { GUILD, detail, sessionState } from '../store/support/fixtures';
import { renderWith } from '../store/support/render';
import { CHANNEL, channelHistory } from './support';

const VIEWPORT = { width: 600, height: 800 };

const ROW_PX = 40;

/** Height happy-dom would lay out: the scroll element shows 800 px, every row is 40 px. */
function heightOf(el: Element): number {
  return el.classList.contains('kd-history-row') ? ROW_PX : VIEWPORT.height;
}

/** Content height of the scroll element: its list's height. */
function scrollHeightOf(el: Element): number {
  const list = el.firstElementChild;
  return list instanceof HTMLElement ? Number.parseFloat(list.style.height) || 0 : heightOf(el);
}

/**
 * Lays out what the virtualizer reads (happy-dom lays out nothing): sizes, and programmatic
 * scrolls that fire a scroll event as browsers do. Returns the restore.
 */
export function fakeLayout(): () => void {
  const overrides: [object, string, PropertyDescriptor][] = [
    [HTMLElement.prototype, 'offsetHeight', { get(this: Element) { return heightOf(this); } }],
    [HTMLElement.prototype, 'clientHeight', { get(this: Element) { return heightOf(this); } }],
    [HTMLElement.prototype, 'clientWidth', { get: () => VIEWPORT.width }],
    [Element.prototype, 'scrollHeight', { get(this: Element) { return scrollHeightOf(this); } }],
    [Element.prototype, 'getBoundingClientRect', { value(this: Element) { return DOMRect.fromRect({ width: VIEWPORT.width, height: heightOf(this) }); } }],
    [Element.prototype, 'scrollTo', {
      value(this: Element, options: ScrollToOptions) {
        const max = Math.max(0, scrollHeightOf(this) - heightOf(this));
        this.scrollTop = Math.min(max, Math.max(0, options.top ?? this.scrollTop));
        queueMicrotask(() => this.dispatchEvent(new Event('scroll')));
      },
    }],
  ];
  const saved = overrides.map(([target, name]) => [target, name, Object.getOwnPropertyDescriptor(target, name)] as const);
  for (const [target, name, descriptor] of overrides) Object.defineProperty(target, name, { configurable: true, ...descriptor });
  return () => {
    for (const [target, name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(target, name, descriptor);
      else Reflect.deleteProperty(target, name);
    }
  };
}

export async function renderPane(total = 200) {
  const { all, list } = channelHistory(total);
  const del = vi.fn(async () => undefined);
  const view = vi.fn(async () => all[0]!);
  const api = fakeApi({ messages: { list, delete: del, view }, channels: { watch: vi.fn(async () => undefined) } });
  const store = createAppStore(api);
  store.setState({ session: sessionState(), selectedGuildId: GUILD.id, guildDetail: detail(), selectedChannelId: CHANNEL });
  const result = await renderWith(
    <MessageContentProvider>
      <MessagePane guildId={GUILD.id} channelId={CHANNEL} />
    </MessageContentProvider>,
    store,
  );
  return { ...result, store, list, del, view, all };
}
