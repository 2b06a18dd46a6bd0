// `npm run bench`: runs every benchmark in turn, prints a table, and as the very last line one
// JSON object with every metric the issues name. Select some with `npm run bench -- sim`.
import { type Bench, type BenchResult, printTable } from './harness';
import { clientBenches } from './client.bench';
import { inspectorBenches } from './inspector.bench';
import { limiterBenches } from './limiter.bench';
import { purgeBenches } from './purge.bench';
import { simBenches } from './simulator.bench';
import { uiBenches } from './ui.bench';

const suites: Record<string, Bench[]> = {
  sim: simBenches,
  client: [...clientBenches, ...limiterBenches],
  ui: uiBenches,
  inspector: inspectorBenches,
  moderation: purgeBenches,
};

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const rows: BenchResult['rows'] = [];
  const metrics: Record<string, number> = {};
  for (const [name, benches] of Object.entries(suites)) {
    if (only.length && !only.includes(name)) continue;
    for (const bench of benches) {
      const result = await bench();
      rows.push(...result.rows);
      Object.assign(metrics, result.metrics);
    }
  }
  printTable(rows);
  console.log(JSON.stringify(metrics));
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
