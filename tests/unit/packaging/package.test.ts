// Packaging (issue 4 "Packaging"). The Electron binary cannot be downloaded here, so the pack runs
// `--dir` around a stand-in electronDist, with fuses off (they live in the real binary) and no native
// rebuild; a separate test checks that the real config sets every fuse.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listPackage } from '@electron/asar';
import { build, Platform } from 'electron-builder';
import { describe, expect, it } from 'vitest';

const FUSES = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
];

function standInElectron(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kd-electron-'));
  writeFileSync(path.join(dir, 'electron'), '#!/bin/sh\necho stand-in\n');
  chmodSync(path.join(dir, 'electron'), 0o755);
  writeFileSync(path.join(dir, 'version'), '45.5.0');
  mkdirSync(path.join(dir, 'resources'));
  return dir;
}

describe('packaging', () => {
  it('sets every Electron fuse explicitly in electron-builder.yml', () => {
    const yml = readFileSync('electron-builder.yml', 'utf8');
    const block = yml.slice(yml.indexOf('electronFuses:'));
    for (const fuse of FUSES) expect(block).toMatch(new RegExp(`\\n\\s+${fuse}: (true|false)`));
    expect(block).toMatch(/runAsNode: false/);
    expect(block).toMatch(/onlyLoadAppFromAsar: true/);
    expect(block).toMatch(/enableEmbeddedAsarIntegrityValidation: true/);
  });

  it('names installers for every platform', () => {
    const yml = readFileSync('electron-builder.yml', 'utf8');
    for (const target of ['AppImage', 'deb', 'nsis', 'dmg']) expect(yml).toContain(target);
    expect(yml).toMatch(/appId: \S+/);
    expect(yml).toMatch(/productName: Kookdesk/);
  });

  it('packs app.asar with the built main, preload and renderer and no dev dependencies', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'kd-pack-'));
    await build({
      projectDir: process.cwd(),
      targets: Platform.LINUX.createTarget('dir'),
      config: { electronDist: standInElectron(), electronVersion: '45.5.0', electronFuses: null, npmRebuild: false, directories: { output: out } },
    });
    const files = listPackage(path.join(out, 'linux-unpacked', 'resources', 'app.asar'), { isPack: false });
    for (const f of ['/out/main/index.js', '/out/preload/index.js', '/out/renderer/index.html', '/out/sim/cli.js', '/package.json']) expect(files).toContain(f);
    const modules = new Set(files.filter((f) => f.startsWith('/node_modules/')).map((f) => f.split('/')[2]));
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> };
    for (const dev of Object.keys(pkg.devDependencies)) expect(modules.has(dev.split('/')[0] as string)).toBe(false);
    expect(modules.has('ws')).toBe(true);
    expect(files.some((f) => f.startsWith('/main/') || f.startsWith('/tests/') || f.startsWith('/renderer/'))).toBe(false);
  }, 120_000);
});
