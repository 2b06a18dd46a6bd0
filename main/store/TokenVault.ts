// Where bot tokens live (ARCHITECTURE.md "Token vault"). Tokens never leave main: not to the
// renderer, not to logs, never to disk in plaintext.

export interface TokenVault {
  /** 'encrypted': on disk, encrypted by the OS; 'memory': gone when the app quits. */
  readonly storage: 'encrypted' | 'memory';
  get(profileId: string): Promise<string | null>;
  set(profileId: string, token: string): Promise<void>;
  delete(profileId: string): Promise<void>;
}

/** Browser mode, and Electron where the OS offers no real encryption: memory only, with a banner. */
export class MemoryVault implements TokenVault {
  readonly storage = 'memory' as const;
  private readonly tokens = new Map<string, string>();

  async get(profileId: string): Promise<string | null> {
    return this.tokens.get(profileId) ?? null;
  }

  async set(profileId: string, token: string): Promise<void> {
    this.tokens.set(profileId, token);
  }

  async delete(profileId: string): Promise<void> {
    this.tokens.delete(profileId);
  }
}
