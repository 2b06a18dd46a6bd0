// TEMPORARY (helper 4): builds the renderer into /tmp/kd-h4/<name> without touching out/.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
const root = resolve(__dirname, '../../..');
export default defineConfig({
  root: resolve(root, 'renderer'),
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: { outDir: process.env.KD_OUT ?? '/tmp/kd-h4/renderer', emptyOutDir: true, rollupOptions: { input: { index: resolve(root, 'renderer/index.html') } } },
});
