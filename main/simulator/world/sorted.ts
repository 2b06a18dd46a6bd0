// Rank queries on a sorted list of removed indices, so paging past removals stays O(log n).

/** Number of elements <= v. */
export function countAtMost(sorted: readonly number[], v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? Infinity) <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function sortedHas(sorted: readonly number[], v: number): boolean {
  const i = countAtMost(sorted, v);
  return i > 0 && sorted[i - 1] === v;
}

export function sortedInsert(sorted: number[], v: number): void {
  if (sortedHas(sorted, v)) return;
  sorted.splice(countAtMost(sorted, v), 0, v);
}

/** The index of the o-th (0-based) integer >= 0 that is not in `removed`. */
export function nthKept(removed: readonly number[], o: number): number {
  let i = o;
  for (;;) {
    const next = o + countAtMost(removed, i);
    if (next === i) {
      if (!sortedHas(removed, i)) return i;
      i += 1;
    } else i = next;
  }
}
