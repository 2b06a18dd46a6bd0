// Shared shape of every benchmark: rows for the human table, metrics for the one JSON line.

export interface BenchResult {
  rows: { name: string; value: number | string; unit?: string; target?: string }[];
  metrics: Record<string, number>;
}

export type Bench = () => Promise<BenchResult>;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return NaN;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

export function printTable(rows: BenchResult['rows']): void {
  const w = Math.max(...rows.map((r) => r.name.length), 10);
  console.log(`${'benchmark'.padEnd(w)}  ${'value'.padStart(12)}  unit      target`);
  for (const r of rows) {
    console.log(`${r.name.padEnd(w)}  ${String(r.value).padStart(12)}  ${(r.unit ?? '').padEnd(8)}  ${r.target ?? ''}`);
  }
}
