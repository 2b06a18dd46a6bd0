import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createVault, hasRealEncryption, type SafeStorageLike } from '../../../main/shell/safeStorageVault';

/** A fake safeStorage that "encrypts" by reversing and tagging, so plaintext never matches. */
function fakeSafeStorage(backend: string, available = true): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend as ReturnType<NonNullable<SafeStorageLike['getSelectedStorageBackend']>>,
    encryptString: (s: string) => Buffer.from(`enc:${[...s].reverse().join('')}`),
    decryptString: (b: Buffer) => [...b.toString().slice(4)].reverse().join(''),
  };
}

describe('token vault', () => {
  it('treats Linux basic_text as unavailable and falls back to memory with a warning', () => {
    expect(hasRealEncryption(fakeSafeStorage('basic_text'), 'linux')).toBe(false);
    expect(hasRealEncryption(fakeSafeStorage('gnome_libsecret'), 'linux')).toBe(true);
    expect(hasRealEncryption(fakeSafeStorage('unknown', false), 'darwin')).toBe(false);
    const { vault, warning } = createVault('/nonexistent/vault.json', fakeSafeStorage('basic_text'), 'linux');
    expect(vault.storage).toBe('memory');
    expect(warning).toBe(true);
  });

  it('stores tokens encrypted and never in plaintext on disk', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kd-vault-'));
    const file = path.join(dir, 'vault.json');
    const token = '1/MTAxNjQ=/secretTOKENvalue==';
    const { vault, warning } = createVault(file, fakeSafeStorage('kwallet5'), 'linux');
    expect(warning).toBe(false);
    await vault.set('p1', token);
    expect(readFileSync(file, 'utf8')).not.toContain(token);
    expect(await vault.get('p1')).toBe(token);
    const again = createVault(file, fakeSafeStorage('kwallet5'), 'linux').vault;
    expect(await again.get('p1')).toBe(token);
    await again.delete('p1');
    expect(await again.get('p1')).toBeNull();
  });
});
