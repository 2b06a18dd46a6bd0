// The reader's scroll position over a RowLayout, and the one thing it holds still while rows
// change (STYLE.md "From Mattermost": a chat list is anchored, not merely virtualized):
// - bottom: the newest row stays in view (the reader is at the end; live messages follow);
// - anchor: the top visible row keeps its distance from the top (older pages prepend, rows above
//   get measured or load images, nothing the reader looks at moves);
// - centre: a jump target stays centred while its neighbours are measured and images load,
//   until the reader scrolls or the highlight ends.
// Rows are positioned here, straight in the DOM: a measurement moves rows without a React render;
// React renders only when the rows in view change. New rows are measured in the same commit that
// mounts them, so the first frame painted is already the final one (no re-centring a frame later).
import { RowLayout } from './rowLayout';

export type Hold = { kind: 'bottom' } | { kind: 'anchor'; key: string; delta: number } | { kind: 'centre'; key: string; until: number };

export interface RowRange {
  first: number;
  /** Inclusive; -1 when there are no rows. */
  last: number;
}

/** Within this distance of the end the reader is at the bottom (and follows new rows). */
const BOTTOM_PX = 24;
/** Rows kept rendered beyond each edge of the view. */
const OVERSCAN_PX = 160;
/** …and while a jump is centred (enough to absorb estimates a little off). */
const JUMP_OVERSCAN_PX = 80;

export interface ViewportHost {
  /** Index of a row by key in the current rows, or -1. */
  locate(key: string): number;
  /** Whether a row can anchor the view (a message: gap rows stay at the edges while pages land). */
  canAnchor(key: string): boolean;
  /** The rows in view changed: render them (synchronously when `now`, e.g. before a paint). */
  renderRange(now: boolean): void;
  /** The reader scrolled (or was scrolled): edges, the "Jump to latest" state. */
  scrolled(): void;
}

export class HistoryViewport {
  readonly layout = new RowLayout();
  hold: Hold = { kind: 'bottom' };
  private el: HTMLDivElement | null = null;
  private container: HTMLDivElement | null = null;
  private viewportPx = 0;
  /**
   * The scroll element's scrollTop as last read in a scroll event or left by our own write:
   * reading it from the DOM after rows were placed would force a layout.
   */
  private top = 0;
  /** The scrollTop our last write left, until its scroll event comes back. */
  private written: number | null = null;
  private rendered: RowRange = { first: 0, last: -1 };
  private readonly rows = new Map<string, HTMLElement>();
  private readonly placed = new WeakMap<HTMLElement, number>();
  private readonly fresh = new Set<HTMLElement>();
  private placedHeight = -1;
  /** The hold was not applied after the last render: the ResizeObserver's next call applies it. */
  private holdPending = false;
  private readonly observer: ResizeObserver | null;

  constructor(private readonly host: ViewportHost) {
    this.observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver((entries) => this.resized(entries));
  }

  attach(el: HTMLDivElement | null): void {
    if (this.el !== null) this.observer?.unobserve(this.el);
    this.el = el;
    if (el === null) return;
    this.viewportPx = el.clientHeight;
    this.top = el.scrollTop;
    this.observer?.observe(el);
  }

  attachContainer(el: HTMLDivElement | null): void {
    this.container = el;
    this.placedHeight = -1;
  }

  private readonly refs = new Map<string, (el: HTMLElement | null) => void>();

  /** A stable ref callback per row key (a new function each render would re-attach every row). */
  rowRef(key: string): (el: HTMLElement | null) => void {
    let ref = this.refs.get(key);
    if (ref === undefined) {
      ref = (el) => {
        this.row(key, el);
        if (el === null) this.refs.delete(key);
      };
      this.refs.set(key, ref);
    }
    return ref;
  }

  private row(key: string, el: HTMLElement | null): void {
    const before = this.rows.get(key);
    if (before !== undefined && before !== el) {
      this.observer?.unobserve(before);
      this.fresh.delete(before);
      this.rows.delete(key);
    }
    if (el === null) return;
    if (before === el) return;
    el.dataset.rowKey = key;
    this.rows.set(key, el);
    this.fresh.add(el);
    this.observer?.observe(el);
  }

  /** The top the reader should see now, from the hold (what a render lays out). */
  intendedTop(): number {
    return this.clamp(this.wantedTop());
  }

  /** The hold's top before clamping to the scroll range. */
  private wantedTop(): number {
    const hold = this.hold;
    if (hold.kind === 'bottom') return Number.POSITIVE_INFINITY;
    const index = this.host.locate(hold.key);
    if (index < 0) return this.top;
    if (hold.kind === 'anchor') return this.layout.start(index) - hold.delta;
    return this.layout.start(index) + this.layout.size(index) / 2 - this.viewportPx / 2;
  }

  /** Rows to render for a view starting at `top`. */
  rangeAt(top: number): RowRange {
    const n = this.layout.count;
    if (n === 0) return { first: 0, last: -1 };
    // A jump being centred renders little beyond the view: its rows all mount at once (the
    // around page is new), and the reader's first scroll brings the full margin back.
    const margin = this.hold.kind === 'centre' ? JUMP_OVERSCAN_PX : OVERSCAN_PX;
    return { first: this.layout.indexAt(Math.max(top - margin, 0)), last: this.layout.indexAt(top + this.viewportPx + margin) };
  }

  /** What a render shows: remembered, so later scrolls and measurements know when it must change. */
  renderRangeFor(): RowRange {
    this.rendered = this.rangeAt(this.intendedTop());
    return this.rendered;
  }

  /**
   * After a commit (layout effect): place every rendered row and apply the hold. Returns true
   * when the rows in view changed and another render is due.
   * Rows it mounted are measured here (one forced layout) when the first frame must already be
   * right and the work is better done before it: a jump being centred, rows prepended above an
   * anchor. At the bottom (opening a channel, live messages every frame) the ResizeObserver
   * measures them after the frame's own layout and the bottom is applied there, before that
   * frame is painted: no layout is forced per frame of live traffic.
   */
  afterRender(): boolean {
    const deferred = this.hold.kind === 'bottom' && this.fresh.size > 0 && this.observer !== null;
    if (!deferred) {
      this.measureFresh();
      this.place();
      this.applyHold();
      return this.needsRange(this.top);
    }
    this.place();
    this.holdPending = true;
    // Judged where the view is about to be once the observer has measured.
    return this.needsRange(this.intendedTop());
  }

  /** The reader took over (wheel, touch, keys): a jump's centring must not fight them. */
  release(): void {
    if (this.hold.kind === 'centre') this.hold = this.holdFromPosition();
  }

  /** Holds the bottom: opening a channel, "Jump to latest". */
  toBottom(): void {
    this.hold = { kind: 'bottom' };
  }

  centre(key: string, forMs: number): void {
    this.hold = { kind: 'centre', key, until: performance.now() + forMs };
  }

  distanceFromBottom(): number {
    const el = this.el;
    if (el === null) return 0;
    return Math.max(this.layout.total() - this.viewportPx - this.top, 0);
  }

  scrollTop(): number {
    return this.top;
  }

  /** The scroll element's scroll event. */
  onScroll(): void {
    const el = this.el;
    if (el === null) return;
    const top = el.scrollTop;
    this.top = top;
    // Our own write coming back as an event changes nothing; anything else is the reader.
    if (this.written === null || Math.abs(top - this.written) > 1) this.hold = this.holdFromPosition();
    this.written = null;
    if (this.needsRange(this.top)) this.host.renderRange(true);
    this.host.scrolled();
  }

  dispose(): void {
    this.observer?.disconnect();
    this.rows.clear();
    this.fresh.clear();
  }

  private holdFromPosition(): Hold {
    const el = this.el;
    if (el === null || this.layout.count === 0) return { kind: 'bottom' };
    const top = this.top;
    if (this.layout.total() - this.viewportPx - top <= BOTTOM_PX) return { kind: 'bottom' };
    let index = this.layout.indexAt(top);
    let key = this.layout.keyAt(index);
    while (key !== undefined && !this.host.canAnchor(key) && this.layout.start(index + 1) < top + this.viewportPx) {
      index += 1;
      key = this.layout.keyAt(index);
    }
    return key === undefined ? { kind: 'bottom' } : { kind: 'anchor', key, delta: this.layout.start(index) - top };
  }

  private clamp(top: number): number {
    return Math.min(Math.max(top, 0), Math.max(this.layout.total() - this.viewportPx, 0));
  }

  private measureFresh(): void {
    if (this.fresh.size === 0) return;
    for (const el of this.fresh) this.measure(el, el.getBoundingClientRect().height);
    this.fresh.clear();
  }

  private measure(el: Element, px: number): boolean {
    const key = el instanceof HTMLElement ? el.dataset.rowKey : undefined;
    if (key === undefined || px <= 0) return false;
    const index = this.indexOfRendered(key);
    return index >= 0 && this.layout.setSize(index, px);
  }

  /** A rendered row's index: it is within the rendered range, checked there first. */
  private indexOfRendered(key: string): number {
    for (let i = this.rendered.first; i <= this.rendered.last; i += 1) if (this.layout.keyAt(i) === key) return i;
    return this.host.locate(key);
  }

  private place(): void {
    const total = this.layout.total();
    if (this.container !== null && total !== this.placedHeight) {
      this.container.style.height = `${total}px`;
      this.placedHeight = total;
    }
    for (const [key, el] of this.rows) {
      const index = this.indexOfRendered(key);
      if (index < 0) continue;
      const top = this.layout.start(index);
      if (this.placed.get(el) === top) continue;
      this.placed.set(el, top);
      el.style.transform = `translateY(${top}px)`;
    }
  }

  private applyHold(): void {
    const el = this.el;
    if (el === null) return;
    if (this.hold.kind === 'centre' && performance.now() > this.hold.until) this.hold = this.holdFromPosition();
    const wanted = this.wantedTop();
    const top = this.clamp(wanted);
    if (Math.abs(this.top - top) > 0.5) {
      el.scrollTo({ top });
      // Read right after the write, whose layout is still fresh: the browser's clamped value.
      this.top = el.scrollTop;
      this.written = this.top;
    }
    // An anchor taken from estimated sizes can ask for more than the scroll range once rows are
    // measured (the top row was a guess): the reader sees the edge, and that is the new anchor.
    if (this.hold.kind === 'anchor' && Math.abs(wanted - top) > 0.5) this.hold = this.holdFromPosition();
  }

  private needsRange(top: number): boolean {
    const has = this.rendered;
    if (this.layout.count === 0) return has.last >= 0;
    // Re-render when a row in view is not rendered, or far more is rendered than the view needs.
    const first = this.layout.indexAt(top);
    const last = this.layout.indexAt(top + this.viewportPx);
    if (first < has.first || last > has.last) return true;
    const want = this.rangeAt(top);
    return has.last - has.first > 3 * (want.last - want.first + 1);
  }

  private resized(entries: readonly ResizeObserverEntry[]): void {
    let changed = false;
    for (const entry of entries) {
      const px = entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height;
      if (entry.target === this.el) {
        if (px !== this.viewportPx) {
          this.viewportPx = this.el.clientHeight;
          changed = true;
        }
        continue;
      }
      if (entry.target instanceof HTMLElement) this.fresh.delete(entry.target);
      if (this.measure(entry.target, px)) changed = true;
    }
    if (!changed && !this.holdPending) return;
    this.holdPending = false;
    this.place();
    this.applyHold();
    if (this.needsRange(this.top)) this.host.renderRange(true);
  }
}
