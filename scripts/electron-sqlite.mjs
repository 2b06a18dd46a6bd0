// Builds better-sqlite3 for Electron's ABI into native/electron/ (TOOLCHAIN.md "Local database"),
// leaving node_modules' Node build alone so `npm ci` and the tests keep working offline. Needs the
// internet (Electron's headers); run by `npm run package`, never by postinstall.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const electronVersion = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version;
const work = mkdtempSync(path.join(os.tmpdir(), 'kd-sqlite-'));
cpSync('node_modules/better-sqlite3', work, { recursive: true });
execFileSync(
  process.execPath,
  [path.resolve('node_modules/node-gyp/bin/node-gyp.js'), 'rebuild', '--release', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers'],
  { cwd: work, stdio: 'inherit' },
);
mkdirSync('native/electron', { recursive: true });
cpSync(path.join(work, 'build', 'Release', 'better_sqlite3.node'), 'native/electron/better_sqlite3.node');
console.log(`better-sqlite3 built for Electron ${electronVersion} → native/electron/better_sqlite3.node`);
