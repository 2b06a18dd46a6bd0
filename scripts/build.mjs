// Builds what runs without tsx: the simulator CLI as one Node bundle (out/sim/cli.js), which the
// app forks in demo mode and bot authors can run with plain `node`. Dependencies stay external.
import { build } from 'esbuild';

await build({
  entryPoints: { 'sim/cli': 'main/simulator/cli.ts' },
  outdir: 'out',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  sourcemap: true,
  logLevel: 'info',
});
