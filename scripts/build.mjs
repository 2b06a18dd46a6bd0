// `npm run build`: electron-vite builds the app (out/main, out/preload, out/renderer — the renderer
// bundle is also what browser mode serves); esbuild bundles the simulator CLI (out/sim/cli.js),
// which the app forks in demo mode and bot authors run with plain `node`. Dependencies stay external.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

const app = spawnSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], { stdio: 'inherit' });
if (app.status !== 0) process.exit(app.status ?? 1);

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
