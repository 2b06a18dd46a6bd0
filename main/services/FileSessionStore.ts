// The gateway's resume state per profile, so an app restart can resume (GATEWAY.md §4.4 (rec)).
// The client's SessionStore is synchronous: the file is read once before the gateway starts and
// every save is written atomically in the background, serialized so renames never interleave.
import path from 'node:path';
import { z } from 'zod';
import type { SessionStore, StoredSession } from '../kook/gateway';
import { readJson, writeJsonAtomic } from '../store/atomicJson';

const fileSchema = z.object({ sessionId: z.string().min(1), lastSn: z.number().int().min(0) }).nullable();

export class FileSessionStore implements SessionStore {
  private current: StoredSession | null = null;
  private writing: Promise<void> = Promise.resolve();

  private constructor(private readonly file: string) {}

  static async open(dataDir: string, profileId: string): Promise<FileSessionStore> {
    const safe = profileId.replace(/[^A-Za-z0-9_-]/g, '_');
    const store = new FileSessionStore(path.join(dataDir, 'sessions', `${safe}.json`));
    const res = await readJson(store.file, fileSchema).catch(() => null);
    if (res?.status === 'ok') store.current = res.value;
    return store;
  }

  load(): StoredSession | null {
    return this.current ? { ...this.current } : null;
  }

  save(state: StoredSession | null): void {
    this.current = state ? { ...state } : null;
    const snapshot = this.current;
    this.writing = this.writing.then(() => writeJsonAtomic(this.file, snapshot)).catch(() => undefined);
  }

  /** Resolves once every save issued so far is on disk. */
  flushed(): Promise<void> {
    return this.writing;
  }
}
