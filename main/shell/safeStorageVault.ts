// The Electron token vault: tokens encrypted with safeStorage in one file of base64 blobs.
// It receives safeStorage as a parameter (type-only electron import), so its rules are tested
// with a fake. On Linux the `basic_text` backend is a hard-coded key, not encryption: it counts
// as unavailable and the caller falls back to a MemoryVault with a visible banner.
import type { SafeStorage } from 'electron';
import { z } from 'zod';
import { readJson, writeJsonAtomic } from '../store/atomicJson';
import { MemoryVault, type TokenVault } from '../store/TokenVault';

export type SafeStorageLike = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> & {
  getSelectedStorageBackend?: SafeStorage['getSelectedStorageBackend'];
};

const vaultFile = z.object({
  version: z.literal(1),
  backend: z.string(),
  tokens: z.record(z.string(), z.string()),
});

/** Real encryption is available: the OS keychain/DPAPI, or a Linux secret store other than basic_text. */
export function hasRealEncryption(safeStorage: SafeStorageLike, platform: NodeJS.Platform): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false;
  if (platform === 'linux') {
    const backend = safeStorage.getSelectedStorageBackend?.() ?? 'unknown';
    return backend !== 'basic_text' && backend !== 'unknown';
  }
  return true;
}

export class SafeStorageVault implements TokenVault {
  readonly storage = 'encrypted' as const;
  private cache: Record<string, string> | null = null;

  constructor(
    private readonly file: string,
    private readonly safeStorage: SafeStorageLike,
    private readonly backend: string,
  ) {}

  async get(profileId: string): Promise<string | null> {
    const blob = (await this.load())[profileId];
    if (!blob) return null;
    try {
      return this.safeStorage.decryptString(Buffer.from(blob, 'base64'));
    } catch {
      return null; // Encrypted by another user/machine: the moderator re-enters the token.
    }
  }

  async set(profileId: string, token: string): Promise<void> {
    const tokens = { ...(await this.load()), [profileId]: this.safeStorage.encryptString(token).toString('base64') };
    await this.save(tokens);
  }

  async delete(profileId: string): Promise<void> {
    const tokens = { ...(await this.load()) };
    delete tokens[profileId];
    await this.save(tokens);
  }

  private async load(): Promise<Record<string, string>> {
    if (this.cache) return this.cache;
    const res = await readJson(this.file, vaultFile);
    this.cache = res.status === 'ok' ? res.value.tokens : {};
    return this.cache;
  }

  private async save(tokens: Record<string, string>): Promise<void> {
    this.cache = tokens;
    await writeJsonAtomic(this.file, { version: 1, backend: this.backend, tokens });
  }
}

/** Picks the vault for this machine and says whether the moderator must be warned. */
export function createVault(file: string, safeStorage: SafeStorageLike, platform: NodeJS.Platform): { vault: TokenVault; warning: boolean } {
  if (!hasRealEncryption(safeStorage, platform)) return { vault: new MemoryVault(), warning: true };
  const backend = safeStorage.getSelectedStorageBackend?.() ?? platform;
  return { vault: new SafeStorageVault(file, safeStorage, backend), warning: false };
}
