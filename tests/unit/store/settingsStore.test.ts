import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SettingsStore } from '../../../main/store/SettingsStore';

const tmp = (): string => mkdtempSync(path.join(os.tmpdir(), 'kd-settings-'));

describe('settings store', () => {
  it('starts with defaults and persists updates atomically', async () => {
    const dir = tmp();
    const store = SettingsStore.inDir(dir);
    await store.load();
    expect(store.settings()).toEqual({ language: 'en', theme: 'dark', activeProfileId: null });
    await store.updateSettings({ language: 'zh-CN' });
    await store.upsertProfile({ id: 'p1', name: 'Prod bot', baseUrl: null, kind: 'bot' });
    const reread = SettingsStore.inDir(dir);
    await reread.load();
    expect(reread.settings().language).toBe('zh-CN');
    expect(reread.profiles()).toEqual([{ id: 'p1', name: 'Prod bot', baseUrl: null, kind: 'bot' }]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.each([['not json {'], ['{"version":2}'], ['{"version":1,"settings":{"language":"fr"}}']])(
    'sets a corrupt or foreign file aside instead of overwriting it: %s',
    async (content) => {
      const dir = tmp();
      writeFileSync(path.join(dir, 'settings.json'), content);
      const store = SettingsStore.inDir(dir);
      await store.load();
      expect(store.recoveredFrom).not.toBeNull();
      expect(existsSync(store.recoveredFrom!.setAsideTo)).toBe(true);
      expect(store.settings().language).toBe('en');
    },
  );

  it('serializes concurrent writes', async () => {
    const dir = tmp();
    const store = SettingsStore.inDir(dir);
    await store.load();
    await Promise.all([store.updateSettings({ theme: 'light' }), store.updateSettings({ language: 'zh-CN' })]);
    const reread = SettingsStore.inDir(dir);
    await reread.load();
    expect(reread.settings()).toMatchObject({ theme: 'light', language: 'zh-CN' });
  });
});
