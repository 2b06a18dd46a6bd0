// renderer_bundle_kb (issue 4 "Benchmarks"): gzipped size of the built renderer's js and css.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

export function rendererBundleKb(dir = 'out/renderer'): number {
  const assets = filesUnder(dir).filter((f) => /\.(m?js|css)$/.test(f));
  if (assets.length === 0) throw new Error(`no js or css under ${dir}: run \`npm run build\` first`);
  const bytes = assets.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  return bytes / 1024;
}
