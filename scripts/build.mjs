// Builds what runs without tsx: the simulator CLI as one Node bundle (out/sim/cli.js), which the
// app forks in demo mode and bot authors can run with plain `node`. Dependencies stay external.
// Then the renderer bundle (out/renderer), served by Electron and by browser mode's bridge.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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

// Guarded: the config arrives with the renderer work and may not exist in every checkout.
if (existsSync('vite.renderer.config.mts')) {
  const vite = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '-c', 'vite.renderer.config.mts'], { stdio: 'inherit' });
  if (vite.status !== 0) process.exit(vite.status ?? 1);
}
