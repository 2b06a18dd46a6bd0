// Where every row of the reader's block sits: one size per row (measured, else estimated) and
// their running sums, in typed arrays. Rebuilding after a page or live messages reuses the sizes
// of the rows both lists share at their start (appends) and at their end (prepends), so 20,000
// live messages cost a comparison of references per frame, not a lookup per row
// (ARCHITECTURE.md: "no copying of 100k-entry structures per event" — here, no re-measuring).

export class RowLayout {
  private keys: readonly string[] = [];
  private sizes = new Float64Array(0);
  /** starts[i] is row i's top; starts[count] the total height. Valid below `validTo`. */
  private starts = new Float64Array(1);
  private validTo = 0;
  /** Measured sizes by row key, kept across blocks (a jump back shows rows where they were). */
  private readonly measured = new Map<string, number>();

  get count(): number {
    return this.keys.length;
  }

  keyAt(index: number): string | undefined {
    return this.keys[index];
  }

  /** The rows changed: new keys, sizes reused where the rows are the same. */
  setRows(keys: readonly string[], estimate: (key: string) => number): void {
    if (keys === this.keys) return;
    const old = this.keys;
    const oldSizes = this.sizes;
    const n = keys.length;
    const sizes = new Float64Array(n);
    let head = 0;
    const shortest = Math.min(n, old.length);
    while (head < shortest && keys[head] === old[head]) head += 1;
    sizes.set(oldSizes.subarray(0, head));
    let tail = 0;
    while (tail < shortest - head && keys[n - 1 - tail] === old[old.length - 1 - tail]) tail += 1;
    if (tail > 0) sizes.set(oldSizes.subarray(old.length - tail), n - tail);
    for (let i = head; i < n - tail; i += 1) {
      const key = keys[i] ?? '';
      sizes[i] = this.measured.get(key) ?? estimate(key);
    }
    this.keys = keys;
    this.sizes = sizes;
    if (this.starts.length < n + 1) {
      const grown = new Float64Array(Math.max(n + 1, this.starts.length * 2));
      grown.set(this.starts.subarray(0, Math.min(this.validTo + 1, this.starts.length)));
      this.starts = grown;
    }
    // Rows before the first changed one keep their tops.
    this.validTo = Math.min(this.validTo, head);
  }

  /** A row was measured; true when its size changed. */
  setSize(index: number, px: number): boolean {
    const key = this.keys[index];
    if (key === undefined) return false;
    this.measured.set(key, px);
    if (this.sizes[index] === px) return false;
    this.sizes[index] = px;
    this.validTo = Math.min(this.validTo, index);
    return true;
  }

  size(index: number): number {
    return this.sizes[index] ?? 0;
  }

  start(index: number): number {
    const i = Math.max(0, Math.min(index, this.keys.length));
    this.settle(i);
    return this.starts[i] ?? 0;
  }

  total(): number {
    return this.start(this.keys.length);
  }

  /** The row covering `offset` (the last row when past the end, 0 when empty). */
  indexAt(offset: number): number {
    const n = this.keys.length;
    if (n === 0) return 0;
    this.settle(n);
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private settle(upTo: number): void {
    if (upTo <= this.validTo) return;
    let at = this.starts[this.validTo] ?? 0;
    for (let i = this.validTo; i < upTo; i += 1) {
      at += this.sizes[i] ?? 0;
      this.starts[i + 1] = at;
    }
    this.validTo = upTo;
  }
}
