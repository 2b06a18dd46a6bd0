// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InspectorView } from '../../../../renderer/features/inspector/InspectorView';
import { JsonTree } from '../../../../renderer/features/inspector/JsonTree';
import { Sparkline, toPolyline } from '../../../../renderer/features/inspector/Sparkline';
import { StatusBar } from '../../../../renderer/features/status/StatusBar';
import { createAppStore, useAppStore } from '../../../../renderer/store';
import { fakeApi } from '../store/support/fakeApi';
import { sessionState } from '../store/support/fixtures';
import { renderWith } from '../store/support/render';
import { frame } from './support';

let restoreLayout: () => void = () => undefined;
beforeEach(() => {
  restoreLayout = fakeLayout();
});
afterEach(() => {
  cleanup();
  restoreLayout();
});

const inspectorApi = () => ({
  follow: vi.fn(async () => undefined),
  frames: vi.fn(async () => ({ items: [], total: 0, oldestSeq: null })),
  timeline: vi.fn(async () => [{ at: 1_700_000_000_000, from: 'CONNECTED', to: 'RESUME_CONNECT', reason: 'heartbeat timeout' }]),
  stats: vi.fn(async () => ({ eventsPerSecond: [{ at: 0, value: 1 }, { at: 1000, value: 4 }], rttMs: [{ at: 0, value: 40 }, { at: 1000, value: 48 }], counters: {}, markers: [{ at: 5, kind: 'gap' as const, fromSn: 3, toSn: 4 }] })),
  rest: vi.fn(async () => ({ buckets: [{ bucket: 'message/create', routes: ['message/create'], limit: 120, remaining: 117, resetAt: Date.now() + 5000, queued: 2, inFlight: 1 }], globalBlockedUntil: null, counters: { unauthorized: 0, rateLimited: 3, forbidden: 1 } })),
  raw: vi.fn(async ({ seq }: { seq: number }) => ({ seq, json: JSON.stringify({ s: 0, sn: seq, d: { content: '<img src=x onerror=alert(1)>', nested: { list: [1, true, null] } } }) })),
});

describe('JSON tree', () => {
  it('renders nested data as collapsible elements', () => {
    return renderWith(<JsonTree json={JSON.stringify({ a: { b: [1, 'two', null] } })} />, createAppStore(fakeApi())).then(() => {
      const tree = screen.getByRole('tree', { name: 'Raw JSON' });
      expect(tree.textContent).toContain('"two"');
      fireEvent.click(screen.getByRole('button', { name: 'Collapse a' }));
      expect(tree.textContent).not.toContain('"two"');
      fireEvent.click(screen.getByRole('button', { name: 'Expand a' }));
      expect(screen.getByRole('button', { name: 'Collapse b' })).toBeTruthy();
    });
  });

  it('is inert with hostile strings: text, never markup', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    await renderWith(<JsonTree json={JSON.stringify({ [hostile]: hostile })} />, createAppStore(fakeApi()));
    const tree = screen.getByRole('tree');
    expect(tree.querySelector('img')).toBeNull();
    expect(tree.querySelector('script')).toBeNull();
    expect(tree.textContent).toContain('<img src=x');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('shows text that is not JSON as text', async () => {
    await renderWith(<JsonTree json="<b>not json" />, createAppStore(fakeApi()));
    expect(screen.getByText('<b>not json')).toBeTruthy();
  });
});

describe('charts', () => {
  it('draws a series as an SVG polyline scaled to the box', async () => {
    expect(toPolyline([{ at: 0, value: 0 }, { at: 10, value: 5 }], 100, 20)).toBe('0,18 100,2');
    await renderWith(<Sparkline label="Events" points={[{ at: 0, value: 1 }, { at: 1, value: 2 }]} noData="none" latest={(v) => `now ${v}`} />, createAppStore(fakeApi()));
    const svg = screen.getByRole('img', { name: 'Events' });
    expect(svg.querySelector('polyline')?.getAttribute('points')).toMatch(/^0,/);
    expect(screen.getByText(/now 2/)).toBeTruthy();
  });
});

describe('inspector view', () => {
  it('lists frames with marker badges and shows a frame as a JSON tree', async () => {
    const api = inspectorApi();
    const store = createAppStore(fakeApi({ inspector: api }));
    await store.getState().openInspector();
    store.getState().applyInspectorFrames([frame(1), frame(2, { sn: 4, outcome: 'reordered' }), frame(3, { sn: 4, outcome: 'duplicate' })]);
    await renderWith(<InspectorView />, store);
    const list = screen.getByRole('list', { name: 'Gateway frames' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByLabelText('Gap: sn 2–3 missing before this frame')).toBeTruthy();
    expect(screen.getAllByLabelText('Duplicate').length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Frame 1, signal 0, delivered' }));
    const tree = await screen.findByRole('tree', { name: 'Raw JSON' });
    expect(tree.querySelector('img')).toBeNull();
    expect(screen.getByRole('button', { name: 'Copy JSON' })).toBeTruthy();
  });

  it('pauses with a counter of buffered frames', async () => {
    const store = createAppStore(fakeApi({ inspector: inspectorApi() }));
    await store.getState().openInspector();
    await renderWith(<InspectorView />, store);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    store.getState().applyInspectorFrames([frame(1), frame(2)]);
    expect(await screen.findByText('2 frames waiting')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    expect(within(screen.getByRole('list', { name: 'Gateway frames' })).getAllByRole('listitem')).toHaveLength(2);
  });

  it('shows the REST panel with budgets, queues and counters', async () => {
    const store = createAppStore(fakeApi({ inspector: inspectorApi() }));
    await store.getState().openInspector('rest');
    await renderWith(<InspectorView />, store);
    const table = screen.getByRole('table', { name: 'REST rate limits' });
    expect(table.textContent).toContain('117/120');
    expect(table.textContent).toMatch(/\d\.\d s/);
    expect(screen.getByText('429 rate limited').nextElementSibling?.textContent).toBe('3');
  });

  it('opens on the connection timeline from the status bar, in one click back', async () => {
    const store = createAppStore(fakeApi({ inspector: inspectorApi() }));
    store.setState({ session: sessionState() });
    await renderWith(<><StatusBar /><InspectorViewWhenOpen /></>, store);
    fireEvent.click(screen.getByRole('button', { name: /Open the connection timeline/ }));
    const timeline = await screen.findByRole('list', { name: 'Connection timeline' });
    expect(timeline.textContent).toContain('heartbeat timeout');
    expect(screen.getByRole('img', { name: 'Events per second (last 5 minutes)' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '← Back to the channel' }));
    expect(store.getState().inspectorOpen).toBe(false);
  });
});

function InspectorViewWhenOpen() {
  const open = useAppStore((s) => s.inspectorOpen);
  return open ? <InspectorView /> : null;
}

const SIZE = { width: 1000, height: 600 };
/** Sizes for TanStack Virtual in happy-dom; returns the restore. */
function fakeLayout(): () => void {
  const overrides: [object, string, PropertyDescriptor][] = [
    [HTMLElement.prototype, 'offsetHeight', { get: () => SIZE.height }],
    [HTMLElement.prototype, 'offsetWidth', { get: () => SIZE.width }],
    [HTMLElement.prototype, 'clientHeight', { get: () => SIZE.height }],
    [HTMLElement.prototype, 'clientWidth', { get: () => SIZE.width }],
    [Element.prototype, 'getBoundingClientRect', { value: () => DOMRect.fromRect(SIZE) }],
  ];
  const saved = overrides.map(([target, key]) => [target, key, Object.getOwnPropertyDescriptor(target, key)] as const);
  for (const [target, key, descriptor] of overrides) Object.defineProperty(target, key, { configurable: true, ...descriptor });
  return () => {
    for (const [target, key, descriptor] of saved) {
      if (descriptor) Object.defineProperty(target, key, descriptor);
      else Reflect.deleteProperty(target, key);
    }
  };
}
